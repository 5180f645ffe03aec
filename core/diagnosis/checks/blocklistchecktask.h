#pragma once

#include "core/diagnosis/checkregistry.h"
#include "core/iphealth/iphealthcheck.h"
#include "core/iphealth/iphealthresult.h"
#include "core/util/finding.h"

namespace rebound::diagnosis {

// "blocklists": every blocklist and reverse DNS for request.ip, with findings for listings,
// refusals and reverse-DNS problems.
CheckTask* createBlocklistCheckTask(const CheckRequest& request, const RunOptions& options,
                                    dns::Resolver* resolver, QObject* parent);

// The findings the diagnosis rules and the views read, derived from one address's result.
QList<Finding> blocklistFindings(const iphealth::IpHealthResult& result);

// The health-check options a diagnosis run asks for (DQS key, lists turned off, documentation ranges).
iphealth::IpHealthOptions healthOptionsFor(const RunOptions& options);

// True when at least one list answered listed or clean: otherwise nothing is known about the address.
bool anyDefiniteAnswer(const iphealth::IpHealthResult& result);

} // namespace rebound::diagnosis
