#pragma once

#include "core/blocklist/blocklistentry.h"

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
};

} // namespace rebound::blocklist
