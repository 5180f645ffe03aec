#include "core/diagnosis/rulebook.h"

#include "core/util/jsonutil.h"
#include "core/util/nametable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace rebound::diagnosis {
namespace {

const QStringList conditionKinds{u"bounce"_s,  u"listed"_s, u"list_status"_s,       u"finding"_s,
                                 u"check"_s,   u"json"_s,   u"named_list_status"_s, u"detected"_s,
                                 u"resolver"_s};
constexpr util::EnumName<Topic> TopicNames[]{{Topic::Blocklist, u"blocklist"},
                                             {Topic::Rdns, u"rdns"},
                                             {Topic::Auth, u"auth"},
                                             {Topic::Reputation, u"reputation"},
                                             {Topic::Delivery, u"delivery"}};
const QStringList topics{u"blocklist"_s, u"rdns"_s, u"auth"_s, u"reputation"_s, u"delivery"_s};
const QStringList actors{u"you"_s, u"provider"_s, u"recipient"_s};
const QStringList severities{u"critical"_s, u"error"_s, u"warning"_s, u"info"_s};

// The strings of an array only (a lone string is not a zone list).
QStringList arrayStrings(const QJsonValue& value) {
    QStringList list;
    for (const QJsonValue& v : value.toArray())
        list << v.toString();
    return list;
}

std::optional<Condition> compileCondition(const QJsonValue& value, QString* error);

std::optional<Condition> compileGroup(const QJsonObject& cond, QString* error) {
    using Op = GroupCondition::Op;
    const std::pair<QString, Op> groups[]{{u"all"_s, Op::All}, {u"any"_s, Op::Any}, {u"none"_s, Op::None}};
    for (const auto& [key, op] : groups) {
        if (!cond.contains(key))
            continue;
        GroupCondition group{op, {}};
        for (const QJsonValue& inner : cond.value(key).toArray()) {
            auto compiled = compileCondition(inner, error);
            if (!compiled)
                return std::nullopt;
            group.inner.push_back(std::move(*compiled));
        }
        return Condition{std::move(group)};
    }
    return std::nullopt;
}

ValueTest valueTest(const QJsonObject& cond) {
    ValueTest test;
    if (cond.contains(u"in"))
        test.in = util::toStringList(cond.value(u"in"));
    if (cond.contains(u"matches"))
        test.matches =
            QRegularExpression(cond.value(u"matches").toString(), QRegularExpression::CaseInsensitiveOption);
    return test;
}

std::optional<Condition> compileCheckState(const QJsonObject& cond, QString* error) {
    CheckStateCondition check{cond.value(u"check").toString(), {}, false};
    for (const QString& name : util::toStringList(cond.value(u"state"))) {
        if (name == u"absent")
            check.absent = true;
        else if (const auto state = parseCheckState(name))
            check.states << *state;
        else {
            *error = u"unknown check state '"_s + name + u"'"_s;
            return std::nullopt;
        }
    }
    return Condition{std::move(check)};
}

std::optional<Condition> compileDetected(const QJsonObject& cond, QString* error) {
    DetectedCondition detected;
    for (const QString& name : util::toStringList(cond.value(u"detected"))) {
        const InputKind kind = inputKindFromName(name);
        if (inputKindName(kind) != name) {
            *error = u"unknown detected kind '"_s + name + u"'"_s;
            return std::nullopt;
        }
        detected.kinds << kind;
    }
    return Condition{std::move(detected)};
}

Condition compileJson(const QJsonObject& cond) {
    JsonCondition json{cond.value(u"json").toString(),
                       cond.value(u"path").toString().split(u'.'),
                       valueTest(cond),
                       {},
                       cond.value(u"evidence").toString()};
    const QJsonObject capture = cond.value(u"capture").toObject();
    for (auto it = capture.begin(); it != capture.end(); ++it)
        json.capture.append(std::pair{it.key(), it.value().toString().split(u'.')});
    return Condition{std::move(json)};
}

// The one kind of a validated condition, compiled.
std::optional<Condition> compileKind(const QJsonObject& cond, QString* error) {
    if (cond.contains(u"resolver"))
        return Condition{ResolverCondition{}};
    if (cond.contains(u"bounce"))
        return Condition{BounceCondition{cond.value(u"bounce").toString(), valueTest(cond)}};
    if (cond.contains(u"listed"))
        return Condition{ListStatusCondition{{u"listed"_s},
                                             arrayStrings(cond.value(u"listed")),
                                             util::toStringList(cond.value(u"codes")),
                                             arrayStrings(cond.value(u"except"))}};
    if (cond.contains(u"list_status"))
        return Condition{ListStatusCondition{
            util::toStringList(cond.value(u"list_status")), arrayStrings(cond.value(u"zones")),
            util::toStringList(cond.value(u"codes")), arrayStrings(cond.value(u"except"))}};
    if (cond.contains(u"named_list_status")) {
        NamedListStatusCondition named{util::toStringList(cond.value(u"named_list_status")), std::nullopt};
        if (cond.contains(u"matches"))
            named.only = QRegularExpression(cond.value(u"matches").toString(),
                                            QRegularExpression::CaseInsensitiveOption);
        return Condition{std::move(named)};
    }
    if (cond.contains(u"finding"))
        return Condition{
            FindingCondition{QRegularExpression(u"^(?:"_s + cond.value(u"finding").toString() + u")$"_s),
                             severityFromName(cond.value(u"min_severity").toString(), Severity::Warning)}};
    if (cond.contains(u"check"))
        return compileCheckState(cond, error);
    if (cond.contains(u"json"))
        return compileJson(cond);
    return compileDetected(cond, error);
}

std::optional<Condition> compileCondition(const QJsonValue& value, QString* error) {
    const QJsonObject cond = value.toObject();
    if (cond.isEmpty()) {
        *error = u"a condition must be an object"_s;
        return std::nullopt;
    }
    if (cond.contains(u"all") || cond.contains(u"any") || cond.contains(u"none"))
        return compileGroup(cond, error);
    int kinds = 0;
    for (const QString& kind : conditionKinds)
        kinds += cond.contains(kind) ? 1 : 0;
    if (kinds != 1) {
        *error = u"a condition needs exactly one of: "_s + conditionKinds.join(u", "_s);
        return std::nullopt;
    }
    // What a result field says is shown as evidence in words ("evidence", with {value} for the value
    // found), never as the field's path.
    if (cond.contains(u"json"_s) && cond.value(u"evidence").toString().trimmed().isEmpty()) {
        *error = u"a json condition needs an 'evidence' text saying in words what it found"_s;
        return std::nullopt;
    }
    if (cond.contains(u"matches")) {
        const QRegularExpression re(cond.value(u"matches").toString());
        if (!re.isValid()) {
            *error = u"bad regular expression: "_s + re.errorString();
            return std::nullopt;
        }
    }
    return compileKind(cond, error);
}

QList<RuleLink> compileLinks(const QJsonValue& value) {
    QList<RuleLink> links;
    for (const QJsonValue& link : value.toArray())
        links.append(RuleLink{link[u"title"].toString(), link[u"url"].toString()});
    return links;
}

// The rule's fields that are not conditions, checked in the order the messages are documented.
bool compileHead(const QJsonObject& json, Rule* rule, QString* error) {
    for (const QString& key : {u"id"_s, u"title"_s, u"summary"_s, u"severity"_s}) {
        if (json.value(key).toString().isEmpty()) {
            *error = u"missing '"_s + key + u"'"_s;
            return false;
        }
    }
    const auto severity = parseSeverity(json.value(u"severity").toString());
    if (!severity) {
        *error = u"severity must be one of "_s + severities.join(u", "_s);
        return false;
    }
    const int confidence = json.value(u"confidence").toInt(-1);
    if (confidence < 0 || confidence > 100) {
        *error = u"confidence must be 0-100"_s;
        return false;
    }
    const auto about = parseCauseAbout(json.value(u"about").toString());
    if (json.contains(u"about") && about != CauseAbout::CouldNotCheck) {
        *error = u"about must be could_not_check"_s;
        return false;
    }
    const auto topic = util::enumFromName<Topic>(TopicNames, json.value(u"topic").toString());
    if (json.contains(u"topic") && !topic) {
        *error = u"topic must be one of "_s + topics.join(u", "_s);
        return false;
    }
    rule->id = json.value(u"id").toString();
    rule->title = json.value(u"title").toString();
    rule->summary = json.value(u"summary").toString();
    rule->severity = *severity;
    rule->confidence = confidence;
    rule->about = about.value_or(CauseAbout::Mail);
    rule->topic = topic.value_or(Topic::None);
    return true;
}

bool compileBoosts(const QJsonArray& boosts, Rule* rule, QString* error) {
    for (const QJsonValue& boost : boosts) {
        auto when = compileCondition(boost[u"when"], error);
        if (!when)
            return false;
        if (!boost[u"by"].isDouble() || boost[u"by"].toInt() == 0) {
            *error = u"a boost needs a non-zero 'by'"_s;
            return false;
        }
        if (boost[u"by"].toInt() < 0 && boost[u"note"].toString().isEmpty()) {
            *error = u"a negative boost needs a 'note' saying why the confidence is lower"_s;
            return false;
        }
        std::optional<QString> note;
        if (boost[u"note"].isString())
            note = boost[u"note"].toString();
        rule->boosts.append(Boost{std::move(*when), boost[u"by"].toInt(), note});
    }
    return true;
}

bool compileSteps(const QJsonArray& steps, Rule* rule, QString* error) {
    for (const QJsonValue& step : steps) {
        const auto actor = parseActor(step[u"actor"].toString());
        if (!actor || *actor == Actor::Unknown) {
            *error = u"a step's actor must be one of "_s + actors.join(u", "_s);
            return false;
        }
        if (step[u"text"].toString().isEmpty()) {
            *error = u"a step has no text"_s;
            return false;
        }
        rule->steps.append(RuleStep{*actor, step[u"text"].toString(),
                                    step[u"fallback"].toString(step[u"text"].toString()),
                                    compileLinks(step[u"links"])});
    }
    return true;
}

std::optional<Rule> compileRule(const QJsonObject& json, QString* error) {
    Rule rule;
    if (!compileHead(json, &rule, error))
        return std::nullopt;
    auto when = json.value(u"when").isObject() ? compileCondition(json.value(u"when"), error) : std::nullopt;
    if (!when) {
        if (error->isEmpty())
            *error = u"missing 'when'"_s;
        return std::nullopt;
    }
    rule.when = std::move(*when);
    if (!compileBoosts(json.value(u"boost").toArray(), &rule, error)
        || !compileSteps(json.value(u"steps").toArray(), &rule, error))
        return std::nullopt;
    rule.links = compileLinks(json.value(u"links"));
    for (const RuleLink& link : std::as_const(rule.links)) {
        if (!link.url.startsWith(u"https://") && !link.url.startsWith(u"http://")) {
            *error = u"a link must be an http(s) URL"_s;
            return std::nullopt;
        }
    }
    rule.requiredChecks = arrayStrings(json.value(u"requires"));
    rule.supersedes = arrayStrings(json.value(u"supersedes"));
    rule.dont = arrayStrings(json.value(u"dont"));
    rule.against = arrayStrings(json.value(u"against"));
    rule.recovery = json.value(u"recovery").toString();
    rule.sublist = json.value(u"sublist").toString();
    rule.perList = json.value(u"per_list").toBool();
    return rule;
}

std::optional<Fact> compileFact(const QJsonObject& json, QString* error) {
    const auto topic = util::enumFromName<Topic>(TopicNames, json.value(u"topic").toString());
    if (json.value(u"id").toString().isEmpty() || json.value(u"topic").toString().isEmpty()
        || json.value(u"text").toString().isEmpty()) {
        *error = u"a fact needs 'id', 'topic' and 'text'"_s;
        return std::nullopt;
    }
    if (!topic) {
        *error = u"topic must be one of "_s + topics.join(u", "_s);
        return std::nullopt;
    }
    auto when = json.value(u"when").isObject() ? compileCondition(json.value(u"when"), error) : std::nullopt;
    if (!when) {
        if (error->isEmpty())
            *error = u"missing 'when'"_s;
        return std::nullopt;
    }
    return Fact{json.value(u"id").toString(), *topic, std::move(*when), json.value(u"text").toString()};
}

} // namespace

std::optional<Rulebook> parseRulebook(const QByteArray& json, QString* error) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        *error = u"rules: "_s + parseError.errorString();
        return std::nullopt;
    }
    Rulebook book;
    QSet<QString> ids;
    for (const QJsonValue& value : doc.object().value(u"rules").toArray()) {
        const QString id = value[u"id"].toString();
        QString ruleError;
        auto rule = compileRule(value.toObject(), &ruleError);
        if (!rule) {
            *error = u"rule '"_s + id + u"': "_s + ruleError;
            return std::nullopt;
        }
        if (ids.contains(id)) {
            *error = u"rule '"_s + id + u"' is defined twice"_s;
            return std::nullopt;
        }
        ids.insert(id);
        book.rules.append(std::move(*rule));
    }
    for (const QJsonValue& value : doc.object().value(u"facts").toArray()) {
        QString factError;
        auto fact = compileFact(value.toObject(), &factError);
        if (!fact) {
            *error = u"fact '"_s + value[u"id"].toString() + u"': "_s + factError;
            return std::nullopt;
        }
        book.facts.append(std::move(*fact));
    }
    if (book.rules.isEmpty()) {
        *error = u"rules: no rules"_s;
        return std::nullopt;
    }
    return book;
}

const Rulebook& builtinRulebook() {
    static const Rulebook book = [] {
        QFile file(u":/rebound/diagnosis/rules.json"_s);
        QString error;
        std::optional<Rulebook> parsed;
        if (file.open(QIODevice::ReadOnly))
            parsed = parseRulebook(file.readAll(), &error);
        if (!parsed)
            qCritical("diagnosis rules not loaded: %s", qPrintable(error));
        return parsed.value_or(Rulebook{});
    }();
    return book;
}

} // namespace rebound::diagnosis
