#include "core/report/blocks.h"
#include "core/report/jsonread.h"
#include "core/report/reportsections.h"
#include "core/report/reportwords.h"

using namespace Qt::StringLiterals;

namespace rebound::report::sections {

using namespace blocks;
using words::tr;

// A reply as text: a plain string, or {code, lines} as the smtp module writes it.
QString replyText(const QJsonValue& value) {
    if (value.isString())
        return value.toString();
    const QJsonObject reply = value.toObject();
    const QStringList lines = json::strings(reply, u"lines");
    if (!lines.isEmpty())
        return json::text(reply, u"code") + u' ' + lines.join(u" / "_s);
    return json::text(reply, u"text");
}

namespace {

QStringList capabilities(const QJsonValue& value) {
    QJsonObject holder{{u"v"_s, value.isObject() ? value.toObject().value(u"capabilities") : value}};
    return json::strings(holder, u"v");
}

QStringList verifyErrors(const QJsonObject& tls) {
    QStringList out;
    for (const QJsonValue& item : json::array(tls, u"verify_errors")) {
        if (item.isString())
            out << item.toString();
        else if (item.isObject())
            out << json::text(item.toObject(), u"text");
    }
    out.removeAll(QString());
    return out;
}

RichText tlsVerdict(const QJsonObject& tls) {
    const QStringList errors = verifyErrors(tls);
    const QString summary = json::text(tls, u"summary");
    if (!errors.isEmpty())
        return severityText(u"error"_s, oneLine(summary.isEmpty() ? tr("Not verified") : summary, 200)
                                            + u": "_s + oneLine(errors.join(u"; "_s), 1000));
    if (summary.isEmpty())
        return {};
    const bool good = summary.compare(u"verified"_s, Qt::CaseInsensitive) == 0
                      || summary.compare(u"trusted"_s, Qt::CaseInsensitive) == 0;
    return severityText(good ? u"ok"_s : u"warning"_s, oneLine(summary, 300));
}

void appendServer(Section& section, const QJsonObject& result) {
    const QString host = json::text(result, u"host");
    section.blocks.append(heading(oneLine(host.isEmpty() ? tr("Mail server") : host, 255), 3));
    QString address = json::text(result, u"address");
    if (const QString port = json::text(result, u"port"); !port.isEmpty() && !address.isEmpty())
        address += u" "_s + tr("port %1").arg(port);
    if (const QString end = json::text(result, u"end_text"); !end.isEmpty())
        address += u" — "_s + end;
    const QJsonObject tls = json::object(result, u"starttls");
    QString expiry;
    if (const qint64 days = json::integer(tls, u"expires_days", LLONG_MIN); days != LLONG_MIN)
        expiry = days < 0 ? tr("expired %1 days ago").arg(-days) : tr("in %1 days").arg(days);
    QList<QList<RichText>> rows{
        row(tr("Address"), address),
        row(tr("Banner"), RichText{words::code(oneLine(replyText(result.value(u"banner")), 1000))}),
        row(tr("EHLO extensions"), oneLine(capabilities(result.value(u"ehlo")).join(u", "_s), 2000)),
        row(tr("STARTTLS offered"), yesNo(tls, u"offered")),
    };
    if (!tls.isEmpty()) {
        QString protocol =
            QStringList{json::text(tls, u"protocol"), json::text(tls, u"cipher")}.join(u"  "_s).trimmed();
        if (protocol.isEmpty())
            protocol = json::text(tls, u"error");
        rows.append(row(tr("TLS"), oneLine(protocol, 300)));
        QJsonObject certificate = tls;
        if (!json::has(tls, u"subject") && !json::objects(tls, u"chain_sent").isEmpty())
            certificate = json::objects(tls, u"chain_sent").first();
        if (const QString subject = json::text(certificate, u"subject"); !subject.isEmpty())
            rows.append(
                row(tr("Certificate"),
                    subject
                        + (json::text(certificate, u"issuer").isEmpty()
                               ? QString()
                               : u" — "_s + tr("issued by %1").arg(json::text(certificate, u"issuer")))));
        rows.append(row(tr("Name matches"), yesNo(tls, u"name_match")));
        rows.append(row(tr("Expires"), expiry));
        rows.append(row(tr("Verification"), tlsVerdict(tls)));
    }
    // DANE (RFC 7672): the host's validated TLSA records, when it publishes any.
    if (const QJsonObject dane = json::object(result, u"dane"); !json::strings(dane, u"tlsa").isEmpty()) {
        const QJsonValue matched = dane.value(u"matched");
        const QString verdict = json::has(dane, u"bogus") && dane.value(u"bogus").toBool()
                                    ? tr("DNSSEC bogus")
                                : !dane.value(u"validated").toBool() ? tr("not DNSSEC-validated: not checked")
                                : matched.isBool() ? (matched.toBool() ? tr("matches") : tr("does not match"))
                                                   : tr("not checked");
        rows.append(row(tr("DANE (TLSA)"),
                        oneLine(json::strings(dane, u"tlsa").join(u", "_s), 1000) + u" — "_s + verdict));
    }
    section.blocks.append(keyValues(rows));
}

} // namespace

QString yesNo(const QJsonObject& object, QStringView key) {
    const QJsonValue value = object.value(key);
    if (!value.isBool())
        return {};
    return value.toBool() ? tr("yes") : tr("no");
}

QList<QJsonObject> smtpServers(const QJsonObject& result) {
    QList<QJsonObject> hosts = json::objects(result, u"hosts");
    if (hosts.isEmpty() && !result.isEmpty())
        hosts.append(result);
    return hosts;
}

QString transcriptText(const QJsonObject& server) {
    const QJsonValue transcript = server.value(u"transcript");
    if (transcript.isString())
        return transcript.toString();
    if (transcript.isArray())
        return json::strings(server, u"transcript").join(u'\n');
    const QJsonObject object = transcript.toObject();
    QString out;
    for (const QJsonObject& entry : json::objects(object, u"entries")) {
        const QString ms = json::text(entry, u"ms");
        out += (ms.isEmpty() ? QString() : u"["_s + ms.rightJustified(6) + u" ms] "_s)
               + json::text(entry, u"dir") + u' ' + json::text(entry, u"text") + u'\n';
    }
    if (const qint64 dropped = json::integer(object, u"dropped", 0); dropped > 0)
        out += words::tr("[%1 more entries were not kept]").arg(dropped) + u'\n';
    return out;
}

Section smtp(const QJsonObject& session) {
    Section section;
    section.id = u"smtp"_s;
    section.title = tr("SMTP and TLS");
    QList<QJsonObject> found;
    for (const QJsonObject& check : checks(session)) {
        const QJsonObject result = json::object(check, u"result");
        const QString id = json::text(check, u"id");
        if (id == u"smtp" || id.startsWith(u"smtp") || json::has(result, u"banner")
            || json::has(result, u"starttls") || (id.contains(u"smtp") && json::has(result, u"hosts"))
            || json::text(check, u"title")
                   .startsWith(u"SMTP")) // a probe that could not run has no result keys
            found.append(check);
    }
    if (found.isEmpty()) {
        section.blocks.append(paragraph(tr("No mail server was probed in this run.")));
        return section;
    }
    for (const QJsonObject& check : found) {
        const QJsonObject result = json::object(check, u"result");
        if (json::checkState(check) != diagnosis::CheckState::Done) {
            section.blocks.append(
                heading(oneLine(json::text(check, u"title").isEmpty() ? tr("Mail server")
                                                                      : json::text(check, u"title"),
                                255),
                        3));
            section.blocks.append(notDoneCallout(check, tr("The server's state is not known.")));
        }
        for (const QJsonObject& server : smtpServers(result))
            appendServer(section, server);
    }
    return section;
}

} // namespace rebound::report::sections
