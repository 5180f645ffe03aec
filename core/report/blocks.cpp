#include "core/report/blocks.h"

#include "core/report/jsonread.h"
#include "core/report/reportwords.h"
#include "core/util/jsonutil.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rebound::report::blocks {

Block heading(const QString& text, int level, const QString& severity) {
    Block block;
    block.kind = Block::Kind::Heading;
    block.level = level;
    if (!severity.isEmpty())
        block.text.append(words::icon(severity));
    block.text.append(words::plain(text));
    return block;
}

Block paragraph(const RichText& text) {
    Block block;
    block.kind = Block::Kind::Paragraph;
    block.text = text;
    return block;
}

Block paragraph(const QString& text) {
    return paragraph(RichText{words::plain(text)});
}

Block callout(const QString& severity, const RichText& text) {
    Block block;
    block.kind = Block::Kind::Callout;
    block.severity = severity;
    block.text = text;
    return block;
}

Block notDoneCallout(const QJsonObject& check, const QString& whenNoNote) {
    const QString note = json::text(check, u"note");
    return callout(u"warning"_s, RichText{words::strong(words::checkState(json::checkState(check)) + u". "_s),
                                          words::plain(oneLine(note.isEmpty() ? whenNoNote : note, 2000))});
}

Block bullets(const QList<RichText>& items) {
    Block block;
    block.kind = Block::Kind::Bullets;
    block.items = items;
    return block;
}

Block numbered(const QList<RichText>& items) {
    Block block = bullets(items);
    block.kind = Block::Kind::Numbered;
    return block;
}

Block table(const QList<RichText>& header, const QList<QList<RichText>>& rows, const QList<int>& percents) {
    Block block;
    block.kind = Block::Kind::Table;
    block.header = header;
    block.rows = rows;
    block.columnPercents = percents;
    return block;
}

Block keyValues(const QList<QList<RichText>>& rows) {
    Block block;
    block.kind = Block::Kind::KeyValues;
    block.rows = rows;
    return block;
}

Block literal(const QString& text, QList<Mark> marks, qsizetype maxChars) {
    Block block;
    block.kind = Block::Kind::Code;
    const qsizetype limit = qMin(text.size(), qMax<qsizetype>(0, maxChars));
    // newIndex[i]: where input position i starts in the output.
    QList<qsizetype> newIndex;
    newIndex.reserve(limit + 1);
    QString out;
    out.reserve(limit + 64);
    for (qsizetype i = 0; i < limit; ++i) {
        newIndex.append(out.size());
        const char16_t u = text[i].unicode();
        if (u == u'\r')
            continue;
        if (u == u'\n' || u == u'\t')
            out += QChar(u);
        else
            out += util::escapeControls(QString(QChar(u)), 16);
    }
    newIndex.append(out.size());
    if (limit < text.size()) {
        const qsizetype rest = text.mid(limit).count(u'\n');
        out += u"\n\n"_s
               + words::tr(
                     "[cut here: %1 more characters, %2 more lines; the attached session JSON has all of it]")
                     .arg(text.size() - limit)
                     .arg(rest);
    }
    block.code = out;

    std::sort(marks.begin(), marks.end(), [](const Mark& a, const Mark& b) { return a.offset < b.offset; });
    qsizetype lastEnd = 0;
    for (const Mark& mark : std::as_const(marks)) {
        if (mark.offset < 0 || mark.length <= 0 || mark.offset >= limit || mark.offset < lastEnd)
            continue;
        // Evidence is a phrase or a few lines: a span over most of the text (a hostile or broken
        // session) is marked over its first lines only, so the text stays readable.
        constexpr qsizetype maxMarkChars = 2000;
        const qsizetype end = qMin(limit, mark.offset + qMin(mark.length, maxMarkChars));
        Mark mapped = mark;
        mapped.offset = newIndex[mark.offset];
        mapped.length = newIndex[end] - mapped.offset;
        if (mapped.length > 0)
            block.marks.append(mapped);
        lastEnd = end;
    }
    return block;
}

QString oneLine(const QString& text, qsizetype maxChars) {
    QString flat = text;
    flat.replace(u"\r\n"_s, u"\n"_s);
    flat.replace(u'\n', u' ');
    return util::escapeControls(flat.simplified(), maxChars);
}

RichText severityText(const QString& severity, const QString& word) {
    return RichText{words::icon(severity), words::plain(word)};
}

QList<RichText> row(const QString& field, const RichText& value) {
    bool empty = true;
    for (const Run& run : value)
        empty = empty && run.text.isEmpty() && run.severity.isEmpty();
    return {RichText{words::strong(field)}, empty ? RichText{words::muted(words::notChecked())} : value};
}

QList<RichText> row(const QString& field, const QString& value) {
    return row(field, RichText{words::plain(oneLine(value))});
}

} // namespace rebound::report::blocks
