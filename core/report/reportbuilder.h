#pragma once

#include "core/report/reportdocument.h"
#include "core/report/reportoptions.h"

#include <QJsonObject>

namespace rebound::report {

// The session as it leaves the machine: redacted when options.redact is on (see Redactor). Every
// export starts from this, so the embedded JSON and the printed report agree.
QJsonObject exportedSession(const QJsonObject& session, const ReportOptions& options);

// The whole report, from a session prepared by exportedSession(). attachmentName, when given, is
// named on the first page as the attached machine-readable session.
ReportDocument buildReport(const QJsonObject& exported, const ReportOptions& options,
                           const QString& attachmentName = {});

// Only the first page: verdict, what was checked, causes, steps and the checks.
ReportDocument buildSummary(const QJsonObject& exported);
// The first page and the Diagnosis section (every cause with its evidence and steps): what is pasted
// into a ticket's text box.
ReportDocument buildDiagnosisSummary(const QJsonObject& exported);

// Parts of the report as plain text for the desktop app's detail tabs, in the words of every export.
QString reverseDnsText(const QJsonObject& session);
QString mailServersText(const QJsonObject& session); // MX records, SMTP and TLS, the transcripts

} // namespace rebound::report
