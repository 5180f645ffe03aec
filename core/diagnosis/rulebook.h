#pragma once

#include "core/diagnosis/causetypes.h"
#include "core/diagnosis/checktask.h"
#include "core/diagnosis/inputdetector.h"
#include "core/util/finding.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>
#include <vector>

namespace rebound::diagnosis {

// The diagnosis knowledge, compiled once from resources/diagnosis/rules.json (format:
// docs/DIAGNOSIS-RULES.md) into the structures below: the engine never reads JSON keys of a rule, and
// every regular expression is compiled when the rulebook is loaded.

struct Condition;

// "in" and "matches" of a bounce or json condition: a value holds when it is in the list (ignoring
// case) and matches the expression (case-insensitive); either test is skipped when the rule has none.
struct ValueTest {
    std::optional<QStringList> in;
    std::optional<QRegularExpression> matches;
};

// {"all" | "any" | "none": [...]}
struct GroupCondition {
    enum class Op { All, Any, None };
    Op op = Op::All;
    std::vector<Condition> inner;
};

// {"resolver": "unreachable"}
struct ResolverCondition {};

// {"bounce": FIELD, "in"/"matches"}
struct BounceCondition {
    QString field;
    ValueTest test;
};

// {"listed": [zones], "codes", "except"} and {"list_status": [statuses], "zones"}: zones empty means
// any list.
struct ListStatusCondition {
    QStringList statuses;
    QStringList zones;
    QStringList codes;
    QStringList except;
};

// {"named_list_status": [statuses], "matches": REGEX}
struct NamedListStatusCondition {
    QStringList statuses;
    std::optional<QRegularExpression> only; // narrows to the named lists that match
};

// {"finding": REGEX, "min_severity"}: the whole id matches.
struct FindingCondition {
    QRegularExpression id;
    Severity minimum = Severity::Warning;
};

// {"check": ID, "state": [states]}; "absent" when the run has no such check.
struct CheckStateCondition {
    QString check;
    QList<CheckState> states;
    bool absent = false;
};

// {"json": CHECK, "path", "in"/"matches", "capture", "evidence"}
struct JsonCondition {
    QString check;
    QStringList path; // "spf.result" split at the dots
    ValueTest test;
    QList<std::pair<QString, QStringList>> capture; // placeholder, path (in the JSON's key order)
    QString evidence;                               // the sentence saying what was found, {value} included
};

// {"detected": [kinds]}
struct DetectedCondition {
    QList<InputKind> kinds;
};

struct Condition {
    std::variant<GroupCondition, ResolverCondition, BounceCondition, ListStatusCondition,
                 NamedListStatusCondition, FindingCondition, CheckStateCondition, JsonCondition,
                 DetectedCondition>
        kind;
};

// What a rule or a fact is about: facts argue against the causes of the other topics.
enum class Topic { None, Blocklist, Rdns, Auth, Reputation, Delivery };

// A text with {placeholders}, kept in English; translated when it is filled.
struct RuleLink {
    QString title;
    QString url;
};

struct RuleStep {
    Actor actor = Actor::Unknown;
    QString text;
    QString fallback; // used when a placeholder of text has no value (the text itself when none is given)
    QList<RuleLink> links;
};

struct Boost {
    Condition when;
    int by = 0;
    std::optional<QString> note; // why the confidence is lower; without one the evidence is added
};

struct Rule {
    QString id;
    QString title;
    QString summary;
    Severity severity = Severity::Info;
    int confidence = 0;
    Condition when;
    Topic topic = Topic::None;
    CauseAbout about = CauseAbout::Mail;
    QStringList requiredChecks; // "requires": check ids
    QList<Boost> boosts;
    QStringList supersedes; // rule ids
    QList<RuleStep> steps;
    QStringList dont;
    QString recovery;
    QList<RuleLink> links;
    QStringList against;
    QString sublist;
    bool perList = false;
};

// A fact about the live checks ("SPF passes", "no blocklist lists the address"), shown with every cause
// of another topic as evidence against the alternatives.
struct Fact {
    QString id;
    Topic topic = Topic::None;
    Condition when;
    QString text;
};

struct Rulebook {
    QList<Rule> rules;
    QList<Fact> facts;
};

// Validates and compiles every rule (ids unique, known condition kinds, regexes that compile, actors,
// severities) and reports the first problem with the rule's id.
std::optional<Rulebook> parseRulebook(const QByteArray& json, QString* error);

// The rules shipped in the application's resources, loaded once; an invalid file is a build error
// caught by the tests, so this never fails at run time.
const Rulebook& builtinRulebook();

} // namespace rebound::diagnosis
