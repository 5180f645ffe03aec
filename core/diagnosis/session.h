#pragma once

#include "core/diagnosis/causetypes.h"
#include "core/diagnosis/checktask.h"
#include "core/diagnosis/inputdetector.h"
#include "core/dns/querylog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rebound::diagnosis {

struct Link {
    QString title;
    QString url; // never opened without the user's click; shown in full first
};

struct Step {
    Actor actor = Actor::Unknown;
    QString text;
    QList<Link> links;
};

struct Evidence {
    QString text; // what was seen, for people (untrusted parts escaped when shown)
    EvidenceSource source = EvidenceSource::Unknown;
    qint64 offset = -1; // span in the bounce's normalised text, when source is Bounce
    qint64 length = 0;
};

// One ranked answer to "why was my mail rejected".
struct Cause {
    QString id; // the rule id: "blocklist.spamhaus.xbl"
    QString title;
    QString summary;
    Severity severity = Severity::Info;
    int confidence = 0;     // 0-100
    QString confidenceNote; // why the confidence was lowered, when a check could not run
    // What the cause rests on: Live (a live check confirmed it: a listing answered now), Bounce (the
    // bounce text alone says so: inferred), Checks (inferred from check results). The confidence
    // percentage is shown only for inferences.
    CauseBasis basis = CauseBasis::Unset;
    // CouldNotCheck when the cause is about Rebound being unable to check (its resolver is unreachable,
    // port 25 blocked here), not about the mail: it never makes the verdict a problem.
    CauseAbout about = CauseAbout::Mail;
    // One listing that several rules explain (ZEN's SBL and XBL codes in one answer) is one cause: the
    // sub-lists it names, and the ids of the rules folded into it.
    QStringList sublists;
    QStringList also;
    // For ranking only (not stored): a live answer contradicts the bounce (the list it names answers
    // clean now), so this cause outranks the receiver's words.
    bool contradictsBounce = false;
    QList<Evidence> evidence;
    QStringList against; // evidence against the alternatives, and checks that disagree
    QList<Step> steps;
    QStringList dontDo;
    QString recovery; // how long recovery usually takes
    QList<Link> links;
};

struct CheckRecord {
    QString id;
    QString title;
    CheckState state = CheckState::Pending;
    QDateTime startedUtc;
    QDateTime finishedUtc;
    int done = 0;
    int total = 0;
    QJsonObject result; // the check's own JSON, as its rebound-cli command prints it
    QList<Finding> findings;
    QString note; // why it was skipped, failed or cancelled
};

// Everything one run produced: the history database and every export are made from this.
struct Session {
    Q_DECLARE_TR_FUNCTIONS(rebound::diagnosis::Session)

public:
    static constexpr int SchemaVersion = 1;

    QString id;    // UUID
    QString input; // what the user gave (bounded; may be redacted on export)
    DetectedInput detected;
    QDateTime startedUtc;
    QDateTime finishedUtc;
    QString resolver; // "system (resolv.conf)" or the configured servers
    QStringList resolverServers;
    QString hostName; // where the checks ran from
    QString appVersion;
    bool cancelled = false;
    // Queries were sent and not one reply came back from the configured resolver: DNS itself is down
    // or unreachable from here, so no check result says anything about what was checked.
    bool resolverUnreachable = false;
    QJsonObject bounce; // the bounce analysis JSON (rebound-cli bounce), empty when not a bounce
    QList<CheckRecord> checks;
    QList<Cause> diagnosis; // ranked, most likely first
    // Every DNS query the run's resolver completed, in the order they ended (bounded; says when cut).
    dns::QueryLog dnsQueries;

    const CheckRecord* check(const QString& checkId) const;
    // InputRefused (the bounce analyser refused the input: binary, too large), NothingRecognised (no
    // bounce, reply or log line in it), or nullopt when the input was read.
    std::optional<Verdict> inputProblem() const;
    Verdict verdict() const;
    static bool isCouldNotCheck(const Cause& cause);
};

QJsonObject toJson(const Session& session);
std::optional<Session> sessionFromJson(const QJsonObject& json, QString* error = nullptr);

QJsonObject toJson(const Cause& cause);
// One check as the session JSON lists it (also one `--json-lines` record of rebound-cli diagnose).
QJsonObject toJson(const CheckRecord& record);

} // namespace rebound::diagnosis
