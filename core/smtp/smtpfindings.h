#pragma once

#include "core/smtp/smtpprobeoptions.h"
#include "core/smtp/smtpproberesult.h"
#include "core/util/finding.h"

namespace rebound::smtp {

// What one connection showed that matters to deliverability: rejections and deferrals at connect
// (their text kept whole as evidence, for the bounce analyser), greylisting, no ESMTP or STARTTLS,
// a refused or failed STARTTLS (said as such), bytes injected after the STARTTLS 220, timeouts and
// protocol errors, a slow banner (as a fact), and the TLS facts (trust, name, expiry, key, protocol,
// DANE).
QList<Finding> probeFindings(const SmtpProbeResult& result, const SmtpProbeOptions& options);

// The banner's name against the reverse DNS of the address (once the PTR lookup is done).
QList<Finding> bannerPtrFindings(const SmtpProbeResult& result);

// Port 25 (or the probed port) filtered on the user's own network: every connection attempt to every
// address timed out while DNS answered. hostCount is how many distinct hosts the probes cover.
std::optional<Finding> blockedPortFinding(const QList<SmtpProbeResult>& probes, int hostCount,
                                          bool dnsWorked);

} // namespace rebound::smtp
