#include "core/diagnosis/diagnosisengine.h"

#include "core/blocklist/liststate.h"
#include "core/bounce/bounceknowledge.h"
#include "core/util/jsonutil.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rebound::diagnosis {

// The translation context of the engine's own words (the rules' texts are in rebound::data::rules).
class DiagnosisEngine {
    Q_DECLARE_TR_FUNCTIONS(rebound::diagnosis::DiagnosisEngine)
};

namespace {

// What the bounce says, for a person: one whole sentence per field a rule can ask about, the reason
// by its label ("Unknown recipient", not Sisimai's "userunknown").
QString bounceEvidenceText(const QString& field, const QString& value) {
    if (field == u"reason")
        return DiagnosisEngine::tr("The bounce gives the reason: %1").arg(bounce::reasonLabel(value));
    if (field == u"diagnostic")
        return DiagnosisEngine::tr("The server's words in the bounce: %1").arg(value);
    if (field == u"status")
        return DiagnosisEngine::tr("The bounce's enhanced status code: %1").arg(value);
    if (field == u"provider_code")
        return DiagnosisEngine::tr("The provider's code in the bounce: %1").arg(value);
    if (field == u"blocklists")
        return DiagnosisEngine::tr("The bounce names the blocklist %1").arg(value);
    return DiagnosisEngine::tr("The bounce says %1: %2").arg(field, value);
}

// What a matched condition contributes: evidence, and the values the texts' placeholders use.
struct Match {
    QList<Evidence> evidence;
    QHash<QString, QString> values;
    bool live = false;        // a live lookup answered "listed" now
    bool contradicts = false; // a list the bounce names answers "clean" now
    QStringList listedZones;  // the zones that answered "listed"
    QList<Match> perList;     // the same, one match per list entry (for rules with "per_list")
};

// Conditions that read check results: when the resolver never answered, none of them holds, since
// every result then says only that DNS could not be reached.
bool readsChecks(const Condition& cond) {
    return std::holds_alternative<ListStatusCondition>(cond.kind)
           || std::holds_alternative<NamedListStatusCondition>(cond.kind)
           || std::holds_alternative<FindingCondition>(cond.kind)
           || std::holds_alternative<CheckStateCondition>(cond.kind)
           || std::holds_alternative<JsonCondition>(cond.kind);
}

std::optional<QString> fill(const QString& source, const QHash<QString, QString>& values);
QString fillOrKeep(const QString& text, const QHash<QString, QString>& values);

void setOnce(QHash<QString, QString>& values, const QString& key, const QString& value) {
    if (!value.isEmpty() && !values.contains(key))
        values.insert(key, value);
}

void merge(Match& into, const Match& from) {
    into.evidence += from.evidence;
    for (auto it = from.values.begin(); it != from.values.end(); ++it)
        setOnce(into.values, it.key(), it.value());
    into.live = into.live || from.live;
    into.contradicts = into.contradicts || from.contradicts;
    for (const QString& zone : from.listedZones) {
        if (!into.listedZones.contains(zone))
            into.listedZones << zone;
    }
    into.perList += from.perList;
}

bool valueMatches(const QString& value, const ValueTest& test) {
    if (value.isEmpty())
        return false;
    if (test.in && !test.in->contains(value, Qt::CaseInsensitive))
        return false;
    if (test.matches && !test.matches->match(value).hasMatch())
        return false;
    return true;
}

QStringList fieldValues(const QJsonValue& field) {
    if (field.isArray())
        return util::toStringList(field);
    if (field.isDouble())
        return {QString::number(field.toInt())};
    if (field.isBool())
        return {field.toBool() ? u"true"_s : u"false"_s};
    return {field.toString()};
}

bool zoneMatches(const QString& zone, const QStringList& zones) {
    if (zones.isEmpty())
        return true;
    for (const QString& want : zones) {
        if (zone.compare(want, Qt::CaseInsensitive) == 0 || zone.endsWith(u'.' + want, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// Where the matched bounce field is in the normalised text: the span of this very field, else the
// diagnostic text, else the status code.
void locate(Evidence& evidence, const QString& field, const QJsonValue& recipient) {
    const QStringList spanOrder{field == u"blocklists" ? u"blocklist"_s : field, u"diagnostic"_s,
                                u"status"_s};
    for (const QString& wanted : spanOrder) {
        for (const QJsonValue& span : recipient[u"evidence"].toArray()) {
            if (evidence.offset < 0 && span[u"what"].toString() == wanted) {
                evidence.offset = qint64(span[u"offset"].toDouble(-1));
                evidence.length = qint64(span[u"length"].toDouble());
            }
        }
    }
}

// One blocklist entry of a check result that a list_status condition accepted, as a match.
Match listEntryMatch(const QJsonObject& entry) {
    const QString zone = entry.value(u"zone").toString();
    const QString name = entry.value(u"name").toString();
    const QString status = entry.value(u"status").toString();
    const QStringList entryCodes = util::toStringList(entry.value(u"codes"));
    const bool listed = status == u"listed";
    QString text = DiagnosisEngine::tr("%1 (%2): %3").arg(name, zone, blocklist::listStateWords(status));
    // Only a listing has a meaning; the codes of any other answer say nothing about the address.
    if (listed && !entryCodes.isEmpty())
        text += u" "_s + entryCodes.join(u", "_s);
    if (listed && !entry.value(u"meaning").toString().isEmpty())
        text += u" — "_s + entry.value(u"meaning").toString();
    Match one;
    one.evidence << Evidence{text, EvidenceSource::Blocklists};
    one.values.insert(u"list_name"_s, name);
    one.values.insert(u"zone"_s, zone);
    one.values.insert(u"lookup_url"_s, entry.value(u"lookup_url").toString());
    one.values.insert(u"removal_url"_s, entry.value(u"removal_url").toString());
    if (listed) {
        one.live = true;
        one.listedZones << zone;
    }
    return one;
}

class Evaluator {
public:
    explicit Evaluator(const Session& session)
        : m_session(session)
        , m_recipients(session.bounce.value(u"recipients").toArray())
        , m_entries(listEntries(session)) {}

    std::optional<Match> evaluate(const Condition& cond) const {
        if (m_session.resolverUnreachable && readsChecks(cond))
            return std::nullopt;
        return std::visit([this](const auto& kind) { return evaluateKind(kind); }, cond.kind);
    }

    // Values every text may use, whatever matched.
    QHash<QString, QString> baseValues() const {
        QHash<QString, QString> values;
        const QString detected = m_session.detected.value;
        for (const QJsonValue& r : m_recipients) {
            setOnce(values, u"ip"_s, r[u"sender_ip"].toString());
            setOnce(values, u"provider_code"_s, r[u"provider_code"].toString());
            setOnce(values, u"status"_s, r[u"status"].toString());
            const QString rcpt = r[u"recipient"].toString();
            if (rcpt.contains(u'@'))
                setOnce(values, u"recipient_domain"_s, rcpt.section(u'@', -1));
        }
        const QJsonObject original = m_session.bounce.value(u"original").toObject();
        const QString from = original.value(u"from").toString();
        static const QRegularExpression addressDomain(u"@([A-Za-z0-9.-]+)"_s);
        if (const auto m = addressDomain.match(from); m.hasMatch())
            setOnce(values, u"domain"_s, m.captured(1).toLower());
        switch (m_session.detected.kind) {
        case InputKind::IpAddress:
            setOnce(values, u"ip"_s, detected);
            break;
        case InputKind::Domain:
            setOnce(values, u"domain"_s, detected);
            break;
        case InputKind::EmailAddress:
            setOnce(values, u"domain"_s, detected.section(u'@', -1));
            break;
        default:
            break;
        }
        for (const CheckRecord& check : m_session.checks) {
            setOnce(values, u"ip"_s, check.result.value(u"ip").toString());
            setOnce(values, u"domain"_s, check.result.value(u"domain").toString());
        }
        return values;
    }

    // Checks that the rule needs but that did not complete.
    QStringList missingChecks(const QStringList& required) const {
        QStringList missing;
        for (const QString& id : required) {
            const CheckRecord* record = m_session.check(id);
            if (!record || record->state != CheckState::Done)
                missing << (record ? QString(record->title + u" ("_s + checkStateName(record->state) + u')')
                                   : QString(id + u" (not run)"_s));
        }
        return missing;
    }

private:
    // Every blocklist entry of every check result.
    static QList<QJsonObject> listEntries(const Session& session) {
        QList<QJsonObject> entries;
        for (const CheckRecord& check : session.checks) {
            for (const QJsonValue& entry : check.result.value(u"blocklists").toArray())
                entries << entry.toObject();
        }
        return entries;
    }

    std::optional<Match> evaluateKind(const GroupCondition& group) const {
        switch (group.op) {
        case GroupCondition::Op::All: {
            Match all;
            for (const Condition& inner : group.inner) {
                const auto m = evaluate(inner);
                if (!m)
                    return std::nullopt;
                merge(all, *m);
            }
            return all;
        }
        case GroupCondition::Op::Any: {
            std::optional<Match> any;
            for (const Condition& inner : group.inner) {
                if (const auto m = evaluate(inner)) {
                    if (!any)
                        any = Match{};
                    merge(*any, *m);
                }
            }
            return any;
        }
        case GroupCondition::Op::None:
            for (const Condition& inner : group.inner) {
                if (evaluate(inner))
                    return std::nullopt;
            }
            return Match{};
        }
        return std::nullopt;
    }

    std::optional<Match> evaluateKind(const ResolverCondition&) const {
        if (!m_session.resolverUnreachable)
            return std::nullopt;
        Match match;
        match.evidence << Evidence{
            DiagnosisEngine::tr("No DNS server answered any query (resolver: %1)").arg(m_session.resolver),
            EvidenceSource::Dns};
        match.values.insert(u"resolver"_s, m_session.resolver);
        return match;
    }

    std::optional<Match> evaluateKind(const DetectedCondition& cond) const {
        if (cond.kinds.contains(m_session.detected.kind))
            return Match{};
        return std::nullopt;
    }

    std::optional<Match> evaluateKind(const BounceCondition& cond) const {
        for (const QJsonValue& r : m_recipients) {
            for (const QString& value : fieldValues(r[cond.field])) {
                if (!valueMatches(value, cond.test))
                    continue;
                Match match;
                Evidence evidence{bounceEvidenceText(cond.field, value), EvidenceSource::Bounce};
                locate(evidence, cond.field, r);
                match.evidence << evidence;
                if (cond.field == u"blocklists")
                    setOnce(match.values, u"named_list"_s, value);
                return match;
            }
        }
        return std::nullopt;
    }

    std::optional<Match> evaluateKind(const ListStatusCondition& cond) const {
        std::optional<Match> match;
        for (const QJsonObject& entry : m_entries) {
            const QString zone = entry.value(u"zone").toString();
            if (!cond.statuses.contains(entry.value(u"status").toString()) || !zoneMatches(zone, cond.zones)
                || (!cond.except.isEmpty() && zoneMatches(zone, cond.except)))
                continue;
            const QStringList entryCodes = util::toStringList(entry.value(u"codes"));
            if (!cond.codes.isEmpty()
                && std::none_of(entryCodes.begin(), entryCodes.end(),
                                [&](const QString& c) { return cond.codes.contains(c); }))
                continue;
            if (!match)
                match = Match{};
            const Match one = listEntryMatch(entry);
            merge(*match, one);
            match->perList << one;
        }
        return match;
    }

    std::optional<Match> evaluateKind(const FindingCondition& cond) const {
        // Only findings at least this severe count (default: warning), so informational ones never fire.
        std::optional<Match> match;
        for (const CheckRecord& check : m_session.checks) {
            for (const Finding& f : check.findings) {
                if (f.severity < cond.minimum || !cond.id.match(f.id).hasMatch())
                    continue;
                if (!match)
                    match = Match{};
                match->evidence << Evidence{f.title + (f.detail.isEmpty() ? QString() : u": "_s + f.detail),
                                            evidenceSourceFromName(check.id)};
            }
        }
        return match;
    }

    std::optional<Match> evaluateKind(const CheckStateCondition& cond) const {
        const CheckRecord* record = m_session.check(cond.check);
        if (record ? !cond.states.contains(record->state) : !cond.absent)
            return std::nullopt;
        Match match;
        if (record)
            match.evidence << Evidence{DiagnosisEngine::tr("%1: %2 %3")
                                           .arg(record->title, checkStateName(record->state), record->note),
                                       evidenceSourceFromName(record->id)};
        return match;
    }

    std::optional<Match> evaluateKind(const JsonCondition& cond) const {
        const CheckRecord* record = m_session.check(cond.check);
        if (!record)
            return std::nullopt;
        const auto at = [&](const QStringList& path) {
            QJsonValue value = record->result;
            for (const QString& key : path)
                value = value.toObject().value(key);
            return value;
        };
        for (const QString& v : fieldValues(at(cond.path))) {
            if (valueMatches(v, cond.test)) {
                Match match;
                // "capture": {"placeholder": "path"} makes other values of the same result usable in texts.
                for (const auto& [placeholder, path] : cond.capture)
                    setOnce(match.values, placeholder, at(path).toString());
                // The condition's own sentence says what was found (rulebook.cpp requires one).
                QHash<QString, QString> values = match.values;
                values.insert(u"value"_s, v);
                match.evidence << Evidence{fillOrKeep(cond.evidence, values),
                                           evidenceSourceFromName(record->id)};
                return match;
            }
        }
        return std::nullopt;
    }

    // The bounce names a list, and the live check of that list now says one of statuses.
    // "matches" narrows it to the named lists a rule is about, so that a note on Spamhaus never lands on
    // the Barracuda card.
    std::optional<Match> evaluateKind(const NamedListStatusCondition& cond) const {
        // Each list once, however many recipients of an mbox name it.
        QStringList namedLists;
        for (const QJsonValue& r : m_recipients) {
            for (const QString& named : util::toStringList(r[u"blocklists"])) {
                if (cond.only && !cond.only->match(named).hasMatch())
                    continue;
                if (!namedLists.contains(named, Qt::CaseInsensitive))
                    namedLists << named;
            }
        }
        std::optional<Match> match;
        for (const QString& named : std::as_const(namedLists)) {
            for (const QJsonObject& entry : m_entries) {
                const QString zone = entry.value(u"zone").toString();
                const QString name = entry.value(u"name").toString();
                const QString status = entry.value(u"status").toString();
                const bool same = zone.compare(named, Qt::CaseInsensitive) == 0
                                  || (!name.isEmpty()
                                      && (name.contains(named, Qt::CaseInsensitive)
                                          || named.contains(name, Qt::CaseInsensitive)));
                if (!same || !cond.statuses.contains(status))
                    continue;
                if (!match)
                    match = Match{};
                const QString words = blocklist::listStateWords(status);
                match->evidence << Evidence{
                    DiagnosisEngine::tr("The bounce names %1, and %2 (%3) now answers: %4")
                        .arg(named, name, zone, words),
                    EvidenceSource::Blocklists};
                match->contradicts = match->contradicts || status == u"clean";
                setOnce(match->values, u"named_list"_s, named);
                setOnce(match->values, u"list_name"_s, name);
                setOnce(match->values, u"zone"_s, zone);
                setOnce(match->values, u"list_status"_s, words);
            }
        }
        return match;
    }

    const Session& m_session;
    QJsonArray m_recipients;
    QList<QJsonObject> m_entries;
};

// A rule's text in the interface language (translations/extract_data_strings.py lists them for
// lupdate), before its placeholders are filled; rebound-cli installs no translator and stays English.
QString translated(const QString& text) {
    return QCoreApplication::translate("rebound::data::rules", text.toUtf8().constData());
}

// Fills {placeholders}; nullopt when a placeholder has no value (the text or link is then left out).
std::optional<QString> fill(const QString& source, const QHash<QString, QString>& values) {
    const QString text = translated(source);
    static const QRegularExpression placeholder(u"\\{([a-z_]+)\\}"_s);
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString value = values.value(m.captured(1));
        if (value.isEmpty())
            return std::nullopt;
        out += text.mid(last, m.capturedStart() - last) + value;
        last = m.capturedEnd();
    }
    return out + text.mid(last);
}

QString fillOrKeep(const QString& text, const QHash<QString, QString>& values) {
    return fill(text, values).value_or(translated(text));
}

QList<Link> links(const QList<RuleLink>& ruleLinks, const QHash<QString, QString>& values) {
    QList<Link> out;
    for (const RuleLink& link : ruleLinks) {
        const auto url = fill(link.url, values);
        if (url && !url->isEmpty())
            out << Link{fillOrKeep(link.title, values), *url};
    }
    return out;
}

QStringList fillAll(const QStringList& texts, const QHash<QString, QString>& values) {
    QStringList out;
    for (const QString& text : texts)
        out << fillOrKeep(text, values);
    return out;
}

// The placeholder values for a text: everything known, with what the matching condition found on top.
QHash<QString, QString> withMatch(QHash<QString, QString> values, const Match& match) {
    for (auto it = match.values.begin(); it != match.values.end(); ++it)
        values.insert(it.key(), it.value());
    return values;
}

Cause buildCause(const Rule& rule, const Match& match, const Evaluator& evaluator,
                 const QHash<QString, QString>& base) {
    const QHash<QString, QString> values = withMatch(base, match);
    Cause cause;
    cause.id = rule.id;
    cause.title = fillOrKeep(rule.title, values);
    cause.summary = fillOrKeep(rule.summary, values);
    cause.severity = rule.severity;
    cause.confidence = rule.confidence;
    cause.evidence = match.evidence;
    // A boost raises the confidence when its condition holds; a negative one (a check that could not
    // answer) lowers it, and its note says why.
    QStringList notes;
    for (const Boost& boost : rule.boosts) {
        if (const auto m = evaluator.evaluate(boost.when)) {
            cause.confidence += boost.by;
            if (boost.note)
                notes << fillOrKeep(*boost.note, withMatch(values, *m));
            else
                cause.evidence += m->evidence;
        }
    }
    const QStringList missing = evaluator.missingChecks(rule.requiredChecks);
    if (!missing.isEmpty()) {
        cause.confidence -= 25;
        notes << DiagnosisEngine::tr(
                     "Could not confirm with a live check: %1. This rests on the bounce text alone.")
                     .arg(missing.join(u", "_s));
    }
    cause.confidenceNote = notes.join(u' ');
    cause.confidence = std::clamp(cause.confidence, 5, 99);
    // What it rests on: a live listing is verified, not guessed; otherwise the receiver's words, or what
    // the checks suggest, are inferences with a confidence.
    const bool fromBounce = std::any_of(cause.evidence.begin(), cause.evidence.end(),
                                        [](const Evidence& e) { return e.source == EvidenceSource::Bounce; });
    cause.basis = match.live ? CauseBasis::Live : fromBounce ? CauseBasis::Bounce : CauseBasis::Checks;
    cause.about = rule.about;
    cause.contradictsBounce = match.contradicts;
    cause.against = fillAll(rule.against, values);
    for (const RuleStep& step : rule.steps) {
        const auto text = fill(step.text, values);
        cause.steps << Step{step.actor, text.value_or(translated(step.fallback)), links(step.links, values)};
    }
    cause.dontDo = fillAll(rule.dont, values);
    cause.recovery = fillOrKeep(rule.recovery, values);
    cause.links = links(rule.links, values);
    return cause;
}

// Every fact that holds is evidence against the causes of other topics: "SPF passes for 203.0.113.7"
// argues against an authentication failure when the top cause is a blocklist listing.
void addFactsAgainst(QList<Cause>& causes, const Rulebook& rules, const QHash<QString, const Rule*>& ruleOf,
                     const Evaluator& evaluator, const QHash<QString, QString>& base) {
    QList<std::pair<Topic, QString>> facts; // topic, text
    for (const Fact& fact : rules.facts) {
        const auto match = evaluator.evaluate(fact.when);
        if (!match)
            continue;
        if (const auto text = fill(fact.text, withMatch(base, *match)))
            facts.append({fact.topic, *text});
    }
    for (Cause& cause : causes) {
        const Topic topic = ruleOf.value(cause.id)->topic;
        if (topic == Topic::None)
            continue;
        for (const auto& [factTopic, text] : std::as_const(facts)) {
            if (factTopic != topic && !cause.against.contains(text))
                cause.against << text;
        }
    }
}

// One answer of one list is one listing, however many sub-lists its codes name: ZEN answering 127.0.0.2
// and 127.0.0.4 is one card that names SBL and XBL, not two cards with the same evidence. The causes a
// listing fired are folded into the most likely one, which names every sub-list ("sublist" in the rule).
void foldSameListing(QList<Cause>& causes, const QHash<QString, const Rule*>& ruleOf,
                     const QHash<int, QStringList>& listedZonesOf) {
    QList<Cause> out;
    QList<QStringList> zonesOfOut;
    QList<QStringList> sublistsOfOut;
    for (int i = 0; i < causes.size(); ++i) {
        const QStringList zones = listedZonesOf.value(i);
        const QString sublist = ruleOf.value(causes.at(i).id)->sublist;
        int into = -1;
        for (int j = 0; j < out.size() && !zones.isEmpty() && !sublist.isEmpty(); ++j) {
            if (zonesOfOut.at(j) == zones && !sublistsOfOut.at(j).isEmpty())
                into = j;
        }
        if (into < 0) {
            out << causes.at(i);
            zonesOfOut << zones;
            sublistsOfOut << (sublist.isEmpty() ? QStringList() : QStringList{sublist});
            continue;
        }
        Cause& keep = out[into];
        const Cause& other = causes.at(i);
        const bool otherFirst = other.confidence > keep.confidence;
        Cause merged = otherFirst ? other : keep;
        const Cause& second = otherFirst ? keep : other;
        QStringList sublists = sublistsOfOut.at(into);
        if (otherFirst)
            sublists.prepend(sublist);
        else
            sublists << sublist;
        merged.summary += u' ' + second.summary;
        for (const Step& step : second.steps) {
            if (std::none_of(merged.steps.begin(), merged.steps.end(),
                             [&](const Step& s) { return s.text == step.text; }))
                merged.steps << step;
        }
        for (const Link& link : second.links) {
            if (std::none_of(merged.links.begin(), merged.links.end(),
                             [&](const Link& l) { return l.url == link.url; }))
                merged.links << link;
        }
        for (const QString& d : second.dontDo) {
            if (!merged.dontDo.contains(d))
                merged.dontDo << d;
        }
        merged.also << second.id << second.also;
        keep = merged;
        sublistsOfOut[into] = sublists;
    }
    for (int j = 0; j < out.size(); ++j) {
        if (sublistsOfOut.at(j).size() > 1) {
            out[j].sublists = sublistsOfOut.at(j);
            const QStringList& names = sublistsOfOut.at(j);
            const QString named = names.size() == 2
                                      ? DiagnosisEngine::tr("%1 and %2").arg(names.at(0), names.at(1))
                                      : QLocale().createSeparatedList(names);
            out[j].title =
                DiagnosisEngine::tr("Listed on %1 (%2)").arg(named, zonesOfOut.at(j).join(u", "_s));
        }
    }
    causes = out;
}

// What the receiver wrote (the list it names, its own code, its words: evidence from the bounce) comes
// first, then what a live lookup verified, then what the checks alone suggest; unless live evidence
// contradicts the bounce (the list it names answers clean now): that cause comes before everything, and
// the bounce's own rule for that list does not fire at all.
int rankGroup(const Cause& cause) {
    if (cause.contradictsBounce)
        return 0;
    const bool receiverWords =
        std::any_of(cause.evidence.begin(), cause.evidence.end(),
                    [](const Evidence& e) { return e.source == EvidenceSource::Bounce; });
    if (receiverWords)
        return 1;
    return cause.basis == CauseBasis::Live ? 2 : 3;
}

} // namespace

QList<Cause> diagnose(const Session& session, const Rulebook& rules) {
    // An input that was refused or held nothing recognisable is the verdict itself; nothing is
    // concluded from what was not read.
    if (session.inputProblem() && session.checks.isEmpty())
        return {};
    const Evaluator evaluator(session);
    const QHash<QString, QString> base = evaluator.baseValues();
    QList<Cause> causes;
    QHash<QString, const Rule*> ruleOf;    // the rule behind each cause
    QHash<int, QStringList> listedZonesOf; // index in causes: the zones whose listing fired it
    // A rule may declare that it supersedes others (a specific provider code over a generic 5.7.1).
    QSet<QString> superseded;
    for (const Rule& rule : rules.rules) {
        const auto match = evaluator.evaluate(rule.when);
        if (!match)
            continue;
        ruleOf.insert(rule.id, &rule);
        for (const QString& id : rule.supersedes)
            superseded.insert(id);
        // "per_list": one card per list that matched, so that every live listing has its own.
        QList<Match> matches{*match};
        if (rule.perList && !match->perList.isEmpty())
            matches = match->perList;
        for (const Match& one : std::as_const(matches)) {
            if (one.live)
                listedZonesOf.insert(int(causes.size()), one.listedZones);
            causes << buildCause(rule, one, evaluator, base);
        }
    }
    QHash<int, QStringList> kept;
    QList<Cause> remaining;
    for (int i = 0; i < causes.size(); ++i) {
        if (superseded.contains(causes.at(i).id))
            continue;
        if (listedZonesOf.contains(i))
            kept.insert(int(remaining.size()), listedZonesOf.value(i));
        remaining << causes.at(i);
    }
    causes = remaining;
    foldSameListing(causes, ruleOf, kept);
    addFactsAgainst(causes, rules, ruleOf, evaluator, base);
    std::stable_sort(causes.begin(), causes.end(), [](const Cause& a, const Cause& b) {
        if (rankGroup(a) != rankGroup(b))
            return rankGroup(a) < rankGroup(b);
        if (a.confidence != b.confidence)
            return a.confidence > b.confidence;
        return a.severity > b.severity; // the more severe first
    });
    return causes;
}

} // namespace rebound::diagnosis
