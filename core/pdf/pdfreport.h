// core/pdf owns drawing the PDF report (rebound_pdf): it needs Qt Gui (QPdfWriter, QTextDocument,
// QPainter), which the rest of core must not link, and nothing of Widgets; the one core module with
// Qt Gui, shared by rebound-cli and the GUI's export dialog. The content comes from core/report.
//
// Headless use (rebound-cli diagnose --pdf FILE): the process must create a QGuiApplication, not a
// QCoreApplication, and run it on the offscreen platform: set QT_QPA_PLATFORM=offscreen in the
// environment (qputenv before constructing the application) when --pdf is given and no display is
// wanted. Rendering may run on a worker thread (util::runInBackground): it uses no widget and no shared
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

// Makes renderPdfReport the PDF renderer of core/report (report::setPdfRenderer), so
// report::exportSession() and report::writeExportFile() draw PDFs too. Call once at start.
void registerPdfRenderer();

// Writes the session in the format the path's suffix names (.pdf, .html, .md, .json, .txt), atomically.
// false with a message on an unknown suffix or a write error.
bool exportSessionFile(const QJsonObject& session, const QString& path, const report::ReportOptions& options,
                       QString* error = nullptr);

} // namespace rebound::pdf
