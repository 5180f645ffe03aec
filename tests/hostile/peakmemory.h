#pragma once

#include <sys/resource.h>

namespace rebound::hostile {

// The process's peak resident set size so far, in MiB (getrusage: Linux reports KiB).
inline double peakRssMiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

// Sanitizers keep shadow memory and quarantine: allow them more.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr double kRssAllowanceMiB = 600;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr double kRssAllowanceMiB = 600;
#else
inline constexpr double kRssAllowanceMiB = 150;
#endif
#else
inline constexpr double kRssAllowanceMiB = 150;
#endif

} // namespace rebound::hostile
