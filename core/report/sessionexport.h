// core/report owns the exports of a diagnosis session: the format-neutral report document built from
// the session JSON, its HTML, Markdown and plain-text writers, redaction of personal data, and
// attaching the session to a PDF (and reading it back). The PDF itself is drawn in core/pdf
// (rebound_pdf), because drawing needs Qt Gui and the rest of core must not link it.
#pragma once

#include "core/report/reportoptions.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace rebound::report {

enum class ExportFormat { Pdf, Html, Markdown, Json, Text };

// From a file name's suffix: .pdf, .html/.htm, .md/.markdown, .json, .txt. nullopt for anything else.
std::optional<ExportFormat> exportFormatForPath(const QString& path);
QString exportFormatName(ExportFormat format); // "pdf", "html", "markdown", "json", "text"
std::optional<ExportFormat> exportFormatFromName(const QString& name);

// The name the session JSON has inside a PDF report.
QString embeddedSessionFileName();

// Every format but PDF, as bytes ready to write (UTF-8). The session is redacted first when
// options.redact is on. Text is the plain-text summary (first page only).
QByteArray exportSessionJson(const QJsonObject& session, ExportFormat format, const ReportOptions& options);

// Drawing the PDF needs Qt Gui, which core/report must not link. A program that can draw it (rebound-cli,
// the GUI) registers core/pdf's renderer once at start (pdf::registerPdfRenderer()); core code such as
// `rebound-cli diagnose --pdf` then exports PDFs through exportSession() like any other format.
using PdfRenderer = std::optional<QByteArray> (*)(const QJsonObject& session, const ReportOptions& options,
                                                  QString* error);
void setPdfRenderer(PdfRenderer renderer);
bool canRenderPdf();

// Any format, PDF included (through the registered renderer): nullopt with a message when the PDF
// cannot be drawn.
std::optional<QByteArray> exportSession(const QJsonObject& session, ExportFormat format,
                                        const ReportOptions& options, QString* error = nullptr);
// Writes the export to path atomically (QSaveFile: a failed write leaves no half file behind).
bool writeExportFile(const QJsonObject& session, ExportFormat format, const QString& path,
                     const ReportOptions& options, QString* error = nullptr);

// The diagnosis for pasting into a ticket or a chat: the first page (verdict, what was checked, causes,
// steps, checks) and the Diagnosis section, as Markdown. Redacted when options.redact is on.
QString diagnosisMarkdown(const QJsonObject& session, const ReportOptions& options);

// The session JSON embedded in a PDF report made by Rebound, parsed and checked for the schema name.
std::optional<QJsonObject> sessionJsonFromPdf(const QByteArray& pdf, QString* error = nullptr);

// File > Open: a saved session (.json) or a Rebound PDF report (.pdf, its attached session). Files are
// read up to 64 MiB; anything else, or a JSON that is not a Rebound session, is an error.
bool isSessionFileName(const QString& path); // .json or .pdf
std::optional<QJsonObject> sessionFromFile(const QString& path, QString* error = nullptr);

} // namespace rebound::report
