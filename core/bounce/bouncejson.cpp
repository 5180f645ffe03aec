#include "core/bounce/bouncejson.h"

#include "core/util/jsonutil.h"

#include <QJsonArray>

namespace rebound::bounce {

namespace {

constexpr qsizetype kMaxEvidenceText = 500;

QJsonValue stringOrNull(const QString& value) {
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonObject originalJson(const OriginalHeaders& o) {
    return {
        {u"from"_qs, stringOrNull(o.from)},
        {u"to"_qs, stringOrNull(o.to)},
        {u"subject"_qs, stringOrNull(o.subject)},
        {u"message_id"_qs, stringOrNull(o.messageId)},
        {u"dkim_domain"_qs, stringOrNull(o.dkimDomain)},
        {u"dkim_selector"_qs, stringOrNull(o.dkimSelector)},
        {u"authentication_results"_qs, util::toJsonArray(o.authenticationResults)},
        {u"received"_qs, util::toJsonArray(o.received)},
    };
}

} // namespace

QJsonObject toJson(const BounceRecipient& r, const QString& text, qsizetype textBase) {
    QJsonArray evidence;
    for (const EvidenceSpan& span : r.evidence) {
        const qsizetype offset = qBound<qsizetype>(0, span.offset - textBase, text.size());
        const qsizetype length = qBound<qsizetype>(0, span.length, text.size() - offset);
        evidence.append(QJsonObject{
            {u"what"_qs, span.what},
            {u"offset"_qs, double(textBase + offset)},
            {u"length"_qs, double(length)},
            {u"text"_qs, text.mid(offset, qMin(length, kMaxEvidenceText))},
        });
    }
    return {
        {u"recipient"_qs, stringOrNull(r.recipient)},
        {u"original_recipient"_qs, stringOrNull(r.originalRecipient)},
        {u"action"_qs, stringOrNull(r.action)},
        {u"reply_code"_qs, r.replyCode > 0 ? QJsonValue(r.replyCode) : QJsonValue(QJsonValue::Null)},
        {u"status"_qs, stringOrNull(r.status)},
        {u"reason"_qs, r.reason},
        {u"hard_bounce"_qs, r.hardBounce},
        {u"sender_ip"_qs, stringOrNull(r.senderIp)},
        {u"remote_mta"_qs, stringOrNull(r.remoteMta)},
        {u"remote_ip"_qs, stringOrNull(r.remoteIp)},
        {u"reporting_mta"_qs, stringOrNull(r.reportingMta)},
        {u"command"_qs, stringOrNull(r.command)},
        {u"blocklists"_qs, util::toJsonArray(r.blocklists)},
        {u"provider"_qs, stringOrNull(r.provider)},
        {u"provider_code"_qs, stringOrNull(r.providerCode)},
        {u"provider_code_meaning"_qs, stringOrNull(r.providerCodeMeaning)},
        {u"diagnostic"_qs, r.diagnostic},
        {u"diagnostic_type"_qs, stringOrNull(r.diagnosticType)},
        {u"feedback_type"_qs, stringOrNull(r.feedbackType)},
        {u"message_index"_qs, r.messageIndex},
        {u"evidence"_qs, evidence},
    };
}

QJsonObject toJson(const BounceAnalysis& a) {
    QJsonArray recipients;
    for (const BounceRecipient& r : a.recipients)
        recipients.append(toJson(r, a.text));
    return {
        {u"schema"_qs, u"rebound.bounce"_qs},
        {u"version"_qs, kBounceJsonVersion},
        {u"kind"_qs, inputKindName(a.kind)},
        {u"message_count"_qs, a.messageCount},
        {u"error"_qs, stringOrNull(a.error)},
        {u"warnings"_qs, util::toJsonArray(a.warnings)},
        {u"bounce_from"_qs, stringOrNull(a.bounceFrom)},
        {u"bounce_subject"_qs, stringOrNull(a.bounceSubject)},
        {u"bounce_to"_qs, stringOrNull(a.bounceTo)},
        {u"original"_qs,
         a.original.present ? QJsonValue(originalJson(a.original)) : QJsonValue(QJsonValue::Null)},
        {u"recipients"_qs, recipients},
    };
}

} // namespace rebound::bounce
