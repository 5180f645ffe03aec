// The export options of rebound-cli diagnose: the report as PDF or HTML file, the session JSON file,
// the Markdown on standard output, the paper size and redaction. Exports are redacted by default
// (they leave the organisation); --json on standard output stays the unredacted machine contract.
#pragma once

#include "core/report/reportoptions.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QString>

namespace rebound::cli {

class DiagnoseExports {
public:
    // Adds --pdf, --html, --json-out, --markdown, --paper, --no-redact and --appendices.
    static void addTo(QCommandLineParser& parser);
    // Reads them back; false with *error set on a bad value or a file that could not be written
    // (checked before the diagnosis runs, so a typo does not cost a whole run).
    bool readFrom(const QCommandLineParser& parser, QString* error);

    bool printsMarkdown() const { return m_markdown; }
    bool wantsPdf() const { return !m_pdfPath.isEmpty(); }

    // Writes every file asked for; false with a message naming the first that failed.
    bool writeFiles(const QJsonObject& session, QString* error) const;
    // The whole report as Markdown, for standard output.
    QString markdown(const QJsonObject& session) const;

private:
    report::ReportOptions m_options;
    QString m_pdfPath;
    QString m_htmlPath;
    QString m_jsonPath;
    bool m_markdown = false;
};

} // namespace rebound::cli
