#include "core/dns/querylog.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rebound::dns {
namespace {

QString bounded(const QString& text, qsizetype maxChars) {
    return text.size() <= maxChars ? text : text.left(maxChars) + u"…"_s;
}

std::optional<quint32> ttlOf(const DnsResult& result) {
    if (result.outcome == Outcome::NoData || result.outcome == Outcome::NxDomain)
        return result.negativeTtl();
    const QList<DnsRecord> records = result.records();
    if (records.isEmpty())
        return std::nullopt;
    quint32 lowest = records.first().ttl;
    for (const DnsRecord& record : records)
        lowest = std::min(lowest, record.ttl);
    return lowest;
}

QJsonObject entryJson(const QueryLogEntry& e) {
    QJsonObject q{{u"ended_utc"_s, e.endedUtc.toString(Qt::ISODateWithMs)},
                  {u"name"_s, e.name},
                  {u"type"_s, recordTypeName(e.type)},
                  {u"server"_s, e.server},
                  {u"outcome"_s, outcomeName(e.outcome)},
                  {u"data"_s, QJsonArray::fromStringList(e.data)},
                  {u"elapsed_ms"_s, e.elapsedMs}};
    if (e.ttl)
        q.insert(u"ttl"_s, qint64(*e.ttl));
    if (!e.error.isEmpty())
        q.insert(u"error"_s, e.error);
    return q;
}

} // namespace

std::optional<Outcome> outcomeFromName(const QString& name) {
    for (int i = int(Outcome::Answer); i <= int(Outcome::Cancelled); ++i) {
        if (outcomeName(Outcome(i)) == name)
            return Outcome(i);
    }
    return std::nullopt;
}

QueryLog::QueryLog(int capacity)
    : m_capacity(std::max(0, capacity)) {
}

void QueryLog::record(const DnsResult& result) {
    ++m_total;
    if (m_entries.size() >= m_capacity)
        return;
    QueryLogEntry entry;
    entry.endedUtc = QDateTime::currentDateTimeUtc();
    entry.name = bounded(result.name, 255);
    entry.type = result.type;
    entry.server = result.server;
    entry.outcome = result.outcome;
    entry.ttl = ttlOf(result);
    const QList<DnsRecord> records = result.records();
    for (const DnsRecord& record : records) {
        if (entry.data.size() == MaxDataItems) {
            entry.data << QStringLiteral("… %1 more").arg(records.size() - MaxDataItems);
            break;
        }
        entry.data << bounded(record.presentation(), MaxDataChars);
    }
    entry.elapsedMs = result.elapsedMs;
    entry.error = bounded(result.error, MaxDataChars);
    m_json.append(entryJson(entry));
    m_entries << std::move(entry);
}

void QueryLog::clear() {
    m_entries.clear();
    m_json = QJsonArray();
    m_total = 0;
}

QJsonObject QueryLog::toJson() const {
    return {{u"queries"_s, m_json},
            {u"total"_s, m_total},
            {u"capacity"_s, m_capacity},
            {u"dropped"_s, dropped()}};
}

QueryLog QueryLog::fromJson(const QJsonObject& json) {
    QueryLog log(json.value(u"capacity").toInt(DefaultCapacity));
    log.m_capacity = std::clamp(log.m_capacity, 0, DefaultCapacity);
    const QJsonArray queries = json.value(u"queries").toArray();
    for (const QJsonValue& v : queries) {
        if (log.m_entries.size() >= log.m_capacity)
            break;
        QueryLogEntry e;
        e.endedUtc = QDateTime::fromString(v[u"ended_utc"].toString(), Qt::ISODateWithMs);
        e.name = bounded(v[u"name"].toString(), 255);
        const auto type = recordTypeFromName(v[u"type"].toString());
        e.type = type ? quint16(*type) : 0;
        e.server = bounded(v[u"server"].toString(), 64);
        e.outcome = outcomeFromName(v[u"outcome"].toString()).value_or(Outcome::InvalidQuery);
        if (v[u"ttl"].isDouble())
            e.ttl = quint32(std::clamp(v[u"ttl"].toDouble(), 0.0, 4294967295.0));
        for (const QJsonValue& d : v[u"data"].toArray()) {
            if (e.data.size() > MaxDataItems)
                break;
            e.data << bounded(d.toString(), MaxDataChars);
        }
        e.elapsedMs = qint64(v[u"elapsed_ms"].toDouble());
        e.error = bounded(v[u"error"].toString(), MaxDataChars);
        log.m_json.append(entryJson(e));
        log.m_entries << std::move(e);
    }
    log.m_total = std::max<qint64>(log.m_entries.size(), qint64(json.value(u"total").toDouble()));
    return log;
}

} // namespace rebound::dns
