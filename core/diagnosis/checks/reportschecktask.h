#pragma once

#include "core/diagnosis/checkregistry.h"

namespace rebound::diagnosis {

// "reports": a DMARC aggregate or SMTP TLS report given as the input (request.report: XML, JSON, gzip,
// zip or a message carrying them), read and analysed off the UI thread, then each DMARC source checked
// live (the domain's own SPF record, reverse DNS) like `rebound-cli reports --live`. The result is the
// rebound-cli reports JSON with "domain" (the first report's policy domain) and "tls_failure_types" (the
// TLS-RPT result types that failed sessions) at the top, for the diagnosis rules.
CheckTask* createReportsCheckTask(const CheckRequest& request, const RunOptions& options,
                                  dns::Resolver* resolver, QObject* parent);

} // namespace rebound::diagnosis
