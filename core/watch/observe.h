// What one check result says in the watch's vocabulary: an IP's lists and PTR, a domain's MX, SPF, DMARC
// and DKIM, as Observations to compare with the previous pass. Pure functions.
#pragma once

#include "core/watch/watchtypes.h"

#include <QList>

namespace rebound::iphealth {
struct IpHealthResult;
}
namespace rebound::auth {
struct DomainReport;
}

namespace rebound::watch {

// One observation per blocklist (allowlists and reputation lists are left out: they are not listings)
// and one for the PTR ("ptr": sound when a PTR name resolves back to the address). An address that was
// not checked (special-purpose, cancelled) yields nothing.
QList<Observation> observeAddress(const iphealth::IpHealthResult& result);
// "mx", "spf", "dmarc" and "dkim" (found keys at the common or given selectors; none found is "not
// asked": a custom selector cannot be told from a removed key).
QList<Observation> observeDomain(const auth::DomainReport& report);

} // namespace rebound::watch
