#pragma once

#include "core/diagnosis/checkregistry.h"

namespace rebound::diagnosis {

// "domain": MX, SPF (check_host() for request.ip when given), DMARC, DKIM (request.selectors),
// MTA-STS, TLS-RPT and BIMI for request.domain.
CheckTask* createDomainCheckTask(const CheckRequest& request, const RunOptions& options,
                                 dns::Resolver* resolver, QObject* parent);

} // namespace rebound::diagnosis
