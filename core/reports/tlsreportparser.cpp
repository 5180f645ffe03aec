#include "core/reports/tlsreportparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rebound::reports {
namespace {

QDateTime parseDateTime(const QJsonValue& value) {
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODate);
    if (time.isValid())
        time = time.toUTC();
    return time;
}

qint64 sessionCount(const QJsonValue& value) {
    return value.isDouble() ? qMax<qint64>(0, value.toInteger()) : value.toString().toLongLong();
}

QStringList stringList(const QJsonValue& value) {
    QStringList list;
    if (value.isString())
        list.append(value.toString());
    for (const QJsonValue& item : value.toArray())
        list.append(item.toString());
    return list;
}

TlsFailureDetail readFailure(const QJsonObject& o) {
    TlsFailureDetail d;
    d.resultType = o.value(u"result-type").toString().trimmed().toLower();
    d.sendingMtaIp = o.value(u"sending-mta-ip").toString();
    d.receivingMxHostname = o.value(u"receiving-mx-hostname").toString();
    d.receivingMxHelo = o.value(u"receiving-mx-helo").toString();
    d.receivingIp = o.value(u"receiving-ip").toString();
    d.failureReasonCode = o.value(u"failure-reason-code").toString();
    d.additionalInformation = o.value(u"additional-information").toString();
    d.failedSessionCount = sessionCount(o.value(u"failed-session-count"));
    return d;
}

} // namespace

std::optional<TlsReport> parseTlsReport(QByteArrayView bytes, QString* error) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = u"not valid JSON at byte %1: %2"_s.arg(parseError.offset).arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (!root.contains(u"policies") || !root.value(u"policies").isArray()) {
        *error = u"not an SMTP TLS report (RFC 8460): the JSON has no \"policies\" array"_s;
        return std::nullopt;
    }
    TlsReport report;
    report.organization = root.value(u"organization-name").toString();
    report.contactInfo = root.value(u"contact-info").toString();
    report.reportId = root.value(u"report-id").toString();
    const QJsonObject range = root.value(u"date-range").toObject();
    report.begin = parseDateTime(range.value(u"start-datetime"));
    report.end = parseDateTime(range.value(u"end-datetime"));
    const QJsonArray policies = root.value(u"policies").toArray();
    if (policies.size() > kMaxTlsPolicies) {
        *error = u"the report lists %1 policies, more than the %2 read"_s.arg(policies.size())
                     .arg(kMaxTlsPolicies);
        return std::nullopt;
    }
    int details = 0;
    for (const QJsonValue& value : policies) {
        const QJsonObject o = value.toObject();
        const QJsonObject policy = o.value(u"policy").toObject();
        TlsPolicy p;
        p.policyType = policy.value(u"policy-type").toString().trimmed().toLower();
        p.policyDomain = policy.value(u"policy-domain").toString().trimmed().toLower();
        p.policyString = stringList(policy.value(u"policy-string"));
        p.mxHosts = stringList(policy.value(u"mx-host"));
        const QJsonObject summary = o.value(u"summary").toObject();
        p.successfulSessions = sessionCount(summary.value(u"total-successful-session-count"));
        p.failedSessions = sessionCount(summary.value(u"total-failure-session-count"));
        for (const QJsonValue& failure : o.value(u"failure-details").toArray()) {
            if (++details > kMaxTlsFailureDetails) {
                *error = u"the report lists more than %1 failure details"_s.arg(kMaxTlsFailureDetails);
                return std::nullopt;
            }
            p.failureDetails.append(readFailure(failure.toObject()));
        }
        report.policies.append(std::move(p));
    }
    return report;
}

} // namespace rebound::reports
