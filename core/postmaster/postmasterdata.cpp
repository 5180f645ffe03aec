#include "core/postmaster/postmasterdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rebound::postmaster {
namespace {

constexpr int MaxRows = 5000;     // domains, compliance rows or statistics in one answer
constexpr int MaxTextChars = 256; // an enum or a name from the API

ParseOutcome formatError(const QString& text) {
    return {false, u"format"_s, text};
}

// The body as a JSON object, or why it is not one.
std::optional<QJsonObject> objectOf(const QByteArray& body, ParseOutcome* outcome) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        *outcome = formatError(u"the answer is not a JSON object (the API's format changed?)"_s);
        return std::nullopt;
    }
    return doc.object();
}

// An array field: absent is empty; present and not an array is a changed format.
std::optional<QJsonArray> arrayField(const QJsonObject& object, const QString& key, ParseOutcome* outcome) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return QJsonArray();
    if (!value.isArray() || value.toArray().size() > MaxRows) {
        *outcome = formatError(u"'%1' is not a list of at most %2 entries"_s.arg(key).arg(MaxRows));
        return std::nullopt;
    }
    return value.toArray();
}

QString boundedText(const QJsonValue& value) {
    return value.toString().left(MaxTextChars);
}

// A paged list answer: its list field and its nextPageToken, or why it is not one.
std::optional<QJsonArray> pageOf(const QByteArray& body, const QString& key, QString* nextPageToken,
                                 ParseOutcome* outcome) {
    const auto object = objectOf(body, outcome);
    if (!object)
        return std::nullopt;
    *nextPageToken = boundedText(object->value(u"nextPageToken"));
    return arrayField(*object, key, outcome);
}

// A Date {"year", "month", "day"}; invalid when a part is missing.
QDate dateOf(const QJsonObject& date) {
    return QDate(date.value(u"year").toInt(), date.value(u"month").toInt(), date.value(u"day").toInt());
}

QJsonObject dateJson(const QDate& date) {
    return {{u"year"_s, date.year()}, {u"month"_s, date.month()}, {u"day"_s, date.day()}};
}

// A StatisticValue as a number: doubleValue, floatValue or intValue (an int64 in a string).
std::optional<double> numberOf(const QJsonObject& value) {
    for (const char* key : {"doubleValue", "floatValue"}) {
        const QJsonValue v = value.value(QLatin1String(key));
        if (v.isDouble())
            return v.toDouble();
    }
    const QJsonValue i = value.value(u"intValue");
    bool ok = false;
    const double parsed = i.isString() ? i.toString().toDouble(&ok) : i.toDouble();
    if (ok || i.isDouble())
        return parsed;
    return std::nullopt;
}

struct MetricSlot {
    const char* name;
    const char* standardMetric;
    const char* filter;
    std::optional<double> DomainStats::*field;
};

const MetricSlot kMetrics[] = {
    {SpamRateMetric, "SPAM_RATE", nullptr, &DomainStats::spamRate},
    {"spf_rate", "AUTH_SUCCESS_RATE", "auth_type = \"spf\"", &DomainStats::spfRate},
    {"dkim_rate", "AUTH_SUCCESS_RATE", "auth_type = \"dkim\"", &DomainStats::dkimRate},
    {"dmarc_rate", "AUTH_SUCCESS_RATE", "auth_type = \"dmarc\"", &DomainStats::dmarcRate},
    {"tls_rate", "TLS_ENCRYPTION_RATE", "traffic_direction = \"inbound\"", &DomainStats::tlsRate},
    {"delivery_error_rate", "DELIVERY_ERROR_RATE", nullptr, &DomainStats::deliveryErrorRate},
};

} // namespace

QByteArray statsQueryBody(const QDate& start, const QDate& end) {
    QJsonArray definitions;
    for (const MetricSlot& slot : kMetrics) {
        QJsonObject definition{
            {u"name"_s, QLatin1String(slot.name)},
            {u"baseMetric"_s, QJsonObject{{u"standardMetric"_s, QLatin1String(slot.standardMetric)}}}};
        if (slot.filter)
            definition.insert(u"filter"_s, QLatin1String(slot.filter));
        definitions.append(definition);
    }
    const QJsonObject range{{u"start"_s, dateJson(start)}, {u"end"_s, dateJson(end)}};
    const QJsonObject body{
        {u"metricDefinitions"_s, definitions},
        {u"timeQuery"_s, QJsonObject{{u"dateRanges"_s, QJsonObject{{u"dateRanges"_s, QJsonArray{range}}}}}},
        {u"pageSize"_s, 200},
        {u"aggregationGranularity"_s, u"DAILY"_s}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

ParseOutcome parseDomainList(const QByteArray& body, QStringList* domains, QString* nextPageToken) {
    ParseOutcome outcome;
    const auto list = pageOf(body, u"domains"_s, nextPageToken, &outcome);
    if (!list)
        return outcome;
    for (const QJsonValue& v : *list) {
        const QString name = boundedText(v.toObject().value(u"name"));
        if (!name.startsWith(u"domains/"))
            return formatError(u"a domain's name is not 'domains/...'"_s);
        if (v.toObject().value(u"permission").toString() == u"NONE")
            continue; // listed, but nothing can be read for it
        domains->append(name.mid(8).toLower());
    }
    return outcome;
}

ParseOutcome parseComplianceStatus(const QByteArray& body, DomainStats* stats) {
    ParseOutcome outcome;
    const auto object = objectOf(body, &outcome);
    if (!object)
        return outcome;
    // The subdomain's own data when the API computed it, else the registrable domain's.
    QJsonValue data = object->value(u"subdomainComplianceData");
    if (!data.isObject())
        data = object->value(u"complianceData");
    if (data.isUndefined() || data.isNull())
        return outcome; // no compliance data: unknown
    if (!data.isObject())
        return formatError(u"'complianceData' is not an object"_s);
    const auto rows = arrayField(data.toObject(), u"rowData"_s, &outcome);
    if (!rows)
        return outcome;
    for (const QJsonValue& v : *rows) {
        if (!v.isObject())
            return formatError(u"a compliance row is not an object"_s);
        ComplianceRow row;
        row.requirement = boundedText(v.toObject().value(u"requirement"));
        const QJsonValue status = v.toObject().value(u"status");
        // ComplianceStatus is an object {"status": ...}; a bare string is read too.
        const QString state =
            status.isObject() ? status.toObject().value(u"status").toString() : status.toString();
        row.state = state == u"COMPLIANT"    ? ComplianceState::Compliant
                    : state == u"NEEDS_WORK" ? ComplianceState::NeedsWork
                                             : ComplianceState::Unknown;
        if (row.requirement.isEmpty())
            continue;
        stats->compliance.append(row);
    }
    stats->complianceKnown = !stats->compliance.isEmpty();
    return outcome;
}

ParseOutcome parseDomainStats(const QByteArray& body, DomainStats* stats, QString* nextPageToken) {
    ParseOutcome outcome;
    const auto list = pageOf(body, u"domainStats"_s, nextPageToken, &outcome);
    if (!list)
        return outcome;
    QHash<QString, QDate> latest; // per metric: the day its value is from
    for (const QJsonValue& v : *list) {
        if (!v.isObject())
            return formatError(u"a statistic is not an object"_s);
        const QJsonObject stat = v.toObject();
        const QString metric = boundedText(stat.value(u"metric"));
        const auto slot = std::find_if(std::begin(kMetrics), std::end(kMetrics),
                                       [&](const MetricSlot& s) { return metric == QLatin1String(s.name); });
        if (slot == std::end(kMetrics))
            continue; // a metric Rebound did not ask for
        const QDate date = dateOf(stat.value(u"date").toObject());
        const auto value = numberOf(stat.value(u"value").toObject());
        if (!date.isValid() || !value)
            continue; // missing fields: unknown, never 0
        if (*value < 0 || *value > 1)
            return formatError(u"the rate '%1' is outside 0..1 (the API's format changed?)"_s.arg(metric));
        if (metric == QLatin1String(SpamRateMetric))
            stats->spamDaily.append({date, *value});
        if (!latest.contains(metric) || latest.value(metric) < date) {
            latest.insert(metric, date);
            stats->*(slot->field) = *value;
        }
        if (!stats->statsDate.isValid() || stats->statsDate < date)
            stats->statsDate = date;
    }
    std::sort(stats->spamDaily.begin(), stats->spamDaily.end(),
              [](const DailyRate& a, const DailyRate& b) { return a.date < b.date; });
    return outcome;
}

QString complianceStateName(ComplianceState state) {
    switch (state) {
    case ComplianceState::Compliant:
        return u"compliant"_s;
    case ComplianceState::NeedsWork:
        return u"needs_work"_s;
    case ComplianceState::Unknown:
        break;
    }
    return u"unknown"_s;
}

QString requirementName(const QString& requirement) {
    QString name;
    for (const QChar c : requirement) {
        if (c.isLetterOrNumber() || c == u'_')
            name += c.toLower();
    }
    return name.left(64);
}

} // namespace rebound::postmaster
