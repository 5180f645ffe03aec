#include "ui/markdownexport.h"

#include "core/util/jsonutil.h"
#include "ui/presentation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrl>

namespace rebound::ui {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("rebound::ui::MarkdownExport", text);
}

// A link only when it is a plain http(s) URL; otherwise its text, escaped.
QString markdownLink(const QJsonValue& link) {
    const QString title = escapeMarkdown(link[u"title"].toString());
    const QUrl url(link[u"url"].toString(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"https"_qs && scheme != u"http"_qs))
        return title;
    return u"["_qs + (title.isEmpty() ? escapeMarkdown(url.toString()) : title) + u"](<"_qs
           + QString::fromLatin1(url.toEncoded()) + u">)"_qs;
}

} // namespace

QString escapeMarkdown(const QString& text) {
    QString out;
    const QString flat = util::escapeControls(text.simplified(), 4000);
    out.reserve(flat.size() * 2);
    for (QChar c : flat) {
        if (c == u'<')
            out += u"&lt;"_qs;
        else if (c == u'>')
            out += u"&gt;"_qs;
        else if (c == u'&')
            out += u"&amp;"_qs;
        else if (QStringView(u"\\`*_{}[]()#+-.!|~").contains(c)) {
            out += u'\\';
            out += c;
        } else
            out += c;
    }
    return out;
}

QString diagnosisMarkdown(const QJsonObject& session) {
    QStringList lines;
    lines << u"# "_qs + tr("Rebound diagnosis");
    lines << QString();
    const QString value = session[u"detected_value"].toString();
    lines << u"- "_qs + tr("Input: %1").arg(escapeMarkdown(session[u"detected_explanation"].toString()))
                 + (value.isEmpty() ? QString() : u" `"_qs + QString(value).remove(u'`') + u'`');
    lines << u"- "_qs
                 + tr("Checked: %1 from %2 via %3")
                       .arg(escapeMarkdown(session[u"started_utc"].toString()),
                            escapeMarkdown(session[u"host"].toString()),
                            escapeMarkdown(session[u"resolver"].toString()));
    if (session[u"cancelled"].toBool())
        lines << u"- "_qs + tr("Cancelled: results are partial.");
    const QJsonArray causes = session[u"diagnosis"].toArray();
    if (causes.isEmpty())
        lines << QString() << tr("No cause found.");
    int rank = 0;
    for (const QJsonValue& entry : causes) {
        const QJsonObject cause = entry.toObject();
        lines << QString();
        lines << u"## %1. %2"_qs.arg(++rank).arg(escapeMarkdown(cause[u"title"].toString()));
        lines << QString();
        lines << u"**"_qs + severityText(cause[u"severity"].toString()) + u"**"_qs
                     + (cause.contains(u"confidence")
                            ? tr(", confidence %1%").arg(cause[u"confidence"].toInt())
                            : QString());
        if (!cause[u"summary"].toString().isEmpty())
            lines << QString() << escapeMarkdown(cause[u"summary"].toString());
        const QJsonArray evidence = cause[u"evidence"].toArray();
        if (!evidence.isEmpty()) {
            lines << QString() << u"### "_qs + tr("Evidence") << QString();
            for (const QJsonValue& item : evidence)
                lines << u"- "_qs + escapeMarkdown(item[u"text"].toString());
        }
        const QJsonArray steps = cause[u"steps"].toArray();
        if (!steps.isEmpty()) {
            lines << QString() << u"### "_qs + tr("What to do") << QString();
            int number = 0;
            for (const QJsonValue& step : steps) {
                QString line = u"%1. **%2:** %3"_qs.arg(++number).arg(
                    actorText(step[u"actor"].toString()), escapeMarkdown(step[u"text"].toString()));
                QStringList links;
                for (const QJsonValue& link : step[u"links"].toArray())
                    links << markdownLink(link);
                if (!links.isEmpty())
                    line += u" ("_qs + links.join(u", "_qs) + u')';
                lines << line;
            }
        }
        const QJsonArray dont = cause[u"dont"].toArray();
        if (!dont.isEmpty()) {
            lines << QString() << u"### "_qs + tr("Do not") << QString();
            for (const QJsonValue& item : dont)
                lines << u"- "_qs + escapeMarkdown(item.toString());
        }
        if (!cause[u"recovery"].toString().isEmpty())
            lines << QString() << tr("Recovery: %1").arg(escapeMarkdown(cause[u"recovery"].toString()));
        const QJsonArray links = cause[u"links"].toArray();
        if (!links.isEmpty()) {
            lines << QString();
            for (const QJsonValue& link : links)
                lines << u"- "_qs + markdownLink(link);
        }
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace rebound::ui
