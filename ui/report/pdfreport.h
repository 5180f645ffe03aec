// ui/report owns drawing the PDF report (rebound_pdf): it needs Qt Gui (QPdfWriter, QTextDocument,
// QPainter), which core must not link, and nothing of Widgets. The content comes from core/report.
//
// Headless use (rebound-cli diagnose --pdf FILE): the process must create a QGuiApplication, not a
// QCoreApplication, and run it on the offscreen platform: set QT_QPA_PLATFORM=offscreen in the
// environment (qputenv before constructing the application) when --pdf is given and no display is
// wanted. Rendering may run on a worker thread (QtConcurrent::run): it uses no widget and no shared
// document.
#pragma once

#include "core/report/reportoptions.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace rebound::pdf {

// The PDF bytes of a session's report (redacted per options), with the exported session JSON attached
// as "session.rebound.json" when options.embedSession is on. Needs a QGuiApplication.
std::optional<QByteArray> renderPdfReport(const QJsonObject& session, const report::ReportOptions& options,
                                          QString* error = nullptr);

// File > Export: writes the session in the format the path's suffix names (.pdf, .html, .md, .json,
// .txt), atomically (QSaveFile). false with a message on an unknown suffix or a write error.
bool exportSessionFile(const QJsonObject& session, const QString& path, const report::ReportOptions& options,
                       QString* error = nullptr);

} // namespace rebound::pdf

#ifdef REBOUND_REPORT_HAS_SESSION
#include "core/diagnosis/session.h"

namespace rebound::report {

// `rebound-cli diagnose ... --pdf FILE` and the GUI: see the notes at the top of this file.
bool writePdfReport(const diagnosis::Session& session, const ReportOptions& options, const QString& path,
                    QString* error = nullptr);
// Any export format, chosen by the path's suffix.
bool exportSessionToFile(const diagnosis::Session& session, const QString& path, const ReportOptions& options,
                         QString* error = nullptr);

} // namespace rebound::report
#endif
