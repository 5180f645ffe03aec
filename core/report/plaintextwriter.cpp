#include "core/report/plaintextwriter.h"

#include "core/report/textescape.h"

using namespace Qt::StringLiterals;

namespace rebound::report {

namespace {

QString runs(const RichText& text) {
    QString out;
    for (const Run& run : text) {
        if (!run.severity.isEmpty())
            out += escape::severityGlyph(run.severity) + u' ';
        out += run.text;
    }
    return out;
}

QString indentLines(const QString& text, const QString& indent) {
    QString out;
    for (const QStringView line : QStringView(text).split(u'\n'))
        out += indent + line + u'\n';
    return out;
}

// A sub-heading of a detail tab: "── mx1.example.com ──────" (a dotted underline there read like a log).
QString ruleHeading(const QString& title) {
    constexpr qsizetype width = 60;
    return u"── "_s + title + u' ' + QString(qMax<qsizetype>(3, width - 4 - title.size()), u'─') + u'\n';
}

QString block(const Block& block, PlainTextStyle style) {
    switch (block.kind) {
    case Block::Kind::Heading: {
        const QString title = runs(block.text);
        if (style == PlainTextStyle::DetailView && block.level >= 3)
            return block.level == 3 ? ruleHeading(title) : title + u'\n';
        return title + u'\n' + QString(title.size(), block.level <= 2 ? u'-' : u'·') + u'\n';
    }
    case Block::Kind::Paragraph:
        return runs(block.text) + u'\n';
    case Block::Kind::Callout:
        return u"  "_s + escape::severityGlyph(block.severity) + u' ' + runs(block.text) + u'\n';
    case Block::Kind::Bullets:
    case Block::Kind::Numbered: {
        QString out;
        int number = 0;
        for (const RichText& item : block.items)
            out += (block.kind == Block::Kind::Bullets ? u"  - "_s
                                                       : u"  "_s + QString::number(++number) + u". "_s)
                   + runs(item) + u'\n';
        return out;
    }
    case Block::Kind::Table: {
        QString out;
        QStringList head;
        for (const RichText& cell : block.header)
            head << runs(cell);
        for (const QList<RichText>& row : block.rows) {
            QStringList cells;
            for (qsizetype i = 0; i < row.size(); ++i) {
                const QString value = runs(row[i]).replace(u'\n', u"; "_s).trimmed();
                if (!value.isEmpty())
                    cells << (i > 0 && i < head.size() ? head[i] + u": "_s : QString()) + value;
            }
            out += u"  - "_s + cells.join(u" | "_s) + u'\n';
        }
        return out;
    }
    case Block::Kind::KeyValues: {
        QString out;
        for (const QList<RichText>& row : block.rows) {
            if (row.size() >= 2)
                out += u"  "_s + runs(row[0]) + u": "_s + runs(row[1]) + u'\n';
        }
        return out;
    }
    case Block::Kind::Code:
        return indentLines(block.code, u"    "_s);
    }
    return {};
}

} // namespace

QString toPlainText(const ReportDocument& document) {
    QString out = document.title + u'\n' + QString(document.title.size(), u'=') + u'\n';
    if (!document.subtitle.isEmpty())
        out += document.subtitle + u'\n';
    out += u'\n';
    out += toPlainText(document.sections);
    out += document.footer + u'\n';
    return out;
}

QString toPlainText(const QList<Section>& sections, PlainTextStyle style) {
    QString out;
    for (const Section& section : sections) {
        if (sections.size() > 1)
            out += section.title.toUpper() + u"\n\n"_s;
        for (const Block& b : section.blocks) {
            out += block(b, style);
            // In a detail tab a sub-heading's content follows it directly.
            if (style == PlainTextStyle::Document || b.kind != Block::Kind::Heading || b.level < 3)
                out += u'\n';
        }
    }
    return out;
}

} // namespace rebound::report
