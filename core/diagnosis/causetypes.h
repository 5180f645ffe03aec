// The closed vocabularies of a diagnosis session, as enums; each has its JSON name in exactly one table
// (causetypes.cpp). Views and exports decide on these values, never on a name or a translated word.
#pragma once

#include <QString>

#include <optional>

namespace rebound::diagnosis {

// Who does a step.
enum class Actor {
    Unknown,   // "" (never in a valid rulebook; shown as "anyone")
    You,       // "you"
    Provider,  // "provider": your ESP or host
    Recipient, // "recipient": the recipient's admin
};
QString actorName(Actor actor);
std::optional<Actor> parseActor(const QString& name);

// Where a piece of evidence comes from: the bounce, the resolver, or a check (by the check's id).
enum class EvidenceSource {
    Unknown,        // "unknown": a name no version of Rebound wrote
    Bounce,         // "bounce": a span of the bounce's normalised text
    Dns,            // "dns": the resolver itself
    Blocklists,     // "blocklists": a blocklist answer (the "blocklists" check, or a list entry)
    BlocklistRange, // "blocklist_range"
    Domain,         // "domain": SPF, DKIM, DMARC, MX
    Smtp,           // "smtp"
    Reports,        // "reports": a DMARC aggregate or TLS report given as the input
    Rdns,           // "rdns", "spf", "dmarc", "dkim", "mx": written by early versions, still read
    Spf,
    Dmarc,
    Dkim,
    Mx,
    MtaSts,     // "mta_sts": the recipient domain's MTA-STS policy
    Mailbox,    // "mailbox": the opt-in mailbox probe
    Snds,       // "snds": Microsoft SNDS data for an IP
    Watch,      // "watch": what the watch's database remembers (listed since, a record changed on)
    Postmaster, // "postmaster": Google Postmaster Tools data for a domain
};
QString evidenceSourceName(EvidenceSource source);
EvidenceSource evidenceSourceFromName(const QString& name); // Unknown for any other name

// What a cause rests on (the confidence is shown only for inferences).
enum class CauseBasis {
    Unset,  // "" (sessions written before the basis existed)
    Live,   // "live": a live check confirmed it (a listing answered now)
    Bounce, // "bounce": the bounce text alone says so
    Checks, // "checks": inferred from check results
};
QString causeBasisName(CauseBasis basis);
CauseBasis causeBasisFromName(const QString& name);

// What a cause is about: the mail, or Rebound being unable to check (its resolver is unreachable, port
// 25 is blocked here), which never makes the verdict a problem.
enum class CauseAbout {
    Mail,          // ""
    CouldNotCheck, // "could_not_check"
};
QString causeAboutName(CauseAbout about);
std::optional<CauseAbout> parseCauseAbout(const QString& name);

// The verdict of a session.
enum class Verdict {
    NotChecked,        // "not_checked"
    InputRefused,      // "input_refused": the bounce analyser refused the input (binary, too large)
    NothingRecognised, // "nothing_recognised": no bounce, reply or log line in it
    ProblemFound,      // "problem_found"
    Incomplete,        // "incomplete": could not check everything
    NoProblemFound,    // "no_problem_found"
};
QString verdictName(Verdict verdict);
std::optional<Verdict> parseVerdict(const QString& name);

} // namespace rebound::diagnosis
