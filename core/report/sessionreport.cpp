#include "core/report/sessionreport.h"

#include "core/report/redactor.h"

namespace rebound::report {

diagnosis::Session redactedSession(const diagnosis::Session& session) {
    if (auto redacted = diagnosis::sessionFromJson(Redactor::redacted(diagnosis::toJson(session))))
        return *redacted;
    return session; // unreachable in practice: toJson output always parses back
}

QByteArray exportSession(const diagnosis::Session& session, ExportFormat format,
                         const ReportOptions& options) {
    return exportSessionJson(diagnosis::toJson(session), format, options);
}

QString sessionMarkdown(const diagnosis::Session& session, const ReportOptions& options) {
    return QString::fromUtf8(exportSession(session, ExportFormat::Markdown, options));
}

QString sessionSummaryText(const diagnosis::Session& session, const ReportOptions& options) {
    return QString::fromUtf8(exportSession(session, ExportFormat::Text, options));
}

std::optional<diagnosis::Session> sessionFromPdf(const QByteArray& pdf, QString* error) {
    const auto json = sessionJsonFromPdf(pdf, error);
    if (!json)
        return std::nullopt;
    return diagnosis::sessionFromJson(*json, error);
}

} // namespace rebound::report
