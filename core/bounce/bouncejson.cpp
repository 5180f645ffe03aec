#include "core/bounce/bouncejson.h"

#include "core/util/jsonwriter.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace rebound::bounce {

namespace {

constexpr qsizetype kMaxEvidenceText = 500;

// Members are written in QJsonObject's order: sorted by name.

void writeOriginal(util::JsonWriter& json, const OriginalHeaders& o) {
    json.beginObject();
    json.key("authentication_results").strings(o.authenticationResults);
    json.key("dkim_domain").stringOrNull(o.dkimDomain);
    json.key("dkim_selector").stringOrNull(o.dkimSelector);
    json.key("from").stringOrNull(o.from);
    json.key("message_id").stringOrNull(o.messageId);
    json.key("received").strings(o.received);
    json.key("subject").stringOrNull(o.subject);
    json.key("to").stringOrNull(o.to);
    json.endObject();
}

void writeEvidence(util::JsonWriter& json, const EvidenceSpan& span, const QString& text,
                   qsizetype textBase) {
    const qsizetype offset = qBound<qsizetype>(0, span.offset - textBase, text.size());
    const qsizetype length = qBound<qsizetype>(0, span.length, text.size() - offset);
    json.beginObject();
    json.key("length").integer(length);
    json.key("offset").integer(textBase + offset);
    json.key("text").string(QStringView(text).sliced(offset, qMin(length, kMaxEvidenceText)));
    json.key("what").string(span.what);
    json.endObject();
}

} // namespace

void writeJson(util::JsonWriter& json, const BounceRecipient& r, const QString& text, qsizetype textBase) {
    json.beginObject();
    json.key("action").stringOrNull(r.action);
    json.key("blocklists").strings(r.blocklists);
    json.key("command").stringOrNull(r.command);
    json.key("diagnostic").string(r.diagnostic);
    json.key("diagnostic_type").stringOrNull(r.diagnosticType);
    json.key("evidence").beginArray();
    for (const EvidenceSpan& span : r.evidence)
        writeEvidence(json, span, text, textBase);
    json.endArray();
    json.key("feedback_type").stringOrNull(r.feedbackType);
    json.key("hard_bounce").boolean(r.hardBounce);
    json.key("message_index").integer(r.messageIndex);
    json.key("original_recipient").stringOrNull(r.originalRecipient);
    json.key("provider").stringOrNull(r.provider);
    json.key("provider_code").stringOrNull(r.providerCode);
    json.key("provider_code_meaning").stringOrNull(r.providerCodeMeaning);
    json.key("reason").string(r.reason);
    json.key("recipient").stringOrNull(r.recipient);
    json.key("remote_ip").stringOrNull(r.remoteIp);
    json.key("remote_mta").stringOrNull(r.remoteMta);
    if (r.replyCode > 0)
        json.key("reply_code").integer(r.replyCode);
    else
        json.key("reply_code").null();
    json.key("reporting_mta").stringOrNull(r.reportingMta);
    json.key("sender_ip").stringOrNull(r.senderIp);
    json.key("status").stringOrNull(r.status);
    json.endObject();
}

void writeJson(util::JsonWriter& json, const BounceAnalysis& a, const QString& file) {
    json.beginObject();
    json.key("bounce_from").stringOrNull(a.bounceFrom);
    json.key("bounce_subject").stringOrNull(a.bounceSubject);
    json.key("bounce_to").stringOrNull(a.bounceTo);
    json.key("error").stringOrNull(a.error);
    if (!file.isEmpty())
        json.key("file").string(file);
    json.key("kind").string(inputKindName(a.kind));
    json.key("message_count").integer(a.messageCount);
    if (a.original.present)
        writeOriginal(json.key("original"), a.original);
    else
        json.key("original").null();
    json.key("recipients").beginArray();
    for (const BounceRecipient& r : a.recipients)
        writeJson(json, r, a.text);
    json.endArray();
    json.key("schema").string(u"rebound.bounce");
    json.key("version").integer(kBounceJsonVersion);
    json.key("warnings").strings(a.warnings);
    json.endObject();
}

QByteArray toJsonBytes(const BounceAnalysis& analysis, bool compact, const QString& file) {
    QByteArray bytes;
    util::JsonWriter json(bytes, compact);
    writeJson(json, analysis, file);
    if (!compact)
        bytes += '\n';
    return bytes;
}

QJsonObject toJson(const BounceAnalysis& analysis) {
    return QJsonDocument::fromJson(toJsonBytes(analysis, true)).object();
}

} // namespace rebound::bounce
