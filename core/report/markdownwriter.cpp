#include "core/report/markdownwriter.h"

#include "core/report/reportwords.h"
#include "core/report/textescape.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace rebound::report {

namespace {

// A code span is literal only where the renderer supports backtick fences of any length; text with
// backticks of its own (a hostile bounce) is written as escaped text instead, which is literal
// everywhere backslash escapes work.
QString codeRun(const QString& text, bool inTable) {
    const QString flat = QString(text).replace(u'\n', u' ');
    if (flat.contains(u'`') || flat.trimmed().isEmpty())
        return escape::markdown(flat);
    QString span = escape::markdownCodeSpan(flat);
    if (inTable)
        span.replace(u'|', u"\\|"_s); // GFM splits cells before code spans
    return span;
}

// Emphasis markers go around the text itself: whitespace at either end stays outside, so "**You:** x"
// and "**title** _(note)_" never turn into a "***" run that renderers read differently.
QString emphasised(const QString& piece, const QString& marker) {
    qsizetype begin = 0, end = piece.size();
    while (begin < end && piece[begin].isSpace())
        ++begin;
    while (end > begin && piece[end - 1].isSpace())
        --end;
    if (begin == end)
        return piece;
    return piece.left(begin) + marker + piece.mid(begin, end - begin) + marker + piece.mid(end);
}

QString runs(const RichText& text, bool inTable) {
    QString out;
    QString lastHref;
    for (const Run& run : text) {
        if (!run.severity.isEmpty()) {
            out += escape::severityGlyph(run.severity) + u' ';
            if (run.text.isEmpty())
                continue;
        }
        // A link is clickable here: the URL printed after it for paper would only repeat it.
        if (run.muted && !lastHref.isEmpty() && run.text.trimmed() == lastHref) {
            lastHref.clear();
            continue;
        }
        const bool link = !run.href.isEmpty() && words::isSafeLink(run.href);
        lastHref = link ? run.href : QString();
        QString piece =
            run.code ? codeRun(run.text, inTable)
                     : escape::markdown(QString(run.text).replace(u'\n', inTable ? u"; "_s : u" "_s));
        if (run.strong)
            piece = emphasised(piece, u"**"_s);
        if (run.muted && !run.code)
            piece = emphasised(piece, u"_"_s);
        if (link) {
            const QString title = piece.trimmed().isEmpty() ? escape::markdown(run.href) : piece;
            piece = u"["_s + title + u"](<"_s + QString::fromLatin1(QUrl(run.href).toEncoded()) + u">)"_s;
        }
        out += piece;
    }
    return out;
}

QString table(const Block& block) {
    QString out;
    const qsizetype columns = block.header.size();
    auto line = [](const QStringList& cells) -> QString {
        return u"| "_s + cells.join(u" | "_s) + u" |\n"_s;
    };
    QStringList head;
    for (const RichText& cell : block.header)
        head << runs(cell, true);
    out += line(head);
    out += line(QStringList(columns, u"---"_s));
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
    return fence + u"text\n"_s + text + fence + u'\n';
}

QString block(const Block& block) {
    switch (block.kind) {
    case Block::Kind::Heading:
        return QString(qBound(3, block.level + 1, 6), u'#') + u' ' + runs(block.text, false) + u'\n';
    case Block::Kind::Paragraph:
        return runs(block.text, false) + u'\n';
    case Block::Kind::Callout:
        return u"> "_s + escape::severityGlyph(block.severity) + u' ' + runs(block.text, false) + u'\n';
    case Block::Kind::Bullets:
    case Block::Kind::Numbered: {
        QString out;
        int number = 0;
        for (const RichText& item : block.items)
            out += (block.kind == Block::Kind::Bullets ? u"- "_s : QString::number(++number) + u". "_s)
                   + runs(item, false) + u'\n';
        return out;
    }
    case Block::Kind::Table:
        return table(block);
    case Block::Kind::KeyValues: {
        QString out;
        for (const QList<RichText>& row : block.rows) {
            if (row.size() >= 2)
                out += u"- **"_s + runs(row[0], false).remove(u"**"_s).trimmed() + u":** "_s
                       + runs(row[1], false) + u'\n';
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
    QString out = u"# "_s + escape::markdown(document.title) + u"\n\n"_s;
    if (!document.subtitle.isEmpty())
        out += u"*"_s + escape::markdown(document.subtitle) + u"*\n\n"_s;
    for (const Section& section : document.sections) {
        out += u"## "_s + escape::markdown(section.title) + u"\n\n"_s;
        for (const Block& b : section.blocks)
            out += block(b) + u'\n';
    }
    out += u"---\n\n"_s + escape::markdown(document.footer) + u'\n';
    return out;
}

} // namespace rebound::report
