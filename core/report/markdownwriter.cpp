#include "core/report/markdownwriter.h"

#include "core/report/reportwords.h"
#include "core/report/textescape.h"

#include <QUrl>

namespace rebound::report {

namespace {

QString runs(const RichText& text, bool inTable) {
    QString out;
    for (const Run& run : text) {
        if (!run.severity.isEmpty()) {
            out += escape::severityGlyph(run.severity) + u' ';
            if (run.text.isEmpty())
                continue;
        }
        QString piece;
        if (run.code) {
            piece = escape::markdownCodeSpan(run.text);
            if (inTable)
                piece.replace(u'|', u"\\|"_qs); // GFM splits cells before code spans
        } else {
            piece = escape::markdown(QString(run.text).replace(u'\n', inTable ? u"; "_qs : u" "_qs));
        }
        if (run.strong && !piece.trimmed().isEmpty()) {
            const QString trimmed = piece.trimmed();
            piece = piece.left(piece.indexOf(trimmed)) + u"**"_qs + trimmed + u"**"_qs
                    + QString(piece.size() - piece.indexOf(trimmed) - trimmed.size(), u' ');
        }
        if (run.muted && !run.code)
            piece = u"*"_qs + piece.trimmed() + u"* "_qs;
        if (!run.href.isEmpty() && words::isSafeLink(run.href))
            piece = u"["_qs + piece + u"](<"_qs + QString::fromLatin1(QUrl(run.href).toEncoded()) + u">)"_qs;
        out += piece;
    }
    return out;
}

QString table(const Block& block) {
    QString out;
    const qsizetype columns = block.header.size();
    auto line = [](const QStringList& cells) -> QString { return u"| "_qs + cells.join(u" | "_qs) + u" |\n"_qs; };
    QStringList head;
    for (const RichText& cell : block.header)
        head << runs(cell, true);
    out += line(head);
    out += line(QStringList(columns, u"---"_qs));
    for (const QList<RichText>& row : block.rows) {
        QStringList cells;
        for (qsizetype i = 0; i < columns; ++i)
            cells << (i < row.size() ? runs(row[i], true) : QString());
        out += line(cells);
    }
    return out;
}

QString code(const Block& block) {
    const QString fence = escape::backtickFence(block.code);
    QString text = block.code;
    if (!text.endsWith(u'\n'))
        text += u'\n';
    return fence + u"text\n"_qs + text + fence + u'\n';
}

QString block(const Block& block) {
    switch (block.kind) {
    case Block::Kind::Heading:
        return QString(qBound(3, block.level + 1, 6), u'#') + u' ' + runs(block.text, false) + u'\n';
    case Block::Kind::Paragraph:
        return runs(block.text, false) + u'\n';
    case Block::Kind::Callout:
        return u"> "_qs + escape::severityGlyph(block.severity) + u' ' + runs(block.text, false) + u'\n';
    case Block::Kind::Bullets:
    case Block::Kind::Numbered: {
        QString out;
        int number = 0;
        for (const RichText& item : block.items)
            out += (block.kind == Block::Kind::Bullets ? u"- "_qs : QString::number(++number) + u". "_qs)
                   + runs(item, false) + u'\n';
        return out;
    }
    case Block::Kind::Table:
        return table(block);
    case Block::Kind::KeyValues: {
        QString out;
        for (const QList<RichText>& row : block.rows) {
            if (row.size() >= 2)
                out += u"- **"_qs + runs(row[0], false).remove(u"**"_qs).trimmed() + u":** "_qs + runs(row[1], false) + u'\n';
        }
        return out;
    }
    case Block::Kind::Code:
        return code(block);
    }
    return {};
}

} // namespace

QString toMarkdown(const ReportDocument& document) {
    QString out = u"# "_qs + escape::markdown(document.title) + u"\n\n"_qs;
    if (!document.subtitle.isEmpty())
        out += u"*"_qs + escape::markdown(document.subtitle) + u"*\n\n"_qs;
    for (const Section& section : document.sections) {
        out += u"## "_qs + escape::markdown(section.title) + u"\n\n"_qs;
        for (const Block& b : section.blocks)
            out += block(b) + u'\n';
    }
    out += u"---\n\n"_qs + escape::markdown(document.footer) + u'\n';
    return out;
}

} // namespace rebound::report
