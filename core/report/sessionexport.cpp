#include "core/report/sessionexport.h"

#include "core/report/htmlwriter.h"
#include "core/report/markdownwriter.h"
#include "core/report/pdfattachment.h"
#include "core/report/plaintextwriter.h"
#include "core/report/reportbuilder.h"
#include "core/report/reportwords.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#include <atomic>

namespace rebound::report {

std::optional<ExportFormat> exportFormatForPath(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"pdf")
        return ExportFormat::Pdf;
    if (suffix == u"html" || suffix == u"htm")
        return ExportFormat::Html;
    if (suffix == u"md" || suffix == u"markdown")
        return ExportFormat::Markdown;
    if (suffix == u"json")
        return ExportFormat::Json;
    if (suffix == u"txt" || suffix == u"text")
        return ExportFormat::Text;
    return std::nullopt;
}

QString exportFormatName(ExportFormat format) {
    switch (format) {
    case ExportFormat::Pdf:
        return u"pdf"_qs;
    case ExportFormat::Html:
        return u"html"_qs;
    case ExportFormat::Markdown:
        return u"markdown"_qs;
    case ExportFormat::Json:
        return u"json"_qs;
    case ExportFormat::Text:
        return u"text"_qs;
    }
    return {};
}

std::optional<ExportFormat> exportFormatFromName(const QString& name) {
    for (const ExportFormat format : {ExportFormat::Pdf, ExportFormat::Html, ExportFormat::Markdown,
                                      ExportFormat::Json, ExportFormat::Text}) {
        if (exportFormatName(format) == name.toLower())
            return format;
    }
    return exportFormatForPath(u"x."_qs + name);
}

QString embeddedSessionFileName() {
    return u"session.rebound.json"_qs;
}

QByteArray exportSessionJson(const QJsonObject& session, ExportFormat format, const ReportOptions& options) {
    const QJsonObject exported = exportedSession(session, options);
    switch (format) {
    case ExportFormat::Json:
        return QJsonDocument(exported).toJson(QJsonDocument::Indented);
    case ExportFormat::Html:
        return toHtml(buildReport(exported, options));
    case ExportFormat::Markdown:
        return toMarkdown(buildReport(exported, options)).toUtf8();
    case ExportFormat::Text:
        return toPlainText(buildSummary(exported)).toUtf8();
    case ExportFormat::Pdf:
        break;
    }
    return {};
}

namespace {

std::atomic<PdfRenderer> registeredPdfRenderer{nullptr};

} // namespace

void setPdfRenderer(PdfRenderer renderer) {
    registeredPdfRenderer.store(renderer);
}

bool canRenderPdf() {
    return registeredPdfRenderer.load() != nullptr;
}

std::optional<QByteArray> exportSession(const QJsonObject& session, ExportFormat format,
                                        const ReportOptions& options, QString* error) {
    if (format != ExportFormat::Pdf)
        return exportSessionJson(session, format, options);
    const PdfRenderer renderer = registeredPdfRenderer.load();
    if (!renderer) {
        if (error)
            *error = words::tr("This program cannot draw PDF reports (no PDF renderer is built in).");
        return std::nullopt;
    }
    return renderer(session, options, error);
}

bool writeExportFile(const QJsonObject& session, ExportFormat format, const QString& path,
                     const ReportOptions& options, QString* error) {
    const auto bytes = exportSession(session, format, options, error);
    if (!bytes)
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit()) {
        if (error)
            *error = words::tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString diagnosisMarkdown(const QJsonObject& session, const ReportOptions& options) {
    return toMarkdown(buildDiagnosisSummary(exportedSession(session, options)));
}

std::optional<QJsonObject> sessionJsonFromPdf(const QByteArray& pdf, QString* error) {
    const auto bytes = embeddedFileFromPdf(pdf, embeddedSessionFileName(), error);
    if (!bytes)
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &parseError);
    if (!document.isObject() || document.object().value(u"schema").toString() != u"rebound.session") {
        if (error)
            *error =
                words::tr("The attached file is not a Rebound session: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    return document.object();
}

} // namespace rebound::report
