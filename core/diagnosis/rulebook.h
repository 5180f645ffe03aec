#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace rebound::diagnosis {

// The diagnosis knowledge, loaded from resources/diagnosis/rules.json (format: docs/DIAGNOSIS-RULES.md).
// Each rule is kept as its JSON: the engine reads conditions and texts from it directly.
struct Rule {
    QString id;
    QJsonObject json;
};

// A fact about the live checks ("SPF passes", "no blocklist lists the address"), shown with every cause
// of another topic as evidence against the alternatives.
struct Fact {
    QString id;
    QString topic;
    QJsonObject json; // "when" and "text"
};

struct Rulebook {
    QList<Rule> rules;
    QList<Fact> facts;
};

// Validates every rule (ids unique, known condition kinds, regexes that compile, actors, severities)
// and reports the first problem with the rule's id.
std::optional<Rulebook> parseRulebook(const QByteArray& json, QString* error);

// The rules shipped in the application's resources, loaded once; an invalid file is a build error
// caught by the tests, so this never fails at run time.
const Rulebook& builtinRulebook();

} // namespace rebound::diagnosis
