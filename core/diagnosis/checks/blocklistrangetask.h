#pragma once

#include "core/diagnosis/checkregistry.h"

namespace rebound::diagnosis {

// "blocklist_range": every blocklist and reverse DNS for each address of request.range (a CIDR) or
// request.ips (a list), a few addresses at a time. The result keeps, per address, its reverse DNS,
// its summary and only the lists that did not answer clean, so a /22 stays small.
CheckTask* createBlocklistRangeTask(const CheckRequest& request, const RunOptions& options,
                                    dns::Resolver* resolver, QObject* parent);

} // namespace rebound::diagnosis
