#include "core/postmaster/postmasterjson.h"

#include "core/postmaster/postmasterfindings.h"
#include "core/util/jsonutil.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace rebound::postmaster {
namespace {

QJsonValue rateJson(const std::optional<double>& rate) {
    return rate ? QJsonValue(*rate) : QJsonValue(QJsonValue::Null);
}

std::optional<double> rateFrom(const QJsonValue& value) {
    if (!value.isDouble() || value.toDouble() < 0 || value.toDouble() > 1)
        return std::nullopt;
    return value.toDouble();
}

QJsonValue textOrNull(const QString& text) {
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString rateText(const std::optional<double>& rate) {
    return rate ? percentText(*rate) : u"unknown"_s;
}

} // namespace

QJsonObject toJson(const DomainStats& stats) {
    QJsonArray daily;
    for (const DailyRate& d : stats.spamDaily)
        daily.append(QJsonObject{{u"date"_s, d.date.toString(Qt::ISODate)}, {u"rate"_s, d.rate}});
    QJsonArray compliance;
    QJsonArray needsWork;
    for (const ComplianceRow& row : stats.compliance) {
        compliance.append(QJsonObject{{u"requirement"_s, requirementName(row.requirement)},
                                      {u"status"_s, complianceStateName(row.state)}});
        if (row.state == ComplianceState::NeedsWork)
            needsWork.append(requirementName(row.requirement));
    }
    QJsonArray findings;
    for (const Finding& f : stats.findings)
        findings.append(rebound::toJson(f));
    return {{u"domain"_s, stats.domain},
            {u"stats_date"_s, stats.statsDate.isValid() ? QJsonValue(stats.statsDate.toString(Qt::ISODate))
                                                        : QJsonValue(QJsonValue::Null)},
            {u"spam_rate"_s, rateJson(stats.spamRate)},
            {u"spam_rate_text"_s,
             stats.spamRate ? QJsonValue(percentText(*stats.spamRate)) : QJsonValue(QJsonValue::Null)},
            {u"spam_rate_level"_s, spamRateLevel(stats)},
            {u"spf_rate"_s, rateJson(stats.spfRate)},
            {u"dkim_rate"_s, rateJson(stats.dkimRate)},
            {u"dmarc_rate"_s, rateJson(stats.dmarcRate)},
            {u"tls_rate"_s, rateJson(stats.tlsRate)},
            {u"delivery_error_rate"_s, rateJson(stats.deliveryErrorRate)},
            {u"spam_daily"_s, daily},
            {u"compliance"_s, stats.complianceKnown ? QJsonValue(compliance) : QJsonValue(QJsonValue::Null)},
            {u"needs_work"_s, needsWork},
            {u"findings"_s, findings},
            {u"fetched_at"_s, stats.fetchedAtUtc.isValid()
                                  ? QJsonValue(stats.fetchedAtUtc.toString(Qt::ISODate))
                                  : QJsonValue(QJsonValue::Null)},
            {u"from_cache"_s, stats.fromCache},
            {u"error"_s, textOrNull(stats.error)},
            {u"error_kind"_s, textOrNull(stats.errorKind)}};
}

std::optional<DomainStats> domainFromJson(const QJsonObject& json) {
    DomainStats stats;
    stats.domain = json.value(u"domain").toString().left(255);
    if (stats.domain.isEmpty())
        return std::nullopt;
    stats.statsDate = QDate::fromString(json.value(u"stats_date").toString(), Qt::ISODate);
    stats.spamRate = rateFrom(json.value(u"spam_rate"));
    stats.spfRate = rateFrom(json.value(u"spf_rate"));
    stats.dkimRate = rateFrom(json.value(u"dkim_rate"));
    stats.dmarcRate = rateFrom(json.value(u"dmarc_rate"));
    stats.tlsRate = rateFrom(json.value(u"tls_rate"));
    stats.deliveryErrorRate = rateFrom(json.value(u"delivery_error_rate"));
    for (const QJsonValue& v : json.value(u"spam_daily").toArray()) {
        const QDate date = QDate::fromString(v[u"date"].toString(), Qt::ISODate);
        if (const auto rate = rateFrom(v[u"rate"]); date.isValid() && rate)
            stats.spamDaily.append({date, *rate});
    }
    stats.complianceKnown = json.value(u"compliance").isArray();
    for (const QJsonValue& v : json.value(u"compliance").toArray()) {
        const QString status = v[u"status"].toString();
        stats.compliance.append({v[u"requirement"].toString().toUpper().left(64),
                                 status == u"compliant"    ? ComplianceState::Compliant
                                 : status == u"needs_work" ? ComplianceState::NeedsWork
                                                           : ComplianceState::Unknown});
    }
    stats.fetchedAtUtc = QDateTime::fromString(json.value(u"fetched_at").toString(), Qt::ISODate);
    if (!stats.hasData() || !stats.fetchedAtUtc.isValid())
        return std::nullopt;
    evaluateFindings(&stats);
    return stats;
}

QJsonObject toJson(const PostmasterData& data) {
    QJsonArray domains;
    for (const DomainStats& d : data.domains)
        domains.append(toJson(d));
    return {{u"domains"_s, domains},
            {u"error"_s, textOrNull(data.error)},
            {u"error_kind"_s, textOrNull(data.errorKind)}};
}

QString toText(const PostmasterData& data) {
    QString out;
    if (!data.error.isEmpty())
        out += u"error: "_s + util::escapeControls(data.error) + u'\n';
    for (const DomainStats& d : data.domains) {
        out += util::escapeControls(d.domain) + u'\n';
        if (!d.error.isEmpty())
            out += u"  could not check: "_s + util::escapeControls(d.error) + u'\n';
        if (!d.hasData())
            continue;
        out += u"  data of %1%2\n"_s.arg(d.statsDate.isValid() ? d.statsDate.toString(Qt::ISODate)
                                                               : u"unknown"_s,
                                         d.fromCache ? u" (from the cache)"_s : QString());
        out += u"  user-reported spam rate %1 (%2)\n"_s.arg(rateText(d.spamRate), spamRateLevel(d));
        out += u"  SPF %1, DKIM %2, DMARC %3, TLS %4, delivery errors %5\n"_s.arg(
            rateText(d.spfRate), rateText(d.dkimRate), rateText(d.dmarcRate), rateText(d.tlsRate),
            rateText(d.deliveryErrorRate));
        for (const ComplianceRow& row : d.compliance)
            out += u"  compliance %1: %2\n"_s.arg(util::escapeControls(requirementName(row.requirement)),
                                                  complianceStateName(row.state));
        for (const Finding& f : d.findings)
            out += u"  [%1] %2\n"_s.arg(severityName(f.severity), util::escapeControls(f.title));
    }
    return out;
}

} // namespace rebound::postmaster
