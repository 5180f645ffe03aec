#pragma once

#include "core/diagnosis/session.h"
#include "core/report/reportoptions.h"
#include "core/report/sessionexport.h"

#include <QString>

// The report API over diagnosis::Session, for the GUI and rebound-cli. Everything goes through the
// session's JSON (toJson), so the typed and the JSON paths cannot disagree.
namespace rebound::report {

// The session with personal data masked: what the export preview shows.
diagnosis::Session redactedSession(const diagnosis::Session& session);

// Markdown for a ticket, plain-text summary, HTML page, JSON: ready to write or to copy.
QByteArray exportSession(const diagnosis::Session& session, ExportFormat format,
                         const ReportOptions& options);
QString sessionMarkdown(const diagnosis::Session& session, const ReportOptions& options);
QString sessionSummaryText(const diagnosis::Session& session, const ReportOptions& options);

// Re-opens a PDF report made by Rebound.
std::optional<diagnosis::Session> sessionFromPdf(const QByteArray& pdf, QString* error = nullptr);

} // namespace rebound::report
