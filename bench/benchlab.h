// Shared by the benchmarks: starts the DNS lab, or says on stderr why it did not start.
#pragma once

#include "lab/dnslab.h"

#include <cstdio>

namespace rebound::bench {

inline bool startLab(lab::DnsLab& lab, const lab::DnsLabOptions& options) {
    QString error;
    if (lab.start(options, &error))
        return true;
    std::fprintf(stderr, "lab: %s\n", qPrintable(error));
    return false;
}

} // namespace rebound::bench
