#include "core/diagnosis/session.h"

#include "core/util/jsonutil.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace rebound::diagnosis {
namespace {

QJsonArray linksToJson(const QList<Link>& links) {
    QJsonArray array;
    for (const Link& link : links)
        array.append(QJsonObject{{u"title"_s, link.title}, {u"url"_s, link.url}});
    return array;
}

QList<Link> linksFromJson(const QJsonArray& array) {
    QList<Link> links;
    for (const QJsonValue& value : array)
        links.append({value[u"title"].toString(), value[u"url"].toString()});
    return links;
}

QString isoUtc(const QDateTime& time) {
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QJsonValue& value) {
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time.toUTC();
}

} // namespace

const CheckRecord* Session::check(const QString& checkId) const {
    for (const CheckRecord& record : checks) {
        if (record.id == checkId)
            return &record;
    }
    return nullptr;
}

std::optional<Verdict> Session::inputProblem() const {
    if (bounce.isEmpty())
        return std::nullopt;
    // The analyser refused the input (binary, over its size limit, its knowledge unusable): nothing in
    // it was read, so nothing can be concluded from it.
    if (!bounce.value(u"error").toString().isEmpty())
        return Verdict::InputRefused;
    const QString kind = bounce.value(u"kind").toString();
    if (kind == u"unrecognised" || kind == u"empty")
        return Verdict::NothingRecognised;
    return std::nullopt;
}

bool Session::isCouldNotCheck(const Cause& cause) {
    return cause.about == CauseAbout::CouldNotCheck;
}

Verdict Session::verdict() const {
    const std::optional<Verdict> problem = inputProblem();
    if (problem == Verdict::InputRefused)
        return *problem;
    bool incomplete = cancelled;
    for (const CheckRecord& record : checks) {
        if (record.state != CheckState::Done && record.state != CheckState::Skipped)
            incomplete = true;
    }
    for (const Cause& cause : diagnosis) {
        // A cause that says a check could not be made is not a problem found: it makes the run incomplete.
        if (isCouldNotCheck(cause)) {
            incomplete = true;
            continue;
        }
        if (isProblem(cause.severity))
            return Verdict::ProblemFound;
    }
    if (problem)
        return *problem;
    if (checks.isEmpty() && bounce.isEmpty())
        return Verdict::NotChecked;
    return incomplete ? Verdict::Incomplete : Verdict::NoProblemFound;
}

QJsonObject toJson(const Cause& cause) {
    QJsonArray evidence;
    for (const Evidence& e : cause.evidence) {
        QJsonObject item{{u"text"_s, e.text}, {u"source"_s, evidenceSourceName(e.source)}};
        if (e.offset >= 0) {
            item.insert(u"offset"_s, e.offset);
            item.insert(u"length"_s, e.length);
        }
        evidence.append(item);
    }
    QJsonArray steps;
    for (const Step& step : cause.steps)
        steps.append(QJsonObject{{u"actor"_s, actorName(step.actor)},
                                 {u"text"_s, step.text},
                                 {u"links"_s, linksToJson(step.links)}});
    QJsonObject json{{u"id"_s, cause.id},
                     {u"title"_s, cause.title},
                     {u"summary"_s, cause.summary},
                     {u"severity"_s, severityName(cause.severity)},
                     {u"confidence"_s, cause.confidence},
                     {u"evidence"_s, evidence},
                     {u"against"_s, util::toJsonArray(cause.against)},
                     {u"steps"_s, steps},
                     {u"dont"_s, util::toJsonArray(cause.dontDo)},
                     {u"recovery"_s, cause.recovery},
                     {u"links"_s, linksToJson(cause.links)}};
    if (!cause.confidenceNote.isEmpty())
        json.insert(u"confidence_note"_s, cause.confidenceNote);
    if (cause.basis != CauseBasis::Unset)
        json.insert(u"basis"_s, causeBasisName(cause.basis));
    if (cause.about != CauseAbout::Mail)
        json.insert(u"about"_s, causeAboutName(cause.about));
    if (!cause.sublists.isEmpty())
        json.insert(u"sublists"_s, util::toJsonArray(cause.sublists));
    if (!cause.also.isEmpty())
        json.insert(u"also"_s, util::toJsonArray(cause.also));
    return json;
}

QJsonObject toJson(const CheckRecord& record) {
    QJsonArray findings;
    for (const Finding& finding : record.findings)
        findings.append(toJson(finding));
    QJsonObject item{{u"id"_s, record.id},
                     {u"title"_s, record.title},
                     {u"state"_s, checkStateName(record.state)},
                     {u"started_utc"_s, isoUtc(record.startedUtc)},
                     {u"finished_utc"_s, isoUtc(record.finishedUtc)},
                     {u"result"_s, record.result},
                     {u"findings"_s, findings}};
    if (!record.note.isEmpty())
        item.insert(u"note"_s, record.note);
    if (record.state == CheckState::Running && record.total > 0) {
        item.insert(u"done"_s, record.done);
        item.insert(u"total"_s, record.total);
    }
    return item;
}

QJsonObject toJson(const Session& session) {
    QJsonArray checks;
    for (const CheckRecord& record : session.checks)
        checks.append(toJson(record));
    QJsonArray diagnosis;
    for (const Cause& cause : session.diagnosis)
        diagnosis.append(toJson(cause));
    QJsonObject json{{u"schema"_s, u"rebound.session"_s},
                     {u"version"_s, Session::SchemaVersion},
                     {u"id"_s, session.id},
                     {u"input"_s, session.input},
                     {u"detected_as"_s, inputKindName(session.detected.kind)},
                     {u"detected_value"_s, session.detected.value},
                     {u"detected_explanation"_s, session.detected.explanation},
                     {u"started_utc"_s, isoUtc(session.startedUtc)},
                     {u"finished_utc"_s, isoUtc(session.finishedUtc)},
                     {u"resolver"_s, session.resolver},
                     {u"resolver_servers"_s, util::toJsonArray(session.resolverServers)},
                     {u"host"_s, session.hostName},
                     {u"app_version"_s, session.appVersion},
                     {u"cancelled"_s, session.cancelled},
                     {u"verdict"_s, verdictName(session.verdict())},
                     {u"resolver_unreachable"_s, session.resolverUnreachable},
                     {u"checks"_s, checks},
                     {u"diagnosis"_s, diagnosis}};
    if (!session.bounce.isEmpty())
        json.insert(u"bounce"_s, session.bounce);
    if (!session.dnsQueries.isEmpty())
        json.insert(u"dns_queries"_s, session.dnsQueries.toJson());
    return json;
}

std::optional<Session> sessionFromJson(const QJsonObject& json, QString* error) {
    if (json.value(u"schema").toString() != u"rebound.session") {
        if (error)
            *error = Session::tr("not a Rebound session (schema is missing)");
        return std::nullopt;
    }
    if (json.value(u"version").toInt() > Session::SchemaVersion) {
        if (error)
            *error = Session::tr("this session was written by a newer Rebound (version %1)")
                         .arg(json.value(u"version").toInt());
        return std::nullopt;
    }
    Session session;
    session.id = json.value(u"id").toString();
    session.input = json.value(u"input").toString();
    session.detected = {inputKindFromName(json.value(u"detected_as").toString()),
                        json.value(u"detected_value").toString(),
                        json.value(u"detected_explanation").toString()};
    session.startedUtc = fromIso(json.value(u"started_utc"));
    session.finishedUtc = fromIso(json.value(u"finished_utc"));
    session.resolver = json.value(u"resolver").toString();
    for (const QJsonValue& v : json.value(u"resolver_servers").toArray())
        session.resolverServers << v.toString();
    session.hostName = json.value(u"host").toString();
    session.appVersion = json.value(u"app_version").toString();
    session.cancelled = json.value(u"cancelled").toBool();
    session.resolverUnreachable = json.value(u"resolver_unreachable").toBool();
    session.bounce = json.value(u"bounce").toObject();
    session.dnsQueries = dns::QueryLog::fromJson(json.value(u"dns_queries").toObject());
    for (const QJsonValue& v : json.value(u"checks").toArray()) {
        CheckRecord record;
        record.id = v[u"id"].toString();
        record.title = v[u"title"].toString();
        record.state = parseCheckState(v[u"state"].toString()).value_or(CheckState::Failed);
        record.startedUtc = fromIso(v[u"started_utc"]);
        record.finishedUtc = fromIso(v[u"finished_utc"]);
        record.result = v[u"result"].toObject();
        record.note = v[u"note"].toString();
        for (const QJsonValue& f : v[u"findings"].toArray()) {
            Finding finding;
            finding.id = f[u"id"].toString();
            finding.severity = severityFromName(f[u"severity"].toString());
            finding.title = f[u"title"].toString();
            finding.detail = f[u"detail"].toString();
            for (const QJsonValue& e : f[u"evidence"].toArray())
                finding.evidence << e.toString();
            record.findings << finding;
        }
        session.checks << record;
    }
    for (const QJsonValue& v : json.value(u"diagnosis").toArray()) {
        Cause cause;
        cause.id = v[u"id"].toString();
        cause.title = v[u"title"].toString();
        cause.summary = v[u"summary"].toString();
        cause.severity = severityFromName(v[u"severity"].toString());
        cause.confidence = v[u"confidence"].toInt();
        cause.confidenceNote = v[u"confidence_note"].toString();
        cause.basis = causeBasisFromName(v[u"basis"].toString());
        cause.about = parseCauseAbout(v[u"about"].toString()).value_or(CauseAbout::Mail);
        for (const QJsonValue& x : v[u"sublists"].toArray())
            cause.sublists << x.toString();
        for (const QJsonValue& x : v[u"also"].toArray())
            cause.also << x.toString();
        for (const QJsonValue& e : v[u"evidence"].toArray())
            cause.evidence << Evidence{e[u"text"].toString(), evidenceSourceFromName(e[u"source"].toString()),
                                       qint64(e[u"offset"].toDouble(-1)), qint64(e[u"length"].toDouble())};
        for (const QJsonValue& a : v[u"against"].toArray())
            cause.against << a.toString();
        for (const QJsonValue& s : v[u"steps"].toArray())
            cause.steps << Step{parseActor(s[u"actor"].toString()).value_or(Actor::Unknown),
                                s[u"text"].toString(), linksFromJson(s[u"links"].toArray())};
        for (const QJsonValue& d : v[u"dont"].toArray())
            cause.dontDo << d.toString();
        cause.recovery = v[u"recovery"].toString();
        cause.links = linksFromJson(v[u"links"].toArray());
        session.diagnosis << cause;
    }
    return session;
}

} // namespace rebound::diagnosis
