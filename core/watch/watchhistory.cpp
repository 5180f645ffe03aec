#include "core/watch/watchhistory.h"

#include "core/watch/watchjson.h"
#include "core/watch/watchstore.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace rebound::watch {

namespace {

// The checks whose changes the diagnosis reads as "the record changed on <date>".
const QStringList recordChecks{u"spf"_s, u"dkim"_s, u"dmarc"_s, u"mx"_s, u"ptr"_s, u"tls_certificate"_s};

bool isRecordChange(ChangeKind kind) {
    return kind == ChangeKind::Changed || kind == ChangeKind::Broke || kind == ChangeKind::Degraded;
}

} // namespace

QJsonObject watchHistoryJson(const WatchStore& store, const QStringList& targets, const QDateTime& reference,
                             int maxChanges) {
    QJsonArray targetsJson;
    QJsonArray listedSince;
    QJsonObject recordChanges;
    for (const QString& target : targets) {
        const QList<StateRow> states = store.statesOf(target);
        const QList<Change> changes = store.changes(target, maxChanges);
        if (states.isEmpty() && changes.isEmpty())
            continue;
        QJsonArray statesJson;
        for (const StateRow& row : states) {
            if (!isShownState(row))
                continue;
            statesJson << stateJson(row);
            if (row.check == u"blocklist" && row.state.state == CheckState::Listed)
                listedSince << u"%1 listed on %2 since %3"_s.arg(row.target, row.zone,
                                                                 row.state.since.toString(u"yyyy-MM-dd"_s));
        }
        QJsonArray changesJson;
        for (const Change& change : changes) {
            changesJson << toJson(change);
            // Newest first: the first of each check is its latest.
            if (!recordChecks.contains(change.check) || !isRecordChange(change.kind)
                || recordChanges.contains(change.check) || change.at > reference)
                continue;
            recordChanges.insert(change.check,
                                 QJsonObject{
                                     {u"target"_s, change.target},
                                     {u"at"_s, change.at.toString(Qt::ISODate)},
                                     {u"date"_s, change.at.toString(u"yyyy-MM-dd"_s)},
                                     {u"days_before"_s, int(change.at.secsTo(reference) / 86400)},
                                     {u"change"_s, changeKindName(change.kind)},
                                     {u"from"_s, change.from},
                                     {u"to"_s, change.to},
                                     {u"detail"_s, change.detail},
                                 });
        }
        targetsJson << QJsonObject{
            {u"target"_s, target}, {u"states"_s, statesJson}, {u"changes"_s, changesJson}};
    }
    return {
        {u"database"_s, store.path()},
        {u"reference"_s, reference.toUTC().toString(Qt::ISODate)},
        {u"has_history"_s, !targetsJson.isEmpty()},
        {u"targets"_s, targetsJson},
        {u"listed_since"_s, listedSince},
        {u"record_changes"_s, recordChanges},
    };
}

} // namespace rebound::watch
