// core/blocklist owns the DNS blocklist knowledge and the check: the catalog (data in
// resources/blocklist/catalog.json, schema in docs/blocklist-catalog.md), the pure classification of
// answers and test points, and BlocklistCheck, which queries every list at once through dns::Resolver.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rebound::blocklist {

enum class ListKind { Blocklist, Allowlist, Reputation };
// The list's life cycle as the catalog records it ("status" in the JSON).
enum class ListState { Active, Legacy, Uncertain, Unverified, PaidOnly, Defunct };
// Likely impact of a listing on delivery, a judgment recorded with its reason in the catalog.
enum class Impact { None, Minor, Medium, Major };
// What one answer code says.
enum class CodeKind { Listing, Neutral, Allow, Untrusted, Error };
// What is looked up: an IPv4 address, an IPv6 address, or a domain.
enum class Family { Ipv4, Ipv6, Domain };
// Whether a list serves a family: documented yes, documented no, or not known (then its test point decides).
enum class Support { No, Yes, Unknown };

QString listKindName(ListKind kind); // "blocklist", "allowlist", "reputation"
QString
listStateName(ListState state);      // "active", "legacy", "uncertain", "unverified", "paid_only", "defunct"
QString impactName(Impact impact);   // "none", "minor", "medium", "major"
QString codeKindName(CodeKind kind); // "listing", "neutral", "allow", "untrusted", "error"
QString familyName(Family family);   // "ipv4", "ipv6", "domain"

// How fast one list may be asked within a run ("rate" and "default_rate" in the catalog,
// docs/blocklist-catalog.md).
struct RateLimit {
    int perSecond = 0; // sustained listing queries per second; 0: no limit
    int burst = 1;     // queries that may go at once after a pause
    int probation = 2; // queries in flight before the list has answered once in this run
    qint64 perDay = 0; // the operator's published daily quota; 0: none known (informative)
    QString source;    // where the figures come from
};

// One documented answer code, or a range of them (first..last, IPv4 as a number).
struct AnswerCode {
    quint32 first = 0;
    quint32 last = 0;
    CodeKind kind = CodeKind::Listing;
    QString meaning;              // may hold {last}: the last octet of the answer
    QString remedy;               // for error codes: what the user can do
    std::optional<Impact> impact; // overrides the list's impact for this code
};

// One bit of a bitmask list (URIBL, SURBL, Validity), tested on the last octet of 127.0.0.x.
struct AnswerBit {
    quint32 bit = 0;
    CodeKind kind = CodeKind::Listing;
    QString meaning;
    QString remedy;
    std::optional<Impact> impact;
};

// The RFC 5782 test points of one family and, when documented, the answer the positive one gives.
struct TestSpec {
    QString listed;    // "127.0.0.2", "::ffff:7f00:2", "test" or a documented name such as "dbltest.com"
    QString notListed; // "127.0.0.1", "::ffff:7f00:1", "invalid"
    std::optional<QList<quint32>> answers; // nullopt: not documented, any listing answer passes
    QString source;
};

// One list as the catalog describes it. Plain value; see docs/blocklist-catalog.md for each field.
struct BlocklistEntry {
    QString id;
    QString name;
    QStringList aliases;
    QString operatorName;
    ListState state = ListState::Active;
    QString stateNote;
    QString defunctSince;
    ListKind kind = ListKind::Blocklist;
    QString zone;      // public zone; empty when the list is only reachable with a key
    QString keyedZone; // "{key}.zen.dq.spamhaus.net"
    QString keyKind;   // "spamhaus_dqs", "abusix"; empty when no key applies
    bool keyRequired = false;
    QString access;
    QString accessNote;
    QStringList alsoZones;    // other zones that name this list (sub-zones, mirrors)
    QStringList zoneSuffixes; // any zone under these names is this list (sorbs.net)
    Support ipv4 = Support::Unknown;
    Support ipv6 = Support::Unknown;
    Support domain = Support::Unknown;
    QString domainForm; // "registered_domain", "full_hostname" or empty
    bool defaultEnabled = false;
    QList<AnswerCode> codes;
    QList<AnswerBit> bits;
    std::optional<bool> txt;
    std::optional<TestSpec> ipv4Test;
    std::optional<TestSpec> ipv6Test;
    std::optional<TestSpec> domainTest;
    Impact impact = Impact::Minor;
    QString impactReason;
    RateLimit rate;     // the list's own "rate", or the catalog's "default_rate"
    QString lookupUrl;  // may hold {query}
    QString removalUrl; // may hold {query}
    QStringList delisting;
    QString delistingNote;
    QStringList sources;

    // Active, legacy or uncertain, with a zone to ask (public or keyed).
    bool isQueryable() const;
    Support supports(Family family) const;
    const std::optional<TestSpec>& testFor(Family family) const;
    // The zone to query: the keyed zone when a key is given and the list has one, else the public zone
    // (empty when the list needs a key that was not given).
    QString zoneFor(const QString& key) const;
    // The zone as shown to people: the keyed zone without the key.
    QString displayZone(const QString& key) const;
    // The lookup and removal pages for one IP or domain (empty when unknown).
    QString lookupUrlFor(const QString& query) const;
    QString removalUrlFor(const QString& query) const;
};

} // namespace rebound::blocklist
