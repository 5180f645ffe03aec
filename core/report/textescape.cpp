#include "core/report/textescape.h"

using namespace Qt::StringLiterals;

namespace rebound::report::escape {

QString html(const QString& text) {
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar ch : text) {
        switch (ch.unicode()) {
        case u'&':
            out += u"&amp;"_s;
            break;
        case u'<':
            out += u"&lt;"_s;
            break;
        case u'>':
            out += u"&gt;"_s;
            break;
        case u'"':
            out += u"&quot;"_s;
            break;
        case u'\'':
            out += u"&#39;"_s;
            break;
        default:
            out += ch;
        }
    }
    return out;
}

QString markdown(const QString& text) {
    // Always special somewhere in a line: emphasis, code, links, images, raw HTML, entities, tables,
    // strikethrough, and the email autolinks of GitHub Flavored Markdown.
    static const QString special = u"\\`*_{}[]()#+!|<>~&@\""_s;
    QString out;
    out.reserve(text.size() + text.size() / 4);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text[i];
        const QChar next = i + 1 < text.size() ? text[i + 1] : QChar();
        if (ch == u'\n' || ch == u'\r') {
            out += u' ';
            continue;
        }
        // "https://" and "www." would become links in GFM; "-", "=" and "1." at the start, blocks.
        const bool autolink =
            (ch == u':' && next == u'/')
            || (ch == u'.' && i >= 3 && text.mid(i - 3, 3).compare(u"www"_s, Qt::CaseInsensitive) == 0);
        const bool blockStart = out.isEmpty() && (ch == u'-' || ch == u'=' || ch == u':');
        bool listNumber = false;
        if ((ch == u'.' || ch == u')') && i > 0 && (next.isNull() || next.isSpace())) {
            listNumber = true;
            for (qsizetype j = 0; j < i && listNumber; ++j)
                listNumber = text[j].isDigit();
        }
        if (special.contains(ch) || autolink || blockStart || listNumber)
            out += u'\\';
        out += ch;
    }
    return out;
}

namespace {

int longestBacktickRun(const QString& text) {
    int longest = 0, run = 0;
    for (const QChar ch : text) {
        run = ch == u'`' ? run + 1 : 0;
        longest = qMax(longest, run);
    }
    return longest;
}

} // namespace

QString backtickFence(const QString& text, int minimum) {
    return QString(qMax(minimum, longestBacktickRun(text) + 1), u'`');
}

QString markdownCodeSpan(const QString& text) {
    QString flat = text;
    flat.replace(u'\n', u' ');
    const QString fence = backtickFence(flat, 1);
    // A space on each side keeps a leading or trailing backtick from joining the fence.
    const bool pad = flat.startsWith(u'`') || flat.endsWith(u'`') || flat.isEmpty();
    return fence + (pad ? u" "_s : QString()) + flat + (pad ? u" "_s : QString()) + fence;
}

QString severityGlyph(const QString& severity) {
    if (severity == u"critical")
        return u"⛔"_s;
    if (severity == u"error")
        return u"✖"_s;
    if (severity == u"warning")
        return u"⚠"_s;
    if (severity == u"info")
        return u"ℹ"_s;
    if (severity == u"ok")
        return u"✔"_s;
    return u"?"_s;
}

} // namespace rebound::report::escape
