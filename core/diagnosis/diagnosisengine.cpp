#include "core/diagnosis/diagnosisengine.h"

#include "core/blocklist/liststate.h"
#include "core/bounce/bounceknowledge.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rebound::diagnosis {
namespace {

// What the bounce says, for a person: one whole sentence per field a rule can ask about, the reason
// by its label ("Unknown recipient", not Sisimai's "userunknown").
QString bounceEvidenceText(const QString& field, const QString& value) {
    if (field == u"reason")
        return QObject::tr("The bounce gives the reason: %1").arg(bounce::reasonLabel(value));
    if (field == u"diagnostic")
        return QObject::tr("The server's words in the bounce: %1").arg(value);
    if (field == u"status")
        return QObject::tr("The bounce's enhanced status code: %1").arg(value);
    if (field == u"provider_code")
        return QObject::tr("The provider's code in the bounce: %1").arg(value);
    if (field == u"blocklists")
        return QObject::tr("The bounce names the blocklist %1").arg(value);
    return QObject::tr("The bounce says %1: %2").arg(field, value);
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
bool readsChecks(const QJsonObject& cond) {
    for (const QString& kind :
         {u"listed"_s, u"list_status"_s, u"finding"_s, u"check"_s, u"json"_s, u"named_list_status"_s}) {
        if (cond.contains(kind))
            return true;
    }
    return false;
}

std::optional<QString> fill(const QString& source, const QHash<QString, QString>& values);
QString fillOrKeep(const QString& text, const QHash<QString, QString>& values);

class Evaluator {
public:
    explicit Evaluator(const Session& session)
        : m_session(session)
        , m_recipients(session.bounce.value(u"recipients").toArray()) {}

    std::optional<Match> evaluate(const QJsonObject& cond) const {
        if (cond.contains(u"all")) {
            Match all;
            for (const QJsonValue& inner : cond.value(u"all").toArray()) {
                const auto m = evaluate(inner.toObject());
                if (!m)
                    return std::nullopt;
                merge(all, *m);
            }
            return all;
        }
        if (cond.contains(u"any")) {
            std::optional<Match> any;
            for (const QJsonValue& inner : cond.value(u"any").toArray()) {
                if (const auto m = evaluate(inner.toObject())) {
                    if (!any)
                        any = Match{};
                    merge(*any, *m);
                }
            }
            return any;
        }
        if (cond.contains(u"none")) {
            for (const QJsonValue& inner : cond.value(u"none").toArray()) {
                if (evaluate(inner.toObject()))
                    return std::nullopt;
            }
            return Match{};
        }
        if (cond.contains(u"resolver")) {
            if (!m_session.resolverUnreachable)
                return std::nullopt;
            Match match;
            match.evidence << Evidence{
                QObject::tr("No DNS server answered any query (resolver: %1)").arg(m_session.resolver),
                u"dns"_s};
            match.values.insert(u"resolver"_s, m_session.resolver);
            return match;
        }
        if (m_session.resolverUnreachable && readsChecks(cond))
            return std::nullopt;
        if (cond.contains(u"bounce"))
            return bounceField(cond);
        if (cond.contains(u"listed"))
            return listStatus(cond.value(u"listed").toArray(), {u"listed"_s}, cond);
        if (cond.contains(u"list_status"))
            return listStatus(cond.value(u"zones").toArray(), strings(cond.value(u"list_status")), cond);
        if (cond.contains(u"finding"))
            return finding(cond);
        if (cond.contains(u"check"))
            return checkState(cond);
        if (cond.contains(u"json"))
            return jsonPath(cond);
        if (cond.contains(u"named_list_status"))
            return namedListStatus(strings(cond.value(u"named_list_status")), cond);
        if (cond.contains(u"detected")) {
            if (strings(cond.value(u"detected")).contains(inputKindName(m_session.detected.kind)))
                return Match{};
            return std::nullopt;
        }
        return std::nullopt;
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
    QStringList missingChecks(const QJsonArray& required) const {
        QStringList missing;
        for (const QJsonValue& id : required) {
            const CheckRecord* record = m_session.check(id.toString());
            if (!record || record->state != CheckState::Done)
                missing << (record ? QString(record->title + u" ("_s + checkStateName(record->state) + u')')
                                   : QString(id.toString() + u" (not run)"_s));
        }
        return missing;
    }

private:
    static QStringList strings(const QJsonValue& value) {
        QStringList list;
        if (value.isString())
            list << value.toString();
        for (const QJsonValue& v : value.toArray())
            list << v.toString();
        return list;
    }

    static void setOnce(QHash<QString, QString>& values, const QString& key, const QString& value) {
        if (!value.isEmpty() && !values.contains(key))
            values.insert(key, value);
    }

    static void merge(Match& into, const Match& from) {
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

    // Each rule's pattern is compiled once per evaluation, not once per recipient: an mbox of
    // thousands of bounces asks the same question thousands of times.
    const QRegularExpression& pattern(const QString& source,
                                      QRegularExpression::PatternOptions options = {}) const {
        const QString key = QString::number(int(options)) + u':' + source;
        auto it = m_patterns.constFind(key);
        if (it == m_patterns.constEnd())
            it = m_patterns.insert(key, QRegularExpression(source, options));
        return *it;
    }

    bool valueMatches(const QString& value, const QJsonObject& cond) const {
        if (value.isEmpty())
            return false;
        if (cond.contains(u"in") && !strings(cond.value(u"in")).contains(value, Qt::CaseInsensitive))
            return false;
        if (cond.contains(u"matches")
            && !pattern(cond.value(u"matches").toString(), QRegularExpression::CaseInsensitiveOption)
                    .match(value)
                    .hasMatch())
            return false;
        return true;
    }

    static QStringList fieldValues(const QJsonValue& field) {
        if (field.isArray())
            return strings(field);
        if (field.isDouble())
            return {QString::number(field.toInt())};
        if (field.isBool())
            return {field.toBool() ? u"true"_s : u"false"_s};
        return {field.toString()};
    }

    std::optional<Match> bounceField(const QJsonObject& cond) const {
        const QString field = cond.value(u"bounce").toString();
        std::optional<Match> match;
        for (const QJsonValue& r : m_recipients) {
            for (const QString& value : fieldValues(r[field])) {
                if (!valueMatches(value, cond))
                    continue;
                if (!match)
                    match = Match{};
                Evidence evidence{bounceEvidenceText(field, value), u"bounce"_s};
                // The span of this very field, else the diagnostic text, else the status code.
                const QStringList spanOrder{field == u"blocklists" ? u"blocklist"_s : field,
                                            u"diagnostic"_s, u"status"_s};
                for (const QString& wanted : spanOrder) {
                    for (const QJsonValue& span : r[u"evidence"].toArray()) {
                        if (evidence.offset < 0 && span[u"what"].toString() == wanted) {
                            evidence.offset = qint64(span[u"offset"].toDouble(-1));
                            evidence.length = qint64(span[u"length"].toDouble());
                        }
                    }
                }
                match->evidence << evidence;
                if (field == u"blocklists")
                    setOnce(match->values, u"named_list"_s, value);
                return match;
            }
        }
        return match;
    }

    // Every blocklist entry of every check result, with the check it came from.
    QList<QJsonObject> listEntries() const {
        QList<QJsonObject> entries;
        for (const CheckRecord& check : m_session.checks) {
            for (const QJsonValue& entry : check.result.value(u"blocklists").toArray())
                entries << entry.toObject();
        }
        return entries;
    }

    static bool zoneMatches(const QString& zone, const QJsonArray& zones) {
        if (zones.isEmpty())
            return true;
        for (const QJsonValue& z : zones) {
            const QString want = z.toString();
            if (zone.compare(want, Qt::CaseInsensitive) == 0
                || zone.endsWith(u'.' + want, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }

    std::optional<Match> listStatus(const QJsonArray& zones, const QStringList& statuses,
                                    const QJsonObject& cond) const {
        const QStringList codes = strings(cond.value(u"codes"));
        const QJsonArray except = cond.value(u"except").toArray();
        std::optional<Match> match;
        for (const QJsonObject& entry : listEntries()) {
            const QString zone = entry.value(u"zone").toString();
            if (!statuses.contains(entry.value(u"status").toString()) || !zoneMatches(zone, zones)
                || (!except.isEmpty() && zoneMatches(zone, except)))
                continue;
            const QStringList entryCodes = strings(entry.value(u"codes"));
            if (!codes.isEmpty() && std::none_of(entryCodes.begin(), entryCodes.end(), [&](const QString& c) {
                    return codes.contains(c);
                }))
                continue;
            if (!match)
                match = Match{};
            const QString name = entry.value(u"name").toString();
            const QString status = entry.value(u"status").toString();
            const bool listed = status == u"listed";
            QString text = QObject::tr("%1 (%2): %3").arg(name, zone, blocklist::listStateWords(status));
            // Only a listing has a meaning; the codes of any other answer say nothing about the address.
            if (listed && !entryCodes.isEmpty())
                text += u" "_s + entryCodes.join(u", "_s);
            if (listed && !entry.value(u"meaning").toString().isEmpty())
                text += u" — "_s + entry.value(u"meaning").toString();
            Match one;
            one.evidence << Evidence{text, u"blocklists"_s};
            one.values.insert(u"list_name"_s, name);
            one.values.insert(u"zone"_s, zone);
            one.values.insert(u"lookup_url"_s, entry.value(u"lookup_url").toString());
            one.values.insert(u"removal_url"_s, entry.value(u"removal_url").toString());
            if (listed) {
                one.live = true;
                one.listedZones << zone;
            }
            Match copy = one;
            merge(*match, one);
            match->perList << copy;
        }
        return match;
    }

    std::optional<Match> finding(const QJsonObject& cond) const {
        const QRegularExpression& re = pattern(u"^(?:"_s + cond.value(u"finding").toString() + u")$"_s);
        // Only findings at least this severe count (default: warning), so informational ones never fire.
        const Severity minimum = severityFromName(cond.value(u"min_severity").toString(), Severity::Warning);
        std::optional<Match> match;
        for (const CheckRecord& check : m_session.checks) {
            for (const Finding& f : check.findings) {
                if (int(f.severity) < int(minimum) || !re.match(f.id).hasMatch())
                    continue;
                if (!match)
                    match = Match{};
                match->evidence << Evidence{f.title + (f.detail.isEmpty() ? QString() : u": "_s + f.detail),
                                            check.id};
            }
        }
        return match;
    }

    std::optional<Match> checkState(const QJsonObject& cond) const {
        const CheckRecord* record = m_session.check(cond.value(u"check").toString());
        const QStringList states = strings(cond.value(u"state"));
        const QString state = record ? checkStateName(record->state) : u"absent"_s;
        if (!states.contains(state))
            return std::nullopt;
        Match match;
        if (record)
            match.evidence << Evidence{QObject::tr("%1: %2 %3").arg(record->title, state, record->note),
                                       record->id};
        return match;
    }

    std::optional<Match> jsonPath(const QJsonObject& cond) const {
        const CheckRecord* record = m_session.check(cond.value(u"json").toString());
        if (!record)
            return std::nullopt;
        const auto at = [&](const QString& path) {
            QJsonValue value = record->result;
            for (const QString& key : path.split(u'.'))
                value = value.toObject().value(key);
            return value;
        };
        for (const QString& v : fieldValues(at(cond.value(u"path").toString()))) {
            if (valueMatches(v, cond)) {
                Match match;
                // "capture": {"placeholder": "path"} makes other values of the same result usable in texts.
                const QJsonObject capture = cond.value(u"capture").toObject();
                for (auto it = capture.begin(); it != capture.end(); ++it)
                    setOnce(match.values, it.key(), at(it.value().toString()).toString());
                // The condition's own sentence says what was found (rulebook.cpp requires one).
                QHash<QString, QString> values = match.values;
                values.insert(u"value"_s, v);
                match.evidence << Evidence{fillOrKeep(cond.value(u"evidence").toString(), values),
                                           record->id};
                return match;
            }
        }
        return std::nullopt;
    }

    // The bounce names a list, and the live check of that list now says one of statuses.
    // "matches" narrows it to the named lists a rule is about, so that a note on Spamhaus never lands on
    // the Barracuda card.
    std::optional<Match> namedListStatus(const QStringList& statuses, const QJsonObject& cond) const {
        const bool narrowed = cond.contains(u"matches");
        const QRegularExpression& only =
            pattern(cond.value(u"matches").toString(), QRegularExpression::CaseInsensitiveOption);
        // Each list once, however many recipients of an mbox name it.
        QStringList namedLists;
        for (const QJsonValue& r : m_recipients) {
            for (const QString& named : strings(r[u"blocklists"])) {
                if (narrowed && !only.match(named).hasMatch())
                    continue;
                if (!namedLists.contains(named, Qt::CaseInsensitive))
                    namedLists << named;
            }
        }
        const QList<QJsonObject> entries = listEntries();
        std::optional<Match> match;
        for (const QString& named : std::as_const(namedLists)) {
            for (const QJsonObject& entry : entries) {
                const QString zone = entry.value(u"zone").toString();
                const QString name = entry.value(u"name").toString();
                const bool same = zone.compare(named, Qt::CaseInsensitive) == 0
                                  || (!name.isEmpty()
                                      && (name.contains(named, Qt::CaseInsensitive)
                                          || named.contains(name, Qt::CaseInsensitive)));
                if (!same || !statuses.contains(entry.value(u"status").toString()))
                    continue;
                if (!match)
                    match = Match{};
                match->evidence << Evidence{
                    QObject::tr("The bounce names %1, and %2 (%3) now answers: %4")
                        .arg(named, name, zone, blocklist::listStateWords(entry.value(u"status").toString())),
                    u"blocklists"_s};
                match->contradicts = match->contradicts || entry.value(u"status").toString() == u"clean";
                setOnce(match->values, u"named_list"_s, named);
                setOnce(match->values, u"list_name"_s, name);
                setOnce(match->values, u"zone"_s, zone);
                setOnce(match->values, u"list_status"_s,
                        blocklist::listStateWords(entry.value(u"status").toString()));
            }
        }
        return match;
    }

    const Session& m_session;
    QJsonArray m_recipients;
    mutable QHash<QString, QRegularExpression> m_patterns;
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

QList<Link> links(const QJsonArray& array, const QHash<QString, QString>& values) {
    QList<Link> out;
    for (const QJsonValue& v : array) {
        const auto url = fill(v[u"url"].toString(), values);
        if (url && !url->isEmpty())
            out << Link{fillOrKeep(v[u"title"].toString(), values), *url};
    }
    return out;
}

int severityRank(const QString& severity) {
    static const QStringList order{u"critical"_s, u"error"_s, u"warning"_s, u"info"_s};
    const qsizetype i = order.indexOf(severity);
    return i < 0 ? 4 : int(i);
}

// The placeholder values for a text: everything known, with what the matching condition found on top.
QHash<QString, QString> withMatch(QHash<QString, QString> values, const Match& match) {
    for (auto it = match.values.begin(); it != match.values.end(); ++it)
        values.insert(it.key(), it.value());
    return values;
}

Cause buildCause(const Rule& rule, const Match& match, const Evaluator& evaluator,
                 const QHash<QString, QString>& base) {
    const QJsonObject& json = rule.json;
    const QHash<QString, QString> values = withMatch(base, match);
    Cause cause;
    cause.id = rule.id;
    cause.title = fillOrKeep(json.value(u"title").toString(), values);
    cause.summary = fillOrKeep(json.value(u"summary").toString(), values);
    cause.severity = json.value(u"severity").toString();
    cause.confidence = json.value(u"confidence").toInt();
    cause.evidence = match.evidence;
    // A boost raises the confidence when its condition holds; a negative one (a check that could not
    // answer) lowers it, and its note says why.
    QStringList notes;
    for (const QJsonValue& boost : json.value(u"boost").toArray()) {
        if (const auto m = evaluator.evaluate(boost[u"when"].toObject())) {
            cause.confidence += boost[u"by"].toInt();
            if (boost[u"note"].isString())
                notes << fillOrKeep(boost[u"note"].toString(), withMatch(values, *m));
            else
                cause.evidence += m->evidence;
        }
    }
    const QStringList missing = evaluator.missingChecks(json.value(u"requires").toArray());
    if (!missing.isEmpty()) {
        cause.confidence -= 25;
        notes << QObject::tr("Could not confirm with a live check: %1. This rests on the bounce text alone.")
                     .arg(missing.join(u", "_s));
    }
    cause.confidenceNote = notes.join(u' ');
    cause.confidence = std::clamp(cause.confidence, 5, 99);
    // What it rests on: a live listing is verified, not guessed; otherwise the receiver's words, or what
    // the checks suggest, are inferences with a confidence.
    const bool fromBounce = std::any_of(cause.evidence.begin(), cause.evidence.end(),
                                        [](const Evidence& e) { return e.source == u"bounce"; });
    cause.basis = match.live ? u"live"_s : fromBounce ? u"bounce"_s : u"checks"_s;
    cause.about = json.value(u"about").toString();
    cause.contradictsBounce = match.contradicts;
    for (const QJsonValue& a : json.value(u"against").toArray())
        cause.against << fillOrKeep(a.toString(), values);
    for (const QJsonValue& step : json.value(u"steps").toArray()) {
        const auto text = fill(step[u"text"].toString(), values);
        cause.steps << Step{step[u"actor"].toString(),
                            text.value_or(translated(step[u"fallback"].toString(step[u"text"].toString()))),
                            links(step[u"links"].toArray(), values)};
    }
    for (const QJsonValue& d : json.value(u"dont").toArray())
        cause.dontDo << fillOrKeep(d.toString(), values);
    cause.recovery = fillOrKeep(json.value(u"recovery").toString(), values);
    cause.links = links(json.value(u"links").toArray(), values);
    return cause;
}

// Every fact that holds is evidence against the causes of other topics: "SPF passes for 203.0.113.7"
// argues against an authentication failure when the top cause is a blocklist listing.
void addFactsAgainst(QList<Cause>& causes, const Rulebook& rules, const QHash<QString, const Rule*>& ruleOf,
                     const Evaluator& evaluator, const QHash<QString, QString>& base) {
    QList<std::pair<QString, QString>> facts; // topic, text
    for (const Fact& fact : rules.facts) {
        const auto match = evaluator.evaluate(fact.json.value(u"when").toObject());
        if (!match)
            continue;
        if (const auto text = fill(fact.json.value(u"text").toString(), withMatch(base, *match)))
            facts.append({fact.topic, *text});
    }
    for (Cause& cause : causes) {
        const QString topic = ruleOf.value(cause.id)->json.value(u"topic").toString();
        if (topic.isEmpty())
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
        const QString sublist = ruleOf.value(causes.at(i).id)->json.value(u"sublist").toString();
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
            const QString named = names.size() == 2 ? QObject::tr("%1 and %2").arg(names.at(0), names.at(1))
                                                    : QLocale().createSeparatedList(names);
            out[j].title = QObject::tr("Listed on %1 (%2)").arg(named, zonesOfOut.at(j).join(u", "_s));
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
    const bool receiverWords = std::any_of(cause.evidence.begin(), cause.evidence.end(),
                                           [](const Evidence& e) { return e.source == u"bounce"; });
    if (receiverWords)
        return 1;
    return cause.basis == u"live" ? 2 : 3;
}

} // namespace

QList<Cause> diagnose(const Session& session, const Rulebook& rules) {
    // An input that was refused or held nothing recognisable is the verdict itself; nothing is
    // concluded from what was not read.
    if (!session.inputProblem().isEmpty() && session.checks.isEmpty())
        return {};
    const Evaluator evaluator(session);
    const QHash<QString, QString> base = evaluator.baseValues();
    QList<Cause> causes;
    QHash<QString, const Rule*> ruleOf;    // the rule behind each cause
    QHash<int, QStringList> listedZonesOf; // index in causes: the zones whose listing fired it
    // A rule may declare that it supersedes others (a specific provider code over a generic 5.7.1).
    QSet<QString> superseded;
    for (const Rule& rule : rules.rules) {
        const auto match = evaluator.evaluate(rule.json.value(u"when").toObject());
        if (!match)
            continue;
        ruleOf.insert(rule.id, &rule);
        for (const QJsonValue& id : rule.json.value(u"supersedes").toArray())
            superseded.insert(id.toString());
        // "per_list": one card per list that matched, so that every live listing has its own.
        QList<Match> matches{*match};
        if (rule.json.value(u"per_list").toBool() && !match->perList.isEmpty())
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
        return severityRank(a.severity) < severityRank(b.severity);
    });
    return causes;
}

} // namespace rebound::diagnosis
