#include "core/watch/watchstore.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace rebound::watch {

namespace {

QAtomicInt connectionCounter;
QAtomicPointer<QThread> recordThread;

qint64 toSeconds(const QDateTime& time) {
    return time.isValid() ? time.toSecsSinceEpoch() : 0;
}

QDateTime fromSeconds(const QVariant& value) {
    const qint64 seconds = value.toLongLong();
    return seconds > 0 ? QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC) : QDateTime();
}

bool failed(const QSqlQuery& query, QString* error) {
    if (error)
        *error = query.lastError().text();
    return false;
}

Change changeFromQuery(const QSqlQuery& query) {
    Change change;
    change.target = query.value(0).toString();
    change.check = query.value(1).toString();
    change.zone = query.value(2).toString();
    change.kind = changeKindFromName(query.value(3).toString()).value_or(ChangeKind::Changed);
    change.from = query.value(4).toString();
    change.to = query.value(5).toString();
    change.at = fromSeconds(query.value(6));
    change.detail = query.value(7).toString();
    return change;
}

const QString schema[] = {
    u"CREATE TABLE IF NOT EXISTS watch_state (target TEXT NOT NULL, check_name TEXT NOT NULL, "
    "zone TEXT NOT NULL, state TEXT NOT NULL, value TEXT, detail TEXT, known_state TEXT, known_value TEXT, "
    "since INTEGER, checked_at INTEGER, PRIMARY KEY (target, check_name, zone))"_s,
    u"CREATE TABLE IF NOT EXISTS watch_changes (id INTEGER PRIMARY KEY AUTOINCREMENT, target TEXT NOT NULL, "
    "check_name TEXT NOT NULL, zone TEXT NOT NULL, kind TEXT NOT NULL, from_state TEXT, to_state TEXT, "
    "at INTEGER NOT NULL, detail TEXT)"_s,
    u"CREATE INDEX IF NOT EXISTS watch_changes_target ON watch_changes (target, at)"_s,
    u"CREATE TABLE IF NOT EXISTS watch_runs (entry TEXT PRIMARY KEY, last_run INTEGER NOT NULL)"_s,
    u"CREATE TABLE IF NOT EXISTS watch_targets (line TEXT PRIMARY KEY, added_at INTEGER NOT NULL)"_s,
};

// Columns added after the first release: (table, column, type), added to an older file when missing.
const QString addedColumns[][3] = {
    {u"watch_state"_s, u"expires_at"_s, u"INTEGER"_s},
};

} // namespace

WatchStore::WatchStore() = default;

WatchStore::~WatchStore() {
    close();
}

bool WatchStore::open(const QString& path, QString* error) {
    close();
    m_connection = u"rebound-watch-%1"_s.arg(connectionCounter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!db.open()) {
        if (error)
            *error = u"cannot open %1: %2"_s.arg(path, db.lastError().text());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
        m_connection.clear();
        return false;
    }
    m_path = path;
    // WAL: a reader (the GUI) never blocks the pass, and a killed writer leaves the last commit intact.
    QString sqlError;
    bool ok =
        exec(u"PRAGMA journal_mode=WAL"_s, &sqlError) && exec(u"PRAGMA synchronous=NORMAL"_s, &sqlError);
    for (const QString& statement : schema)
        ok = ok && exec(statement, &sqlError);
    for (const auto& [table, column, type] : addedColumns) {
        if (ok && !hasColumn(table, column))
            ok = exec(u"ALTER TABLE %1 ADD COLUMN %2 %3"_s.arg(table, column, type), &sqlError);
    }
    if (!ok) {
        if (error)
            *error = u"cannot prepare %1: %2"_s.arg(path, sqlError);
        close();
        return false;
    }
    return true;
}

void WatchStore::close() {
    if (m_connection.isEmpty())
        return;
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
    m_path.clear();
}

bool WatchStore::isOpen() const {
    return !m_connection.isEmpty();
}

bool WatchStore::hasColumn(const QString& table, const QString& column) const {
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(u"PRAGMA table_info(%1)"_s.arg(table)))
        return false;
    while (query.next()) {
        if (query.value(1).toString() == column)
            return true;
    }
    return false;
}

bool WatchStore::exec(const QString& sql, QString* error) const {
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(sql))
        return failed(query, error);
    return true;
}

std::optional<StoredState> WatchStore::load(const QString& target, const QString& check, const QString& zone,
                                            QString* error) const {
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT state, value, detail, known_state, known_value, since, checked_at, expires_at "
                  "FROM watch_state WHERE target = ? AND check_name = ? AND zone = COALESCE(?, '')"_s);
    query.addBindValue(target);
    query.addBindValue(check);
    query.addBindValue(zone);
    if (!query.exec()) {
        failed(query, error);
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    StoredState state;
    state.state = checkStateFromName(query.value(0).toString()).value_or(CheckState::NotAsked);
    state.value = query.value(1).toString();
    state.detail = query.value(2).toString();
    if (!query.value(3).isNull())
        state.known = checkStateFromName(query.value(3).toString());
    state.knownValue = query.value(4).toString();
    state.since = fromSeconds(query.value(5));
    state.checkedAt = fromSeconds(query.value(6));
    state.expiresAt = fromSeconds(query.value(7));
    return state;
}

std::optional<QList<Change>> WatchStore::record(const QList<Observation>& observations, const QDateTime& at,
                                                const QString& entry, QString* error) {
    recordThread.storeRelaxed(QThread::currentThread());
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction()) {
        if (error)
            *error = db.lastError().text();
        return std::nullopt;
    }
    const auto rollback = [&](const QString& message) -> std::optional<QList<Change>> {
        db.rollback();
        if (error)
            *error = message;
        return std::nullopt;
    };
    QList<Change> changes;
    QSqlQuery save(db);
    save.prepare(u"INSERT OR REPLACE INTO watch_state (target, check_name, zone, state, value, detail, "
                 "known_state, known_value, since, checked_at, expires_at) "
                 "VALUES (?, ?, COALESCE(?, ''), ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery log(db);
    log.prepare(
        u"INSERT INTO watch_changes (target, check_name, zone, kind, from_state, to_state, at, detail) "
        "VALUES (?, ?, COALESCE(?, ''), ?, ?, ?, ?, ?)"_s);
    for (const Observation& observation : observations) {
        QString loadError;
        const std::optional<StoredState> previous =
            load(observation.target, observation.check, observation.zone, &loadError);
        if (!loadError.isEmpty())
            return rollback(loadError);
        const StoredState next = advance(previous, observation, at);
        save.addBindValue(observation.target);
        save.addBindValue(observation.check);
        save.addBindValue(observation.zone);
        save.addBindValue(checkStateName(next.state));
        save.addBindValue(next.value);
        save.addBindValue(next.detail);
        save.addBindValue(next.known ? QVariant(checkStateName(*next.known)) : QVariant());
        save.addBindValue(next.knownValue);
        save.addBindValue(toSeconds(next.since));
        save.addBindValue(toSeconds(next.checkedAt));
        save.addBindValue(next.expiresAt.isValid() ? QVariant(toSeconds(next.expiresAt)) : QVariant());
        if (!save.exec())
            return rollback(save.lastError().text());
        const std::optional<Change> change = transition(previous, observation, at);
        if (!change)
            continue;
        log.addBindValue(change->target);
        log.addBindValue(change->check);
        log.addBindValue(change->zone);
        log.addBindValue(changeKindName(change->kind));
        log.addBindValue(change->from);
        log.addBindValue(change->to);
        log.addBindValue(toSeconds(change->at));
        log.addBindValue(change->detail);
        if (!log.exec())
            return rollback(log.lastError().text());
        changes << *change;
    }
    if (!entry.isEmpty()) {
        QString runError;
        if (!markRun(entry, at, &runError))
            return rollback(runError);
    }
    if (!db.commit())
        return rollback(db.lastError().text());
    return changes;
}

bool WatchStore::forgetOtherZones(const QString& target, const QString& check, const QStringList& keep,
                                  QString* error) {
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT zone FROM watch_state WHERE target = ? AND check_name = ?"_s);
    query.addBindValue(target);
    query.addBindValue(check);
    if (!query.exec())
        return failed(query, error);
    QStringList gone;
    while (query.next()) {
        if (!keep.contains(query.value(0).toString()))
            gone << query.value(0).toString();
    }
    for (const QString& zone : gone) {
        QSqlQuery remove(QSqlDatabase::database(m_connection, false));
        remove.prepare(u"DELETE FROM watch_state WHERE target = ? AND check_name = ? AND zone = ?"_s);
        remove.addBindValue(target);
        remove.addBindValue(check);
        remove.addBindValue(zone);
        if (!remove.exec())
            return failed(remove, error);
    }
    return true;
}

QThread* WatchStore::lastRecordThread() {
    return recordThread.loadRelaxed();
}

bool WatchStore::markRun(const QString& entry, const QDateTime& at, QString* error) {
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"INSERT OR REPLACE INTO watch_runs (entry, last_run) VALUES (?, ?)"_s);
    query.addBindValue(entry);
    query.addBindValue(toSeconds(at));
    if (!query.exec())
        return failed(query, error);
    return true;
}

QDateTime WatchStore::lastRun(const QString& entry) const {
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT last_run FROM watch_runs WHERE entry = ?"_s);
    query.addBindValue(entry);
    if (!query.exec() || !query.next())
        return {};
    return fromSeconds(query.value(0));
}

QList<StateRow> WatchStore::readStates(const QString& target, const QSet<QString>& only) const {
    QList<StateRow> rows;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    const QString columns =
        u"SELECT target, check_name, zone, state, value, detail, known_state, known_value, since, "
        "checked_at, expires_at FROM watch_state"_s;
    if (target.isNull()) {
        query.prepare(columns + u" ORDER BY target, check_name, zone"_s);
    } else {
        query.prepare(columns + u" WHERE target = ? ORDER BY check_name, zone"_s);
        query.addBindValue(target);
    }
    if (!query.exec())
        return rows;
    while (query.next()) {
        StateRow row;
        row.target = query.value(0).toString();
        if (!only.isEmpty() && !only.contains(row.target))
            continue;
        row.check = query.value(1).toString();
        row.zone = query.value(2).toString();
        row.state.state = checkStateFromName(query.value(3).toString()).value_or(CheckState::NotAsked);
        row.state.value = query.value(4).toString();
        row.state.detail = query.value(5).toString();
        if (!query.value(6).isNull())
            row.state.known = checkStateFromName(query.value(6).toString());
        row.state.knownValue = query.value(7).toString();
        row.state.since = fromSeconds(query.value(8));
        row.state.checkedAt = fromSeconds(query.value(9));
        row.state.expiresAt = fromSeconds(query.value(10));
        rows << row;
    }
    return rows;
}

QList<StateRow> WatchStore::states(const QSet<QString>& targets) const {
    return readStates(QString(), targets);
}

QList<StateRow> WatchStore::statesOf(const QString& target) const {
    return readStates(target.isNull() ? u""_s : target, {});
}

QList<Change> WatchStore::changes(const QString& target, int limit) const {
    QList<Change> list;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    const QString columns = u"SELECT target, check_name, zone, kind, from_state, to_state, at, detail "
                            "FROM watch_changes"_s;
    if (target.isEmpty()) {
        query.prepare(columns + u" ORDER BY id DESC LIMIT ?"_s);
    } else {
        query.prepare(columns + u" WHERE target = ? ORDER BY id DESC LIMIT ?"_s);
        query.addBindValue(target);
    }
    query.addBindValue(limit);
    if (!query.exec())
        return list;
    while (query.next())
        list << changeFromQuery(query);
    return list;
}

QStringList WatchStore::watchEntries() const {
    QStringList lines;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(u"SELECT line FROM watch_targets ORDER BY added_at, line"_s))
        return lines;
    while (query.next())
        lines << query.value(0).toString();
    return lines;
}

bool WatchStore::addWatchEntry(const QString& line, QString* error) {
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"INSERT OR IGNORE INTO watch_targets (line, added_at) VALUES (?, ?)"_s);
    query.addBindValue(line);
    query.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!query.exec())
        return failed(query, error);
    return true;
}

bool WatchStore::removeWatchEntry(const QString& line) {
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"DELETE FROM watch_targets WHERE line = ?"_s);
    query.addBindValue(line);
    return query.exec();
}

QString WatchStore::integrityCheck() const {
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(u"PRAGMA integrity_check"_s) || !query.next())
        return query.lastError().text();
    return query.value(0).toString();
}

} // namespace rebound::watch
