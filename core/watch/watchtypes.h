// The watch's vocabulary: the state of one check of one target, what the store remembers of it, and a
// change between two passes. Plain values; each JSON name is spelled once, in watchtypes.cpp.
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace rebound::watch {

// The state of one check ("state" in the JSON).
enum class CheckState {
    Ok,            // clean on a list; a record present and sound; a PTR that resolves back
    Listed,        // on a blocklist
    Missing,       // no record (no PTR, no SPF, no DMARC, no mail route)
    Broken,        // a record that is there but wrong (permerror, several DMARC records, FCrDNS fails)
    CouldNotCheck, // refused, timeout, SERVFAIL, an answer the list does not document: unknown
    NotAsked,      // not asked (a list that needs a key, a family it does not serve); never a change
    // Microsoft SNDS's filter colour of an address (check "snds", core/watch/sndsobserve.h); SndsNone: no
    // row for it.
    SndsGreen,
    SndsYellow,
    SndsRed,
    SndsNone,
    // The MX hosts' STARTTLS certificate ("tls_certificate"): warning-level states, then critical ones.
    NearExpiry, // fewer days left than the threshold (resources/smtp/findings.json "expiring_days")
    NoStartTls, // the MX host does not offer STARTTLS (or refuses it): mail to it goes in the clear
    Expired,    // notAfter is past
    Invalid,    // the chain does not verify or the name does not match
};
// "ok", "listed", "missing", "broken", "could_not_check", "not_asked", "green", "yellow", "red", "none",
// "near_expiry", "no_starttls", "expired", "invalid"
QString checkStateName(CheckState state);
std::optional<CheckState> checkStateFromName(QStringView name);

// What a change means ("change" in the JSON).
enum class ChangeKind {
    Listed,        // newly listed (or listed when first seen)
    Delisted,      // listed before, a usable answer now says not listed
    Changed,       // a record or PTR changed and is still sound (from/to hold the values)
    Broke,         // a record went missing or broken (or was so when first seen)
    Fixed,         // a missing or broken record is sound again
    CouldNotCheck, // the check could not be made, where it could before: said once when it starts
    CheckedAgain,  // the check could be made again and nothing else changed: said once when it ends
    Degraded,      // a warning-level state began (a certificate near expiry, STARTTLS gone)
};
QString changeKindName(ChangeKind kind);
std::optional<ChangeKind> changeKindFromName(QStringView name);

// How much a change matters: the Nagios code it asks for (0 good news, 1 warning, 2 critical, 3 unknown).
enum class Level { Info = 0, Warning = 1, Critical = 2, Unknown = 3 };
Level changeLevel(ChangeKind kind);
QString levelName(Level level); // "info", "warning", "critical", "unknown"
// Whether a state is a warning-level one (NearExpiry, NoStartTls) or a critical one (Listed, Missing,
// Broken, Expired, Invalid).
bool isWarningState(CheckState state);
bool isCriticalState(CheckState state);
// The worse of two exit codes, Nagios-fashion: critical, then warning, then unknown, then ok.
int worseCode(int a, int b);

// One check of one target in one pass. target: an address or a domain; zone: the list's zone for a
// blocklist, empty otherwise. value: what a sound state is compared on (the PTR names, the record text,
// the MX hosts); detail: for people (escaped, bounded).
struct Observation {
    QString target;
    QString check; // "blocklist", "ptr", "mx", "spf", "dmarc", "dkim", "tls_certificate"
    QString zone;
    CheckState state = CheckState::NotAsked;
    QString value;
    QString detail;
    QDateTime expiresAt; // tls_certificate: the leaf's notAfter (invalid otherwise)
};

// What the store keeps per (target, check, zone): the last state, and the last state that was not
// "could not check" (so that an outage is compared across, never treated as a delisting).
struct StoredState {
    CheckState state = CheckState::NotAsked;
    QString value;
    QString detail;
    std::optional<CheckState> known; // the last usable state; nullopt until there was one
    QString knownValue;
    QDateTime since;     // when the current state began
    QDateTime checkedAt; // the last pass that checked it
    QDateTime expiresAt; // tls_certificate: the notAfter of the last certificate seen
};

struct Change {
    QString target;
    QString check;
    QString zone;
    ChangeKind kind = ChangeKind::Changed;
    QString from; // a state name ("none" when first seen), or the old value for Changed
    QString to;   // a state name, or the new value for Changed
    QDateTime at;
    QString detail;
};

// The transition rule, a pure function: what (if anything) to report when a check that was previous
// (nullopt: never seen) is now current. Unknown is not a transition: a pass that could not check never
// reports "delisted" or "fixed"; it reports CouldNotCheck once when the outage starts, and when it ends
// the new state is compared with the last usable one (CheckedAgain when nothing else changed).
std::optional<Change> transition(const std::optional<StoredState>& previous, const Observation& current,
                                 const QDateTime& at);
// The state to store after current was observed at `at`.
StoredState advance(const std::optional<StoredState>& previous, const Observation& current,
                    const QDateTime& at);

} // namespace rebound::watch
