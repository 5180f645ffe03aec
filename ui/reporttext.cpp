#include "ui/reporttext.h"

#include "ui/presentation.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace rebound::ui {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("rebound::ui::ReportText", text);
}

QString orNotChecked(const QJsonValue& value) {
    const QString text = jsonText(value);
    return text.isEmpty() ? tr("not checked") : text;
}

void appendObject(QStringList& lines, const QJsonObject& object, const QString& indent) {
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isObject()) {
            lines << indent + it.key() + u':';
            appendObject(lines, it.value().toObject(), indent + u"  "_qs);
        } else {
            lines << indent + it.key() + u": "_qs + jsonText(it.value());
        }
    }
}

QString transcriptLine(const QJsonValue& entry) {
    if (entry.isString())
        return jsonText(entry);
    const QJsonObject object = entry.toObject();
    const QString direction = object[u"direction"].toString(object[u"dir"].toString());
    const QString text = object[u"text"].toString(object[u"line"].toString());
    QString line;
    if (object.contains(u"ms"))
        line = u"%1 ms "_qs.arg(object[u"ms"].toInteger(), 6);
    return line + (direction.isEmpty() ? QString() : direction + u": "_qs) + jsonText(text);
}

} // namespace

QString reverseDnsText(const QJsonObject& result) {
    if (result.isEmpty())
        return tr("Not checked. Reverse DNS is checked for an IP address, or for the sending IP found in a "
                  "bounce.");
    QStringList lines;
    lines << tr("Address: %1").arg(orNotChecked(result[u"ip"]));
    const QJsonValue ptr = result[u"ptr"];
    if (ptr.isObject()) {
        lines << tr("PTR:");
        appendObject(lines, ptr.toObject(), u"  "_qs);
    } else {
        lines << tr("PTR: %1").arg(ptr.isArray() && ptr.toArray().isEmpty() ? tr("none published")
                                                                            : orNotChecked(ptr));
    }
    const QJsonValue fcrdns = result[u"fcrdns"];
    if (fcrdns.isBool()) {
        lines << (fcrdns.toBool()
                      ? tr("Forward-confirmed: yes, the PTR name resolves back to this address.")
                      : tr("Forward-confirmed: no. Many receivers (Gmail, Microsoft, Yahoo) refuse or "
                           "penalise mail from an address whose PTR name does not resolve back to it."));
    } else if (fcrdns.isObject()) {
        lines << tr("Forward-confirmed:");
        appendObject(lines, fcrdns.toObject(), u"  "_qs);
    } else {
        lines << tr("Forward-confirmed: %1").arg(orNotChecked(fcrdns));
    }
    return lines.join(u'\n');
}

QString mailServerText(const QJsonObject& domainResult, const QList<QJsonObject>& smtpResults) {
    QStringList lines;
    lines << tr("MX records") << u"=========="_qs;
    const QJsonValue mx = domainResult[u"mx"];
    if (mx.isArray() && !mx.toArray().isEmpty()) {
        for (const QJsonValue& record : mx.toArray())
            lines << u"  "_qs + jsonText(record);
    } else if (mx.isObject()) {
        appendObject(lines, mx.toObject(), u"  "_qs);
    } else {
        lines << u"  "_qs + (domainResult.isEmpty() ? tr("not checked") : tr("none found"));
    }
    for (const QJsonObject& smtp : smtpResults) {
        lines << QString()
              << tr("SMTP probe of %1 (%2)").arg(orNotChecked(smtp[u"host"]), orNotChecked(smtp[u"address"]))
              << u"=========="_qs;
        lines << tr("Banner: %1").arg(orNotChecked(smtp[u"banner"]));
        const QJsonValue ehlo = smtp[u"ehlo"];
        if (ehlo.isObject()) {
            lines << tr("EHLO:");
            appendObject(lines, ehlo.toObject(), u"  "_qs);
        } else {
            lines << tr("EHLO: %1").arg(orNotChecked(ehlo));
        }
        const QJsonValue tls = smtp[u"starttls"];
        if (tls.isObject()) {
            lines << tr("STARTTLS:");
            appendObject(lines, tls.toObject(), u"  "_qs);
        } else {
            lines << tr("STARTTLS: %1").arg(orNotChecked(tls));
        }
        lines << tr("Transcript:");
        const QJsonValue transcript = smtp[u"transcript"];
        const QJsonArray entries =
            transcript.isArray() ? transcript.toArray() : transcript[u"entries"].toArray();
        if (transcript.isString())
            lines << jsonText(transcript, 100000);
        for (const QJsonValue& entry : entries)
            lines << u"  "_qs + transcriptLine(entry);
    }
    if (smtpResults.isEmpty())
        lines << QString() << tr("SMTP: not probed (off in Settings, or nothing to connect to).");
    return lines.join(u'\n');
}

} // namespace rebound::ui
