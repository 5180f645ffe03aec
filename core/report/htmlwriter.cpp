#include "core/report/htmlwriter.h"

#include "core/report/reportwords.h"
#include "core/report/textescape.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace rebound::report {

namespace {

const QString& styleSheet() {
    static const QString css = uR"(
body{font-family:"Noto Sans","DejaVu Sans","Segoe UI",Helvetica,Arial,sans-serif;font-size:14px;line-height:1.45;color:#1f2328;max-width:60rem;margin:2rem auto;padding:0 1.5rem}
h1{font-size:1.7rem;margin:0}.subtitle{color:#57606a;margin:.2rem 0 1.5rem}
h2{font-size:1.3rem;border-bottom:2px solid #1f4e79;padding-bottom:.2rem;margin-top:2.2rem;color:#1f4e79}
h3{font-size:1.1rem;margin:1.4rem 0 .4rem}h4{font-size:1rem;margin:1rem 0 .3rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.92em}
th{background:#1f4e79;color:#fff;text-align:left;font-weight:600}
th,td{border:1px solid #d0d7de;padding:.3rem .5rem;vertical-align:top;overflow-wrap:anywhere}
tr:nth-child(even) td{background:#f6f8fa}
table.kv td:first-child{width:24%;background:#f6f8fa;font-weight:600}
code,pre{font-family:"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:.9em}
code{background:#eff1f3;padding:0 .2em;border-radius:3px;overflow-wrap:anywhere}
pre{background:#f6f8fa;border:1px solid #d0d7de;padding:.6rem;white-space:pre-wrap;overflow-wrap:anywhere}
mark{background:#fff3b0;border-bottom:2px solid #b7791f}mark sup{color:#7a4d00;font-weight:700}
.muted{color:#57606a}.callout{border-left:5px solid #57606a;background:#f6f8fa;padding:.6rem .8rem;margin:.8rem 0}
.sev{display:inline-block;min-width:1.2em;text-align:center;font-weight:700;margin-right:.3em}
.sev-critical,.callout-critical{color:#a40e26;border-color:#a40e26}.sev-error,.callout-error{color:#cf222e;border-color:#cf222e}
.sev-warning,.callout-warning{color:#9a6700;border-color:#bf8700}.sev-info,.callout-info{color:#0969da;border-color:#0969da}
.sev-ok,.callout-ok{color:#1a7f37;border-color:#1a7f37}.sev-unknown,.callout-unknown{color:#57606a}
footer{margin-top:3rem;color:#57606a;font-size:.85em;border-top:1px solid #d0d7de;padding-top:.5rem}
)"_s;
    return css;
}

QString runs(const RichText& text) {
    QString out;
    for (const Run& run : text) {
        if (!run.severity.isEmpty()) {
            out += u"<span class=\"sev sev-"_s + escape::html(run.severity) + u"\" title=\""_s
                   + escape::html(words::severity(run.severity)) + u"\">"_s
                   + escape::severityGlyph(run.severity) + u"</span>"_s;
            if (run.text.isEmpty())
                continue;
        }
        QString text = escape::html(run.text);
        text.replace(u'\n', u"<br>"_s);
        if (run.code)
            text = u"<code>"_s + text + u"</code>"_s;
        if (run.strong)
            text = u"<strong>"_s + text + u"</strong>"_s;
        if (run.muted)
            text = u"<span class=\"muted\">"_s + text + u"</span>"_s;
        if (!run.href.isEmpty() && words::isSafeLink(run.href))
            text = u"<a href=\""_s + escape::html(run.href) + u"\" rel=\"noopener noreferrer nofollow\">"_s
                   + text + u"</a>"_s;
        out += text;
    }
    return out;
}

QString code(const Block& block) {
    QString out = u"<pre>"_s;
    qsizetype at = 0;
    for (const Mark& mark : block.marks) {
        out += escape::html(block.code.mid(at, mark.offset - at));
        out += u"<mark>"_s + escape::html(block.code.mid(mark.offset, mark.length)) + u"<sup>"_s
               + QString::number(mark.number) + u"</sup></mark>"_s;
        at = mark.offset + mark.length;
    }
    out += escape::html(block.code.mid(at)) + u"</pre>\n"_s;
    return out;
}

QString table(const Block& block) {
    QString out = block.kind == Block::Kind::KeyValues ? u"<table class=\"kv\">\n"_s : u"<table>\n"_s;
    if (!block.header.isEmpty()) {
        out += u"<thead><tr>"_s;
        for (qsizetype i = 0; i < block.header.size(); ++i) {
            const int percent = i < block.columnPercents.size() ? block.columnPercents[i] : 0;
            out += percent > 0 ? u"<th style=\"width:%1%\">"_s.arg(percent) : u"<th>"_s;
            out += runs(block.header[i]) + u"</th>"_s;
        }
        out += u"</tr></thead>\n"_s;
    }
    out += u"<tbody>\n"_s;
    for (const QList<RichText>& row : block.rows) {
        out += u"<tr>"_s;
        for (const RichText& cell : row)
            out += u"<td>"_s + runs(cell) + u"</td>"_s;
        out += u"</tr>\n"_s;
    }
    return out + u"</tbody></table>\n"_s;
}

QString block(const Block& block) {
    switch (block.kind) {
    case Block::Kind::Heading: {
        const QString tag = u"h"_s + QString::number(qBound(3, block.level + 1, 6));
        return u"<"_s + tag + u">"_s + runs(block.text) + u"</"_s + tag + u">\n"_s;
    }
    case Block::Kind::Paragraph:
        return u"<p>"_s + runs(block.text) + u"</p>\n"_s;
    case Block::Kind::Callout:
        return u"<div class=\"callout callout-"_s + escape::html(block.severity) + u"\">"_s
               + runs(RichText{words::icon(block.severity)}) + runs(block.text) + u"</div>\n"_s;
    case Block::Kind::Bullets:
    case Block::Kind::Numbered: {
        const QString tag = block.kind == Block::Kind::Bullets ? u"ul"_s : u"ol"_s;
        QString out = u"<"_s + tag + u">\n"_s;
        for (const RichText& item : block.items)
            out += u"<li>"_s + runs(item) + u"</li>\n"_s;
        return out + u"</"_s + tag + u">\n"_s;
    }
    case Block::Kind::Table:
    case Block::Kind::KeyValues:
        return table(block);
    case Block::Kind::Code:
        return code(block);
    }
    return {};
}

} // namespace

QByteArray toHtml(const ReportDocument& document) {
    const QByteArray styleHash =
        QCryptographicHash::hash(styleSheet().toUtf8(), QCryptographicHash::Sha256).toBase64();
    QString out = u"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"_s;
    // No default sources at all: the page can load nothing, run nothing, submit nothing.
    out += u"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'sha256-"_s
           + QString::fromLatin1(styleHash)
           + u"'; img-src 'none'; script-src 'none'; base-uri 'none'; form-action 'none'\">\n"_s;
    out += u"<meta name=\"referrer\" content=\"no-referrer\">\n"_s;
    out += u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"_s;
    out += u"<meta name=\"generator\" content=\"Rebound\">\n"_s;
    out += u"<title>"_s + escape::html(document.title + u" — "_s + document.subtitle) + u"</title>\n"_s;
    out += u"<style>"_s + styleSheet() + u"</style>\n</head>\n<body>\n"_s;
    out += u"<header><h1>"_s + escape::html(document.title) + u"</h1><p class=\"subtitle\">"_s
           + escape::html(document.subtitle) + u"</p></header>\n"_s;
    for (const Section& section : document.sections) {
        out += u"<section id=\""_s + escape::html(section.id) + u"\">\n<h2>"_s + escape::html(section.title)
               + u"</h2>\n"_s;
        for (const Block& b : section.blocks)
            out += block(b);
        out += u"</section>\n"_s;
    }
    out += u"<footer>"_s + escape::html(document.footer) + u"</footer>\n</body>\n</html>\n"_s;
    return out.toUtf8();
}

} // namespace rebound::report
