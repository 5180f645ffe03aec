// core/dns owns everything about talking DNS: record and result value types, the wire-format
// parser, name and address helpers, and the c-ares resolver driven from the Qt event loop.
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <optional>

namespace rebound::dns {

// Query types Rebound asks for. Values are the IANA RR type numbers.
enum class RecordType : quint16 {
    A = 1,
    NS = 2,
    CNAME = 5,
    SOA = 6,
    PTR = 12,
    MX = 15,
    TXT = 16,
    AAAA = 28,
    SRV = 33,
    OPT = 41,
    TLSA = 52,
    CAA = 257,
};

QString recordTypeName(quint16 type);
// Accepts "TXT", "txt" or "TYPE16"; nullopt for anything else.
std::optional<RecordType> recordTypeFromName(const QString& name);

// The true outcome of one query, as the user needs to tell them apart.
enum class Outcome {
    Answer,       // NOERROR with at least one record of the asked type (or a CNAME to it)
    NoData,       // NOERROR, name exists, no record of that type
    NxDomain,     // the name does not exist
    ServFail,     // the server could not answer (often DNSSEC failure or a dead authoritative)
    Refused,      // the server refused to answer this client
    FormErr,      // the server could not parse the query
    OtherRcode,   // NOTIMP and the other rcodes
    Timeout,      // no answer before the deadline
    NetworkError, // could not send or receive at all (connection refused, no route)
    BadResponse,  // an answer came but could not be parsed
    InvalidQuery, // the name or type was rejected before anything was sent
    Cancelled,    // the caller cancelled the query
};

QString outcomeName(Outcome outcome);
// True when the outcome says something definite about the name (answer, NODATA or NXDOMAIN).
bool isDefinite(Outcome outcome);

struct SoaData {
    QString mname;
    QString rname;
    quint32 serial = 0;
    quint32 refresh = 0;
    quint32 retry = 0;
    quint32 expire = 0;
    quint32 minimum = 0;
};

struct DnsRecord {
    QString name;        // owner name, presentation form without the final dot
    quint16 type = 0;    // RR type number
    quint16 rrClass = 1; // usually IN
    quint32 ttl = 0;
    QByteArray rdata; // raw RDATA, kept as evidence

    // Parsed fields; which are set depends on the type.
    QHostAddress address;         // A, AAAA
    QString target;               // CNAME, NS, PTR, MX exchange, SRV target
    quint16 preference = 0;       // MX preference, SRV priority
    quint16 weight = 0;           // SRV
    quint16 port = 0;             // SRV
    QList<QByteArray> txtStrings; // TXT: each character-string apart, bytes as sent
    std::optional<SoaData> soa;   // SOA
    quint8 tlsaUsage = 0;         // TLSA
    quint8 tlsaSelector = 0;
    quint8 tlsaMatchingType = 0;
    QByteArray tlsaData;
    quint8 caaFlags = 0; // CAA
    QByteArray caaTag;
    QByteArray caaValue;

    // TXT strings joined without separators, as RFC 7208 and RFC 6376 read them.
    QByteArray txtJoined() const;
    // A one-line presentation of the RDATA, with untrusted bytes escaped (\DDD).
    QString presentation() const;
};

struct DnsFlags {
    bool aa = false; // authoritative answer
    bool tc = false; // truncated (seen on the UDP answer)
    bool rd = false;
    bool ra = false;
    bool ad = false; // authenticated data: only as trustworthy as the resolver that set it
    bool cd = false;
};

struct DnsResult {
    QString name; // the name asked, as sent (ASCII, no final dot)
    quint16 type = 0;
    Outcome outcome = Outcome::InvalidQuery;
    int rcode = -1; // the wire rcode when a response arrived
    DnsFlags flags;
    QList<DnsRecord> answers;   // every record of the answer section (including CNAMEs)
    QList<DnsRecord> authority; // e.g. the SOA that carries the negative-caching TTL
    bool truncatedOverUdp = false;
    bool usedTcp = false;
    QString server; // "ip:port" of the server that answered, empty when none did
    qint64 elapsedMs = 0;
    QString error; // human-readable reason when the outcome is not definite

    // The answer records of the type asked, owned by the name asked or by where its CNAME chain leads
    // (the CNAMEs themselves left out; records of other owners ignored).
    QList<DnsRecord> recordsOfType(quint16 wanted) const;
    QList<DnsRecord> records() const { return recordsOfType(type); }
    // The negative-caching TTL from the authority SOA, when present.
    std::optional<quint32> negativeTtl() const;
};

} // namespace rebound::dns
