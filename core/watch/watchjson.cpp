#include "core/watch/watchjson.h"

#include "core/watch/watchlist.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace rebound::watch {

namespace {

QJsonValue timeJson(const QDateTime& time) {
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue zoneJson(const QString& zone) {
    return zone.isEmpty() ? QJsonValue() : QJsonValue(zone);
}

} // namespace

QJsonObject toJson(const Change& change) {
    return {
        {u"target"_s, change.target},
        {u"check"_s, change.check},
        {u"zone"_s, zoneJson(change.zone)},
        {u"from"_s, change.from},
        {u"to"_s, change.to},
        {u"at"_s, timeJson(change.at)},
        {u"detail"_s, change.detail},
        {u"change"_s, changeKindName(change.kind)},
        {u"level"_s, levelName(changeLevel(change.kind))},
    };
}

QJsonObject passHeadJson(const WatchPassResult& pass, bool withChanges) {
    QJsonArray changes;
    for (const Change& change : withChanges ? pass.changes : QList<Change>())
        changes << toJson(change);
    QJsonArray errors;
    for (const QString& error : pass.errors)
        errors << error;
    return {
        {u"at"_s, timeJson(pass.at)},
        {u"changes"_s, changes},
        {u"errors"_s, errors},
        {u"nagios_code"_s, pass.exitCode()},
    };
}

QJsonObject targetJson(const TargetOutcome& target) {
    return {
        {u"target"_s, target.entry},
        {u"kind"_s, watchKindName(target.kind)},
        {u"checked"_s, target.checked},
        {u"interval"_s, target.interval},
        {u"last_run"_s, timeJson(target.lastRun)},
        {u"next_run"_s, timeJson(target.nextRun)},
    };
}

bool isShownState(const StateRow& row) {
    return row.state.state != CheckState::NotAsked;
}

QJsonObject stateJson(const StateRow& row) {
    QJsonObject json{
        {u"target"_s, row.target},
        {u"check"_s, row.check},
        {u"zone"_s, zoneJson(row.zone)},
        {u"state"_s, checkStateName(row.state.state)},
        {u"since"_s, timeJson(row.state.since)},
        {u"detail"_s, row.state.detail},
    };
    if (row.state.expiresAt.isValid())
        json.insert(u"expires_at"_s, timeJson(row.state.expiresAt));
    return json;
}

} // namespace rebound::watch
