#pragma once

#include "core/diagnosis/checkregistry.h"

namespace rebound::diagnosis {

// "blocklists": every blocklist and reverse DNS for params["ip"], with findings for listings,
// refusals and reverse-DNS problems.
CheckTask* createBlocklistCheckTask(const CheckRequest& request, const RunOptions& options,
                                    dns::Resolver* resolver, QObject* parent);

} // namespace rebound::diagnosis
