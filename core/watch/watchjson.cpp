#include "core/watch/watchjson.h"

#include "core/watch/watchlist.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace rebound::watch {

namespace {

QJsonValue timeJson(const QDateTime& time) {
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

QJsonObject toJson(const Change& change) {
    return {
        {u"target"_s, change.target},
        {u"check"_s, change.check},
        {u"zone"_s, change.zone.isEmpty() ? QJsonValue() : QJsonValue(change.zone)},
        {u"from"_s, change.from},
        {u"to"_s, change.to},
        {u"at"_s, timeJson(change.at)},
        {u"detail"_s, change.detail},
        {u"change"_s, changeKindName(change.kind)},
        {u"level"_s, levelName(changeLevel(change.kind))},
    };
}

QJsonObject toJson(const WatchPassResult& pass, const QList<StateRow>& states) {
    QHash<QString, QList<const StateRow*>> bySubject;
    for (const StateRow& row : states)
        bySubject[row.target] << &row;
    QJsonArray changes;
    for (const Change& change : pass.changes)
        changes << toJson(change);
    QJsonArray targets;
    for (const TargetOutcome& target : pass.targets) {
        QJsonArray rows;
        for (const QString& subject : target.subjects) {
            for (const StateRow* row : bySubject.value(subject)) {
                if (row->state.state == CheckState::NotAsked)
                    continue;
                rows << QJsonObject{
                    {u"target"_s, row->target},
                    {u"check"_s, row->check},
                    {u"zone"_s, row->zone.isEmpty() ? QJsonValue() : QJsonValue(row->zone)},
                    {u"state"_s, checkStateName(row->state.state)},
                    {u"since"_s, timeJson(row->state.since)},
                    {u"detail"_s, row->state.detail},
                };
            }
        }
        targets << QJsonObject{
            {u"target"_s, target.entry},
            {u"kind"_s, watchKindName(target.kind)},
            {u"checked"_s, target.checked},
            {u"interval"_s, target.interval},
            {u"last_run"_s, timeJson(target.lastRun)},
            {u"next_run"_s, timeJson(target.nextRun)},
            {u"states"_s, rows},
        };
    }
    QJsonArray errors;
    for (const QString& error : pass.errors)
        errors << error;
    return {
        {u"at"_s, timeJson(pass.at)},
        {u"changes"_s, changes},
        {u"targets"_s, targets},
        {u"errors"_s, errors},
        {u"nagios_code"_s, pass.exitCode()},
    };
}

} // namespace rebound::watch
