#pragma once

#include "core/report/reportdocument.h"

#include <QByteArray>

namespace rebound::report {

// A self-contained HTML page: one inline style sheet allowed by its hash in a strict
// Content-Security-Policy, no script, no remote resource, every text escaped, links only to http(s)
// with rel="noopener noreferrer".
QByteArray toHtml(const ReportDocument& document);

} // namespace rebound::report
