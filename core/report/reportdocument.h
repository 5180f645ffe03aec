// The report as a format-neutral document: sections of paragraphs, tables, lists and code blocks made
// of text runs. Built once from a session (reportbuilder.h) and written out by each format's writer
// (HTML, Markdown, plain text here; PDF in core/pdf), so every export says the same thing.
// All text in it is plain text, untrusted parts included: each writer escapes for its own format.
#pragma once

#include <QList>
#include <QString>

namespace rebound::report {

// A piece of text with one style. href is set only for http(s) links (see isSafeLink()).
struct Run {
    QString text;
    QString href;
    bool strong = false;
    bool code = false;  // monospace: records, addresses, codes
    bool muted = false; // secondary: URLs printed after a link title, notes
    QString severity;   // "critical", "error", "warning", "info", "ok", "unknown": draw the icon
};
using RichText = QList<Run>;

// A span of a code block to highlight (evidence in the pasted text).
struct Mark {
    qsizetype offset = 0;
    qsizetype length = 0;
    int number = 0; // shown next to the span and in the legend
};

struct Block {
    enum class Kind {
        Heading, // level 2 or 3; the section title is level 1
        Paragraph,
        Callout, // a boxed paragraph with a severity: the verdict, a cause
        Bullets,
        Numbered,
        Table,     // header cells repeat on every page
        KeyValues, // two-column table without a header: field, value
        Code,      // literal text, wrapped, never interpreted
    };
    Kind kind = Kind::Paragraph;
    int level = 2;
    QString severity;            // Callout
    RichText text;               // Heading, Paragraph, Callout
    QList<RichText> items;       // Bullets, Numbered
    QList<RichText> header;      // Table
    QList<QList<RichText>> rows; // Table, KeyValues
    QList<int> columnPercents;   // Table: relative widths, may be empty
    QString code;                // Code
    QList<Mark> marks;           // Code, sorted, not overlapping
};

struct Section {
    QString id; // "summary", "findings", "blocklists", "authentication", "smtp", "appendix-..."
    QString title;
    bool newPage = true; // start on a new page in paged formats
    QList<Block> blocks;
};

struct ReportDocument {
    QString title;    // "Deliverability report"
    QString subtitle; // what was checked
    QString footer;   // session id and generation time, for every page
    QList<Section> sections;
};

} // namespace rebound::report
