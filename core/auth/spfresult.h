// The outcome of an SPF check_host() evaluation, with the evaluation tree (which record, which term,
// what DNS said) and the counters that RFC 7208 limits.
#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>

#include <optional>

namespace rebound::auth {

enum class SpfResult { None, Neutral, Pass, Fail, SoftFail, TempError, PermError };

QString spfResultName(SpfResult result); // "none", "neutral", "pass", ... as RFC 7208 2.6 names them
std::optional<SpfResult> spfResultFromName(const QString& name);

// What happened to one term of one record.
struct SpfTermTrace {
    enum class Outcome { Matched, NotMatched, Error, Skipped };
    QString term;     // as written
    int position = 0; // offset in the record
    Outcome outcome = Outcome::NotMatched;
    QString target;       // the expanded domain the term looked at, if any
    QString detail;       // what the DNS answered, in words
    int lookupNumber = 0; // the running count of DNS-querying terms after this one (0: not counted)
    int child = -1;       // index of the include/redirect node in SpfEvaluation::nodes
};

QString spfTermOutcomeName(SpfTermTrace::Outcome outcome);

// One check_host() call: the top domain, an include target or a redirect target.
struct SpfNode {
    QString domain;
    QString via; // "top", "include" or "redirect"
    int parent = -1;
    QString record;              // the SPF record as published (escaped), empty when none
    QList<QString> otherRecords; // further v=spf1 records when more than one was published
    SpfResult result = SpfResult::None;
    QString reason; // why this result, in words
    QList<SpfTermTrace> terms;
    int lookupsInBranch = 0;   // DNS-querying terms evaluated in this node and below
    int txtAnswerBytes = 0;    // size of the TXT records at this name (RDATA)
    bool txtNeededTcp = false; // the TXT answer did not fit one UDP datagram
    bool syntaxError = false;  // the record failed to parse (reason says where)
};

struct SpfEvaluation {
    bool hasIp = false; // false: a structure walk without a client IP (no result)
    SpfResult result = SpfResult::None;
    QString domain;      // the domain checked first
    QString record;      // its SPF record (escaped), empty when none
    QString explanation; // from exp= on fail, else empty
    bool explanationFromRecord = false;
    QString reason;        // the error or the deciding term, in words
    int decidingNode = -1; // node and term that decided, -1 when no term matched
    int decidingTerm = -1;
    int lookups = 0;     // DNS-querying terms evaluated (limit 10)
    int voidLookups = 0; // queries that answered NXDOMAIN or no records (limit 2)
    // The evaluation stopped at the lookup or the void-lookup limit (permerror). Code reads these,
    // never the reason, which is written in the interface language.
    bool lookupLimitExceeded = false;
    bool voidLimitExceeded = false;
    int dnsQueries = 0; // queries sent, prefetches included
    int roundTrips = 0; // times the evaluation had to wait for DNS
    qint64 elapsedMs = 0;
    QList<SpfNode> nodes; // nodes[0] is the top domain
};

} // namespace rebound::auth
