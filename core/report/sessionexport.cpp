#include "core/report/sessionexport.h"

#include "core/report/htmlwriter.h"
#include "core/report/markdownwriter.h"
#include "core/report/pdfattachment.h"
#include "core/report/plaintextwriter.h"
#include "core/report/reportbuilder.h"
#include "core/report/reportwords.h"
#include "core/util/jsonutil.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#include <atomic>

using namespace Qt::StringLiterals;

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
        return u"pdf"_s;
    case ExportFormat::Html:
        return u"html"_s;
    case ExportFormat::Markdown:
        return u"markdown"_s;
    case ExportFormat::Json:
        return u"json"_s;
    case ExportFormat::Text:
        return u"text"_s;
    }
    return {};
}

std::optional<ExportFormat> exportFormatFromName(const QString& name) {
    for (const ExportFormat format : {ExportFormat::Pdf, ExportFormat::Html, ExportFormat::Markdown,
                                      ExportFormat::Json, ExportFormat::Text}) {
        if (exportFormatName(format) == name.toLower())
            return format;
    }
    return exportFormatForPath(u"x."_s + name);
}

QString embeddedSessionFileName() {
    return u"session.rebound.json"_s;
}

QByteArray exportSessionJson(const QJsonObject& session, ExportFormat format, const ReportOptions& options) {
    const QJsonObject exported = exportedSession(session, options);
    // Every text export passes util::neutraliseUnsafeUtf8 last: no control character, C1 control or
    // bidi override from the input reaches the file raw, whatever a writer missed. The JSON keeps its
    // meaning (\uXXXX is the same character inside a string).
    switch (format) {
    case ExportFormat::Json:
        return util::neutraliseUnsafeUtf8(QJsonDocument(exported).toJson(QJsonDocument::Indented));
    case ExportFormat::Html:
        return util::neutraliseUnsafeUtf8(toHtml(buildReport(exported, options)));
    case ExportFormat::Markdown:
        return util::neutraliseUnsafeUtf8(toMarkdown(buildReport(exported, options)).toUtf8());
    case ExportFormat::Text:
        return util::neutraliseUnsafeUtf8(toPlainText(buildSummary(exported)).toUtf8());
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

namespace {

std::optional<QJsonObject> sessionFromJsonBytes(const QByteArray& bytes, QString* error) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (!document.isObject() || document.object().value(u"schema").toString() != u"rebound.session") {
        if (error)
            *error = parseError.error != QJsonParseError::NoError
                         ? words::tr("Not a Rebound session: %1").arg(parseError.errorString())
                         : words::tr("Not a Rebound session (no \"schema\": \"rebound.session\").");
        return std::nullopt;
    }
    return document.object();
}

} // namespace

bool isSessionFileName(const QString& path) {
    const auto format = exportFormatForPath(path);
    return format == ExportFormat::Json || format == ExportFormat::Pdf;
}

std::optional<QJsonObject> sessionFromFile(const QString& path, QString* error) {
    constexpr qint64 maxBytes = 64 * 1024 * 1024;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return std::nullopt;
    }
    if (file.size() > maxBytes) {
        if (error)
            *error = words::tr("The file is larger than 64 MiB.");
        return std::nullopt;
    }
    const QByteArray bytes = file.read(maxBytes);
    if (exportFormatForPath(path) == ExportFormat::Pdf)
        return sessionJsonFromPdf(bytes, error);
    return sessionFromJsonBytes(bytes, error);
}

std::optional<QJsonObject> sessionJsonFromPdf(const QByteArray& pdf, QString* error) {
    const auto bytes = embeddedFileFromPdf(pdf, embeddedSessionFileName(), error);
    if (!bytes)
        return std::nullopt;
    return sessionFromJsonBytes(*bytes, error);
}

} // namespace rebound::report
