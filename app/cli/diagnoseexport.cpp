#include "app/cli/diagnoseexport.h"

#include "core/report/sessionexport.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace rebound::cli {

namespace {

// The file's folder must exist and be writable; the file itself is written atomically later.
bool checkWritable(const QString& path, const QString& option, QString* error) {
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    if (path.isEmpty() || path == u"-" || file.isDir()) { // standard output carries the text or JSON
        *error = u"--%1 needs a file name"_s.arg(option);
        return false;
    }
    if (!folder.isDir() || !folder.isWritable()) {
        *error = u"--%1: cannot write into %2"_s.arg(option, folder.absoluteFilePath());
        return false;
    }
    return true;
}

} // namespace

void DiagnoseExports::addTo(QCommandLineParser& parser) {
    parser.addOption({u"markdown"_s, u"Print the report as Markdown (for a ticket) instead of text."_s});
    parser.addOption({u"pdf"_s, u"Also write the PDF report to FILE."_s, u"FILE"_s});
    parser.addOption(
        {u"html"_s, u"Also write the report as a self-contained HTML page to FILE."_s, u"FILE"_s});
    parser.addOption(
        {u"json-out"_s, u"Also write the session JSON (redacted unless --no-redact) to FILE."_s, u"FILE"_s});
    parser.addOption(
        {u"paper"_s, u"Paper size of the PDF: a4 or letter (default: the locale's)."_s, u"SIZE"_s});
    parser.addOption({u"no-redact"_s, u"Do not mask addresses, names and Message-IDs in the exports."_s});
    parser.addOption(
        {u"appendices"_s,
         u"Add the appendices (the pasted text, every DNS answer, SMTP transcripts) to the report."_s});
}

bool DiagnoseExports::readFrom(const QCommandLineParser& parser, QString* error) {
    m_options.redact = !parser.isSet(u"no-redact"_s);
    m_options.appendices = parser.isSet(u"appendices"_s);
    m_options.paper = report::defaultPaperSize();
    if (parser.isSet(u"paper"_s)) {
        const QString name = parser.value(u"paper"_s);
        if (name.compare(u"a4"_s, Qt::CaseInsensitive) != 0
            && name.compare(u"letter"_s, Qt::CaseInsensitive) != 0) {
            *error = u"--paper must be a4 or letter, not '%1'"_s.arg(name);
            return false;
        }
        m_options.paper = report::paperSizeFromName(name);
    }
    m_markdown = parser.isSet(u"markdown"_s);
    if (m_markdown && (parser.isSet(u"json"_s) || parser.isSet(u"json-lines"_s))) {
        *error = u"--markdown and --json both choose what is printed: give one"_s;
        return false;
    }
    m_pdfPath = parser.value(u"pdf"_s);
    m_htmlPath = parser.value(u"html"_s);
    m_jsonPath = parser.value(u"json-out"_s);
    const QList<std::pair<QString, QString>> files{
        {u"pdf"_s, m_pdfPath}, {u"html"_s, m_htmlPath}, {u"json-out"_s, m_jsonPath}};
    for (const auto& [option, path] : files) {
        if (parser.isSet(option) && !checkWritable(path, option, error))
            return false;
    }
    if (wantsPdf() && !report::canRenderPdf()) {
        *error = u"--pdf: this build of rebound-cli cannot draw PDF reports"_s;
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
