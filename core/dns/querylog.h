#pragma once

#include "core/dns/dnstypes.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace rebound::dns {

// One query as it ended: what was asked, who answered and what they said.
struct QueryLogEntry {
    QDateTime endedUtc;
    QString name; // as sent (ASCII, no final dot)
    quint16 type = 0;
    QString server; // "ip:port" of the server that answered; empty when none did
    Outcome outcome = Outcome::InvalidQuery;
    std::optional<quint32> ttl; // the lowest TTL of the answer, or the negative-caching TTL
    QStringList data;           // the answer records of the asked type, presentation form (bounded)
    qint64 elapsedMs = 0;
    QString error; // why, when the outcome is not definite
};

// The queries of one run, in the order they ended. Bounded: after `capacity` entries further queries
// are only counted, so a range of thousands of addresses cannot grow it without end; cut() says so.
class QueryLog {
public:
    static constexpr int DefaultCapacity = 5000;
    static constexpr int MaxDataItems = 16;  // records kept per entry
    static constexpr int MaxDataChars = 512; // characters kept per record

    QueryLog() = default;
    explicit QueryLog(int capacity);

    void record(const DnsResult& result);
    void clear();

    const QList<QueryLogEntry>& entries() const { return m_entries; }
    int capacity() const { return m_capacity; }
    qint64 total() const { return m_total; } // every query recorded, kept or not
    qint64 dropped() const { return m_total - m_entries.size(); }
    bool cut() const { return dropped() > 0; }
    bool isEmpty() const { return m_total == 0; }

    // The session JSON form ("dns_queries"), and back; fromJson bounds what it reads the same way.
    QJsonObject toJson() const;
    static QueryLog fromJson(const QJsonObject& json);

private:
    QList<QueryLogEntry> m_entries;
    QJsonArray m_json; // the entries' JSON, built as they come so that toJson() at the end costs nothing
    int m_capacity = DefaultCapacity;
    qint64 m_total = 0;
};

// The wire names of outcomes back to the enum (for reading a stored session); nullopt when unknown.
std::optional<Outcome> outcomeFromName(const QString& name);

} // namespace rebound::dns
