#pragma once

#include "core/diagnosis/checkregistry.h"

namespace rebound::diagnosis {

// "domain": MX, SPF (check_host() for params["ip"] when given), DMARC, DKIM (params["selectors"]),
// MTA-STS, TLS-RPT and BIMI for params["domain"].
CheckTask* createDomainCheckTask(const CheckRequest& request, const RunOptions& options,
                                 dns::Resolver* resolver, QObject* parent);

} // namespace rebound::diagnosis
