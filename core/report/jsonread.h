#pragma once

#include "core/diagnosis/checktask.h"
#include "core/util/finding.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// Reading check results defensively: other modules write them, keys may be missing or of another
// type, and nothing here may throw or assert. Missing means empty.
namespace rebound::report::json {

QString text(const QJsonObject& object, QStringView key); // strings, numbers and bools as text
QJsonObject object(const QJsonObject& object, QStringView key);
QJsonArray array(const QJsonObject& object, QStringView key);
QList<QJsonObject> objects(const QJsonObject& object, QStringView key); // array items that are objects
QStringList strings(const QJsonObject& object, QStringView key);        // an array of scalars, or one string
bool has(const QJsonObject& object, QStringView key);                   // present and not null
// Integer value, or fallback when missing or not a number.
qint64 integer(const QJsonObject& object, QStringView key, qint64 fallback = -1);
// The "severity" of a finding or cause, nullopt when missing or not a severity's name.
std::optional<Severity> severity(const QJsonObject& object);
// The "state" of a check, nullopt when missing or not a state's name.
std::optional<diagnosis::CheckState> checkState(const QJsonObject& check);

} // namespace rebound::report::json
