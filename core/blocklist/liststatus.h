#pragma once

#include "core/blocklist/blocklistentry.h"
#include "core/dns/dnstypes.h"

#include <QString>
#include <QStringList>

namespace rebound::blocklist {

// The verdict for one list, as the CLI JSON names it ("status").
enum class ListStatus {
    Listed,      // a documented listing code (or, for an allowlist, an allow code)
    Clean,       // not listed, and the list's test points answered correctly in this run
    Refused,     // the list refused this resolver or key (documented error code, or DNS REFUSED)
    Unknown,     // an answer in 127/8 that the catalog does not document, or one it does not trust
    Broken,      // an answer outside 127/8, a wildcard, or a wrong test-point answer
    Unavailable, // timeout, SERVFAIL, network error, or a test point that is not listed
    Skipped,     // not asked: needs a key, family not served, defunct, cancelled
};

QString listStatusName(ListStatus status); // "listed", "clean", ...

// What a run has learnt about a list as a whole ("list_health" in the JSON). A list that is not answering
// is asked no more in this run: every remaining address gets "could not check" with this reason at once,
// instead of one query deadline per address. Its status stays unavailable (refused for Refusing).
enum class ListHealth {
    Answering,    // answered (or nothing is known yet)
    NotAnswering, // its test points, or its first queries, got no answer within the deadline
    Failing,      // its test points, or its first queries, got SERVFAIL (or another error rcode)
    Refusing,     // its test points, or its first queries, got REFUSED
};
QString listHealthName(ListHealth health); // "answering", "not_answering", "failing", "refusing"
// The one wording of the reason, for every output: "could not check (list not answering): ...".
QString listHealthReason(ListHealth health);
// What a DNS outcome says about a list as a whole: Answering for any answer (NXDOMAIN included).
ListHealth healthFromOutcome(dns::Outcome outcome);
// True when the list's answer could not be used (refused, unknown, broken, unavailable).
bool isCouldNotCheck(ListStatus status);

// The meaning of one answer set, before test points are taken into account.
struct AnswerVerdict {
    ListStatus status = ListStatus::Unavailable;
    QStringList codes;            // every A record, dotted
    QStringList meanings;         // one line per code (or bit) understood
    QString remedy;               // for refused answers
    QString reason;               // why, for people, when not listed/clean
    Impact impact = Impact::None; // for a listing: the highest impact among its codes
};

// The outcome of one list's test points in this run.
struct TestVerdict {
    bool passed = false;
    ListStatus status = ListStatus::Unavailable; // when not passed
    QString reason;
    QString remedy;
    ListHealth health = ListHealth::Answering; // NotAnswering, Failing or Refusing: learnt for the run
};

} // namespace rebound::blocklist
