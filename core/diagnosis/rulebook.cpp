#include "core/diagnosis/rulebook.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace rebound::diagnosis {
namespace {

const QStringList conditionKinds{u"bounce"_s,  u"listed"_s, u"list_status"_s,       u"finding"_s,
                                 u"check"_s,   u"json"_s,   u"named_list_status"_s, u"detected"_s,
                                 u"resolver"_s};
// What a rule or a fact is about: facts argue against the causes of the other topics.
const QStringList topics{u"blocklist"_s, u"rdns"_s, u"auth"_s, u"reputation"_s, u"delivery"_s};
const QStringList actors{u"you"_s, u"provider"_s, u"recipient"_s};
const QStringList severities{u"critical"_s, u"error"_s, u"warning"_s, u"info"_s};

bool checkCondition(const QJsonValue& value, QString* error) {
    const QJsonObject cond = value.toObject();
    if (cond.isEmpty()) {
        *error = u"a condition must be an object"_s;
        return false;
    }
    for (const QString& group : {u"all"_s, u"any"_s, u"none"_s}) {
        if (cond.contains(group)) {
            for (const QJsonValue& inner : cond.value(group).toArray()) {
                if (!checkCondition(inner, error))
                    return false;
            }
            return true;
        }
    }
    int kinds = 0;
    for (const QString& kind : conditionKinds)
        kinds += cond.contains(kind) ? 1 : 0;
    if (kinds != 1) {
        *error = u"a condition needs exactly one of: "_s + conditionKinds.join(u", "_s);
        return false;
    }
    // What a result field says is shown as evidence in words ("evidence", with {value} for the value
    // found), never as the field's path.
    if (cond.contains(u"json"_s) && cond.value(u"evidence").toString().trimmed().isEmpty()) {
        *error = u"a json condition needs an 'evidence' text saying in words what it found"_s;
        return false;
    }
    if (cond.contains(u"matches")) {
        const QRegularExpression re(cond.value(u"matches").toString());
        if (!re.isValid()) {
            *error = u"bad regular expression: "_s + re.errorString();
            return false;
        }
    }
    return true;
}

bool checkRule(const QJsonObject& rule, QString* error) {
    for (const QString& key : {u"id"_s, u"title"_s, u"summary"_s, u"severity"_s}) {
        if (rule.value(key).toString().isEmpty()) {
            *error = u"missing '"_s + key + u"'"_s;
            return false;
        }
    }
    if (!severities.contains(rule.value(u"severity").toString())) {
        *error = u"severity must be one of "_s + severities.join(u", "_s);
        return false;
    }
    const int confidence = rule.value(u"confidence").toInt(-1);
    if (confidence < 0 || confidence > 100) {
        *error = u"confidence must be 0-100"_s;
        return false;
    }
    if (rule.contains(u"about") && rule.value(u"about").toString() != u"could_not_check") {
        *error = u"about must be could_not_check"_s;
        return false;
    }
    if (rule.contains(u"topic") && !topics.contains(rule.value(u"topic").toString())) {
        *error = u"topic must be one of "_s + topics.join(u", "_s);
        return false;
    }
    if (!rule.value(u"when").isObject() || !checkCondition(rule.value(u"when"), error)) {
        if (error->isEmpty())
            *error = u"missing 'when'"_s;
        return false;
    }
    for (const QJsonValue& boost : rule.value(u"boost").toArray()) {
        if (!checkCondition(boost[u"when"], error))
            return false;
        if (!boost[u"by"].isDouble() || boost[u"by"].toInt() == 0) {
            *error = u"a boost needs a non-zero 'by'"_s;
            return false;
        }
        if (boost[u"by"].toInt() < 0 && boost[u"note"].toString().isEmpty()) {
            *error = u"a negative boost needs a 'note' saying why the confidence is lower"_s;
            return false;
        }
    }
    for (const QJsonValue& step : rule.value(u"steps").toArray()) {
        if (!actors.contains(step[u"actor"].toString())) {
            *error = u"a step's actor must be one of "_s + actors.join(u", "_s);
            return false;
        }
        if (step[u"text"].toString().isEmpty()) {
            *error = u"a step has no text"_s;
            return false;
        }
    }
    for (const QJsonValue& link : rule.value(u"links").toArray()) {
        if (!link[u"url"].toString().startsWith(u"https://")
            && !link[u"url"].toString().startsWith(u"http://")) {
            *error = u"a link must be an http(s) URL"_s;
            return false;
        }
    }
    return true;
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
        const QJsonObject rule = value.toObject();
        const QString id = rule.value(u"id").toString();
        QString ruleError;
        if (!checkRule(rule, &ruleError)) {
            *error = u"rule '"_s + id + u"': "_s + ruleError;
            return std::nullopt;
        }
        if (ids.contains(id)) {
            *error = u"rule '"_s + id + u"' is defined twice"_s;
            return std::nullopt;
        }
        ids.insert(id);
        book.rules.append({id, rule});
    }
    for (const QJsonValue& value : doc.object().value(u"facts").toArray()) {
        const QJsonObject fact = value.toObject();
        const QString id = fact.value(u"id").toString();
        QString factError;
        if (id.isEmpty() || fact.value(u"topic").toString().isEmpty()
            || fact.value(u"text").toString().isEmpty())
            factError = u"a fact needs 'id', 'topic' and 'text'"_s;
        else if (!topics.contains(fact.value(u"topic").toString()))
            factError = u"topic must be one of "_s + topics.join(u", "_s);
        else if (!fact.value(u"when").isObject() || !checkCondition(fact.value(u"when"), &factError))
            factError = factError.isEmpty() ? u"missing 'when'"_s : factError;
        if (!factError.isEmpty()) {
            *error = u"fact '"_s + id + u"': "_s + factError;
            return std::nullopt;
        }
        book.facts.append({id, fact.value(u"topic").toString(), fact});
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
