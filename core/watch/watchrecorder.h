// A watch pass's results written off the caller's thread: a worker QThread with a WatchStore (a
// QSqlDatabase connection) of its own, opened in that thread. The GUI records through it so that a /22's
// 1,024 transactions never stall the window; the CLI records in line (WatchStore directly).
// Requests are handled in order; each result comes back on the caller's thread as a queued signal.
#pragma once

#include "core/watch/watchtypes.h"

#include <QList>
#include <QObject>
#include <QThread>

namespace rebound::watch {

class WatchRecorderWorker;

class WatchRecorder final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchRecorder)

public:
    // Starts the worker thread; the database at path is opened there on the first request.
    explicit WatchRecorder(const QString& path, QObject* parent = nullptr);
    // Waits for the requests already sent, then stops the thread.
    ~WatchRecorder() override;

    // WatchStore::record() on the worker; recorded(ticket, ...) follows.
    void record(quint64 ticket, const QList<rebound::watch::Observation>& observations, const QDateTime& at,
                const QString& entry);
    // WatchStore::forgetOtherZones() on the worker, before any record() sent after it.
    void forgetOtherZones(const QString& target, const QString& check, const QStringList& keep);

signals:
    // ok false: nothing was stored, error says why.
    void recorded(quint64 ticket, bool ok, const QList<rebound::watch::Change>& changes,
                  const QString& error);

private:
    QThread m_thread;
    WatchRecorderWorker* m_worker = nullptr;
};

} // namespace rebound::watch
