#pragma once

#include "core/diagnosis/checkregistry.h"

namespace rebound::diagnosis {

// "mta_sts": the MTA-STS policy of request.domain (a bounce's recipient domain) over HTTPS, with its MX
// hosts and TXT records; the result has the keys of domain --json (domain, mx, mta_sts, tls_rpt).
CheckTask* createMtaStsCheckTask(const CheckRequest& request, const RunOptions& options,
                                 dns::Resolver* resolver, QObject* parent);

} // namespace rebound::diagnosis
