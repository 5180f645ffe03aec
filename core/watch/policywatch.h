// A domain's MTA-STS mode in the watch's vocabulary ("mta_sts"): its value is the mode the policy
// publishes ("enforce", "testing", "none"; "none" also without a _mta-sts record), so that a mode that
// changes is a warning-level "changed". A pure function over the domain check's report.
#pragma once

#include "core/watch/watchtypes.h"

#include <optional>

namespace rebound::auth {
struct DomainReport;
}

namespace rebound::watch {

// Nothing when the policy was not fetched (DomainCheckRequest::fetchMtaSts off).
std::optional<Observation> observeMtaSts(const auth::DomainReport& report);

} // namespace rebound::watch
