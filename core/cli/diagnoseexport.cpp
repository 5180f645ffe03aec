#include "core/cli/diagnoseexport.h"

#include "core/report/sessionexport.h"

#include <QFileInfo>

namespace rebound::cli {

namespace {

// The file's folder must exist and be writable; the file itself is written atomically later.
bool checkWritable(const QString& path, const QString& option, QString* error) {
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    if (path.isEmpty() || path == u"-" || file.isDir()) { // standard output carries the text or JSON
        *error = u"--%1 needs a file name"_qs.arg(option);
        return false;
    }
    if (!folder.isDir() || !folder.isWritable()) {
        *error = u"--%1: cannot write into %2"_qs.arg(option, folder.absoluteFilePath());
        return false;
    }
    return true;
}

} // namespace

void DiagnoseExports::addTo(QCommandLineParser& parser) {
    parser.addOption({u"markdown"_qs, u"Print the report as Markdown (for a ticket) instead of text."_qs});
    parser.addOption({u"pdf"_qs, u"Also write the PDF report to FILE."_qs, u"FILE"_qs});
    parser.addOption(
        {u"html"_qs, u"Also write the report as a self-contained HTML page to FILE."_qs, u"FILE"_qs});
    parser.addOption({u"json-out"_qs,
                      u"Also write the session JSON (redacted unless --no-redact) to FILE."_qs, u"FILE"_qs});
    parser.addOption(
        {u"paper"_qs, u"Paper size of the PDF: a4 or letter (default: the locale's)."_qs, u"SIZE"_qs});
    parser.addOption({u"no-redact"_qs, u"Do not mask addresses, names and Message-IDs in the exports."_qs});
    parser.addOption(
        {u"appendices"_qs,
         u"Add the appendices (the pasted text, every DNS answer, SMTP transcripts) to the report."_qs});
}

bool DiagnoseExports::readFrom(const QCommandLineParser& parser, QString* error) {
    m_options.redact = !parser.isSet(u"no-redact"_qs);
    m_options.appendices = parser.isSet(u"appendices"_qs);
    m_options.paper = report::defaultPaperSize();
    if (parser.isSet(u"paper"_qs)) {
        const QString name = parser.value(u"paper"_qs);
        if (name.compare(u"a4"_qs, Qt::CaseInsensitive) != 0
            && name.compare(u"letter"_qs, Qt::CaseInsensitive) != 0) {
            *error = u"--paper must be a4 or letter, not '%1'"_qs.arg(name);
            return false;
        }
        m_options.paper = report::paperSizeFromName(name);
    }
    m_markdown = parser.isSet(u"markdown"_qs);
    if (m_markdown && (parser.isSet(u"json"_qs) || parser.isSet(u"json-lines"_qs))) {
        *error = u"--markdown and --json both choose what is printed: give one"_qs;
        return false;
    }
    m_pdfPath = parser.value(u"pdf"_qs);
    m_htmlPath = parser.value(u"html"_qs);
    m_jsonPath = parser.value(u"json-out"_qs);
    const QList<std::pair<QString, QString>> files{
        {u"pdf"_qs, m_pdfPath}, {u"html"_qs, m_htmlPath}, {u"json-out"_qs, m_jsonPath}};
    for (const auto& [option, path] : files) {
        if (parser.isSet(option) && !checkWritable(path, option, error))
            return false;
    }
    if (wantsPdf() && !report::canRenderPdf()) {
        *error = u"--pdf: this build of rebound-cli cannot draw PDF reports"_qs;
        return false;
    }
    return true;
}

bool DiagnoseExports::writeFiles(const QJsonObject& session, QString* error) const {
    const QList<std::pair<report::ExportFormat, QString>> files{{report::ExportFormat::Pdf, m_pdfPath},
                                                                {report::ExportFormat::Html, m_htmlPath},
                                                                {report::ExportFormat::Json, m_jsonPath}};
    for (const auto& [format, path] : files) {
        if (!path.isEmpty() && !report::writeExportFile(session, format, path, m_options, error))
            return false;
    }
    return true;
}

QString DiagnoseExports::markdown(const QJsonObject& session) const {
    return QString::fromUtf8(report::exportSessionJson(session, report::ExportFormat::Markdown, m_options));
}

} // namespace rebound::cli
