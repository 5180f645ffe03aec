#include "core/bounce/bouncejson.h"

#include "core/util/jsonutil.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace rebound::bounce {

namespace {

constexpr qsizetype kMaxEvidenceText = 500;

QJsonValue stringOrNull(const QString& value) {
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonObject originalJson(const OriginalHeaders& o) {
    return {
        {u"from"_s, stringOrNull(o.from)},
        {u"to"_s, stringOrNull(o.to)},
        {u"subject"_s, stringOrNull(o.subject)},
        {u"message_id"_s, stringOrNull(o.messageId)},
        {u"dkim_domain"_s, stringOrNull(o.dkimDomain)},
        {u"dkim_selector"_s, stringOrNull(o.dkimSelector)},
        {u"authentication_results"_s, util::toJsonArray(o.authenticationResults)},
        {u"received"_s, util::toJsonArray(o.received)},
    };
}

} // namespace

QJsonObject toJson(const BounceRecipient& r, const QString& text, qsizetype textBase) {
    QJsonArray evidence;
    for (const EvidenceSpan& span : r.evidence) {
        const qsizetype offset = qBound<qsizetype>(0, span.offset - textBase, text.size());
        const qsizetype length = qBound<qsizetype>(0, span.length, text.size() - offset);
        evidence.append(QJsonObject{
            {u"what"_s, span.what},
            {u"offset"_s, double(textBase + offset)},
            {u"length"_s, double(length)},
            {u"text"_s, text.mid(offset, qMin(length, kMaxEvidenceText))},
        });
    }
    return {
        {u"recipient"_s, stringOrNull(r.recipient)},
        {u"original_recipient"_s, stringOrNull(r.originalRecipient)},
        {u"action"_s, stringOrNull(r.action)},
        {u"reply_code"_s, r.replyCode > 0 ? QJsonValue(r.replyCode) : QJsonValue(QJsonValue::Null)},
        {u"status"_s, stringOrNull(r.status)},
        {u"reason"_s, r.reason},
        {u"hard_bounce"_s, r.hardBounce},
        {u"sender_ip"_s, stringOrNull(r.senderIp)},
        {u"remote_mta"_s, stringOrNull(r.remoteMta)},
        {u"remote_ip"_s, stringOrNull(r.remoteIp)},
        {u"reporting_mta"_s, stringOrNull(r.reportingMta)},
        {u"command"_s, stringOrNull(r.command)},
        {u"blocklists"_s, util::toJsonArray(r.blocklists)},
        {u"provider"_s, stringOrNull(r.provider)},
        {u"provider_code"_s, stringOrNull(r.providerCode)},
        {u"provider_code_meaning"_s, stringOrNull(r.providerCodeMeaning)},
        {u"diagnostic"_s, r.diagnostic},
        {u"diagnostic_type"_s, stringOrNull(r.diagnosticType)},
        {u"feedback_type"_s, stringOrNull(r.feedbackType)},
        {u"message_index"_s, r.messageIndex},
        {u"evidence"_s, evidence},
    };
}

QJsonObject toJson(const BounceAnalysis& a) {
    QJsonArray recipients;
    for (const BounceRecipient& r : a.recipients)
        recipients.append(toJson(r, a.text));
    return {
        {u"schema"_s, u"rebound.bounce"_s},
        {u"version"_s, kBounceJsonVersion},
        {u"kind"_s, inputKindName(a.kind)},
        {u"message_count"_s, a.messageCount},
        {u"error"_s, stringOrNull(a.error)},
        {u"warnings"_s, util::toJsonArray(a.warnings)},
        {u"bounce_from"_s, stringOrNull(a.bounceFrom)},
        {u"bounce_subject"_s, stringOrNull(a.bounceSubject)},
        {u"bounce_to"_s, stringOrNull(a.bounceTo)},
        {u"original"_s,
         a.original.present ? QJsonValue(originalJson(a.original)) : QJsonValue(QJsonValue::Null)},
        {u"recipients"_s, recipients},
    };
}

} // namespace rebound::bounce
