#include "core/smtp/mailboxjson.h"

#include "core/smtp/smtpjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace rebound::smtp {
namespace {

QJsonValue reply(const std::optional<SmtpReply>& r) {
    return r ? QJsonValue(toJson(*r)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject toJson(const MailboxProbeResult& r) {
    QJsonArray findings;
    for (const Finding& f : r.findings)
        findings.append(rebound::toJson(f));
    QJsonValue provider(QJsonValue::Null);
    if (r.provider)
        provider = QJsonObject{
            {u"id"_s, r.provider->id}, {u"name"_s, r.provider->name}, {u"source"_s, r.provider->source}};
    const bool probed = r.verdict != MailboxVerdict::RateLimited;
    return {{u"address"_s, r.address},
            {u"domain"_s, r.domain},
            {u"sender"_s, r.sender},
            {u"verdict"_s, mailboxVerdictName(r.verdict)},
            {u"mx_host"_s, r.mxHost},
            {u"random_address"_s, r.randomAddress},
            {u"mail"_s, reply(r.mailReply)},
            {u"rcpt"_s, reply(r.rcptReply)},
            {u"random_rcpt"_s, reply(r.randomReply)},
            {u"provider"_s, provider},
            {u"retry_after_seconds"_s, double(r.retryAfterSeconds)},
            {u"smtp"_s, probed ? QJsonValue(toJson(r.smtp)) : QJsonValue(QJsonValue::Null)},
            {u"findings"_s, findings}};
}

QString toText(const MailboxProbeResult& r) {
    QString text = QStringLiteral("%1: %2\n").arg(r.address, mailboxVerdictName(r.verdict));
    for (const Finding& f : r.findings)
        text += QStringLiteral("  [%1] %2\n  %3\n").arg(severityName(f.severity), f.title, f.detail);
    for (const SmtpHostResult& host : r.smtp.hosts) {
        for (const SmtpProbeResult& p : host.probes)
            text += u'\n' + p.transcript.toText();
    }
    return text;
}

} // namespace rebound::smtp
