#include "core/diagnosis/rulebook.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace rebound::diagnosis {
namespace {

const QStringList conditionKinds{u"bounce"_qs,  u"listed"_qs, u"list_status"_qs,       u"finding"_qs,
                                 u"check"_qs,   u"json"_qs,   u"named_list_status"_qs, u"detected"_qs,
                                 u"resolver"_qs};
// What a rule or a fact is about: facts argue against the causes of the other topics.
const QStringList topics{u"blocklist"_qs, u"rdns"_qs, u"auth"_qs, u"reputation"_qs, u"delivery"_qs};
const QStringList actors{u"you"_qs, u"provider"_qs, u"recipient"_qs};
const QStringList severities{u"critical"_qs, u"error"_qs, u"warning"_qs, u"info"_qs};

bool checkCondition(const QJsonValue& value, QString* error) {
    const QJsonObject cond = value.toObject();
    if (cond.isEmpty()) {
        *error = u"a condition must be an object"_qs;
        return false;
    }
    for (const QString& group : {u"all"_qs, u"any"_qs, u"none"_qs}) {
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
        *error = u"a condition needs exactly one of: "_qs + conditionKinds.join(u", "_qs);
        return false;
    }
    // What a result field says is shown as evidence in words ("evidence", with {value} for the value
    // found), never as the field's path.
    if (cond.contains(u"json"_qs) && cond.value(u"evidence").toString().trimmed().isEmpty()) {
        *error = u"a json condition needs an 'evidence' text saying in words what it found"_qs;
        return false;
    }
    if (cond.contains(u"matches")) {
        const QRegularExpression re(cond.value(u"matches").toString());
        if (!re.isValid()) {
            *error = u"bad regular expression: "_qs + re.errorString();
            return false;
        }
    }
    return true;
}

bool checkRule(const QJsonObject& rule, QString* error) {
    for (const QString& key : {u"id"_qs, u"title"_qs, u"summary"_qs, u"severity"_qs}) {
        if (rule.value(key).toString().isEmpty()) {
            *error = u"missing '"_qs + key + u"'"_qs;
            return false;
        }
    }
    if (!severities.contains(rule.value(u"severity").toString())) {
        *error = u"severity must be one of "_qs + severities.join(u", "_qs);
        return false;
    }
    const int confidence = rule.value(u"confidence").toInt(-1);
    if (confidence < 0 || confidence > 100) {
        *error = u"confidence must be 0-100"_qs;
        return false;
    }
    if (rule.contains(u"about") && rule.value(u"about").toString() != u"could_not_check") {
        *error = u"about must be could_not_check"_qs;
        return false;
    }
    if (rule.contains(u"topic") && !topics.contains(rule.value(u"topic").toString())) {
        *error = u"topic must be one of "_qs + topics.join(u", "_qs);
        return false;
    }
    if (!rule.value(u"when").isObject() || !checkCondition(rule.value(u"when"), error)) {
        if (error->isEmpty())
            *error = u"missing 'when'"_qs;
        return false;
    }
    for (const QJsonValue& boost : rule.value(u"boost").toArray()) {
        if (!checkCondition(boost[u"when"], error))
            return false;
        if (!boost[u"by"].isDouble() || boost[u"by"].toInt() == 0) {
            *error = u"a boost needs a non-zero 'by'"_qs;
            return false;
        }
        if (boost[u"by"].toInt() < 0 && boost[u"note"].toString().isEmpty()) {
            *error = u"a negative boost needs a 'note' saying why the confidence is lower"_qs;
            return false;
        }
    }
    for (const QJsonValue& step : rule.value(u"steps").toArray()) {
        if (!actors.contains(step[u"actor"].toString())) {
            *error = u"a step's actor must be one of "_qs + actors.join(u", "_qs);
            return false;
        }
        if (step[u"text"].toString().isEmpty()) {
            *error = u"a step has no text"_qs;
            return false;
        }
    }
    for (const QJsonValue& link : rule.value(u"links").toArray()) {
        if (!link[u"url"].toString().startsWith(u"https://")
            && !link[u"url"].toString().startsWith(u"http://")) {
            *error = u"a link must be an http(s) URL"_qs;
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
        *error = u"rules: "_qs + parseError.errorString();
        return std::nullopt;
    }
    Rulebook book;
    QSet<QString> ids;
    for (const QJsonValue& value : doc.object().value(u"rules").toArray()) {
        const QJsonObject rule = value.toObject();
        const QString id = rule.value(u"id").toString();
        QString ruleError;
        if (!checkRule(rule, &ruleError)) {
            *error = u"rule '"_qs + id + u"': "_qs + ruleError;
            return std::nullopt;
        }
        if (ids.contains(id)) {
            *error = u"rule '"_qs + id + u"' is defined twice"_qs;
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
            factError = u"a fact needs 'id', 'topic' and 'text'"_qs;
        else if (!topics.contains(fact.value(u"topic").toString()))
            factError = u"topic must be one of "_qs + topics.join(u", "_qs);
        else if (!fact.value(u"when").isObject() || !checkCondition(fact.value(u"when"), &factError))
            factError = factError.isEmpty() ? u"missing 'when'"_qs : factError;
        if (!factError.isEmpty()) {
            *error = u"fact '"_qs + id + u"': "_qs + factError;
            return std::nullopt;
        }
        book.facts.append({id, fact.value(u"topic").toString(), fact});
    }
    if (book.rules.isEmpty()) {
        *error = u"rules: no rules"_qs;
        return std::nullopt;
    }
    return book;
}

const Rulebook& builtinRulebook() {
    static const Rulebook book = [] {
        QFile file(u":/rebound/diagnosis/rules.json"_qs);
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
