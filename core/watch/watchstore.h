// The watch's state on disk: SQLite through Qt Sql (QSQLITE), in WAL mode, one transaction per target
// result, so that a watch killed mid-pass leaves every target either as before or as after its result.
// The same file may be the GUI's history database: the tables are the watch's own (watch_*).
#pragma once

#include "core/watch/watchtypes.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

class QThread;

namespace rebound::watch {

struct StateRow {
    QString target;
    QString check;
    QString zone;
    StoredState state;
};

class WatchStore final {
public:
    WatchStore();
    ~WatchStore();
    WatchStore(const WatchStore&) = delete;
    WatchStore& operator=(const WatchStore&) = delete;

    // Opens (creating when needed) the database at path; false with *error.
    bool open(const QString& path, QString* error);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }

    // In one transaction: compares each observation with the stored state (transition()), stores the
    // new states (advance()) and the changes, and, when entry is not empty, that entry's run time.
    // Returns the changes; nullopt (and nothing stored) on a database error.
    std::optional<QList<Change>> record(const QList<Observation>& observations, const QDateTime& at,
                                        const QString& entry, QString* error);
    // Drops the stored states of target's check whose zone is not in keep (an MX host no longer probed),
    // so that a host that left the MX set does not keep its last state for ever.
    bool forgetOtherZones(const QString& target, const QString& check, const QStringList& keep,
                          QString* error);
    // The entry's run time alone (a target with nothing to observe, such as a special-purpose address).
    bool markRun(const QString& entry, const QDateTime& at, QString* error);
    QDateTime lastRun(const QString& entry) const;

    // The stored states of these targets (addresses or domains), or of every target when empty.
    QList<StateRow> states(const QSet<QString>& targets = {}) const;
    // The stored states of one target (an address or a domain), by the primary key: what a writer that
    // goes target by target reads (rebound-cli watch --json over a /22).
    QList<StateRow> statesOf(const QString& target) const;
    // Changes, newest first; of one target (an address or a domain) or all when target is empty.
    QList<Change> changes(const QString& target = {}, int limit = 200) const;

    // The GUI's watch list (the CLI reads its FILE instead): entry lines as written ("203.0.113.0/24 6h").
    QStringList watchEntries() const;
    bool addWatchEntry(const QString& line, QString* error);
    bool removeWatchEntry(const QString& line);

    // The thread of the latest record() in this process (a test's probe: the GUI never records on its
    // own thread).
    static QThread* lastRecordThread();

    // PRAGMA integrity_check: "ok" for a sound file.
    QString integrityCheck() const;

private:
    bool exec(const QString& sql, QString* error) const;
    bool hasColumn(const QString& table, const QString& column) const;
    // Of one target, or of every target (null) in only (empty: all).
    QList<StateRow> readStates(const QString& target, const QSet<QString>& only) const;
    std::optional<StoredState> load(const QString& target, const QString& check, const QString& zone,
                                    QString* error) const;

    QString m_path;
    QString m_connection;
};

} // namespace rebound::watch
