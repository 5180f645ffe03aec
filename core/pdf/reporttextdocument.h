#pragma once

#include "core/report/reportdocument.h"

#include <QTextDocument>

namespace rebound::pdf {

// Fills a text document with the report through QTextCursor: text is inserted as text, never parsed as
// HTML, so nothing in a session can become markup, an image or a remote load. Tables repeat their
// header row on every page; each section but the first starts a new page.
// Set the document's layout paint device before calling, so fonts are measured for the printer.
void fillReportDocument(QTextDocument& document, const report::ReportDocument& report);

// After the page size is set: a heading that would stand at the foot of a page, with less than
// minimumFollowing (document units) of room after it, starts the next page instead.
void keepHeadingsWithNext(QTextDocument& document, double minimumFollowing);

} // namespace rebound::pdf
