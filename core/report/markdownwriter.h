#pragma once

#include "core/report/reportdocument.h"

#include <QString>

namespace rebound::report {

// Markdown for a ticket's text box (CommonMark with GitHub tables). Untrusted text is escaped so it
// reads literally; literal blocks are fenced with more backticks than they contain; only http(s) links
// are links.
QString toMarkdown(const ReportDocument& document);

} // namespace rebound::report
