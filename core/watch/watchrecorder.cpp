#include "core/watch/watchrecorder.h"

#include "core/watch/watchstore.h"

#include <QMetaObject>

using namespace Qt::StringLiterals;

namespace rebound::watch {

// Lives in the recorder's thread: its store is opened, used and closed there only.
class WatchRecorderWorker final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchRecorderWorker)

public:
    explicit WatchRecorderWorker(const QString& path)
        : m_path(path) {}

    void record(quint64 ticket, const QList<Observation>& observations, const QDateTime& at,
                const QString& entry) {
        QString error;
        if (!open(&error)) {
            emit recorded(ticket, false, {}, error);
            return;
        }
        const auto changes = m_store.record(observations, at, entry, &error);
        emit recorded(ticket, changes.has_value(), changes.value_or(QList<Change>()), error);
    }

    void forgetOtherZones(const QString& target, const QString& check, const QStringList& keep) {
        QString error;
        if (open(&error) && !m_store.forgetOtherZones(target, check, keep, &error))
            qWarning("watch: %s", qPrintable(error));
    }

    void close() { m_store.close(); }

signals:
    void recorded(quint64 ticket, bool ok, const QList<rebound::watch::Change>& changes,
                  const QString& error);

private:
    bool open(QString* error) { return m_store.isOpen() || m_store.open(m_path, error); }

    QString m_path;
    WatchStore m_store;
};

WatchRecorder::WatchRecorder(const QString& path, QObject* parent)
    : QObject(parent)
    , m_worker(new WatchRecorderWorker(path)) {
    m_thread.setObjectName(u"watch-recorder"_s);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    // Queued: the worker emits in its thread, the pass hears it in this one.
    connect(m_worker, &WatchRecorderWorker::recorded, this, &WatchRecorder::recorded, Qt::QueuedConnection);
    m_thread.start(QThread::LowPriority);
}

WatchRecorder::~WatchRecorder() {
    // Queued behind the requests already sent: they are written, then the thread's loop ends.
    QThread* thread = &m_thread;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, thread] {
            worker->close();
            thread->quit();
        },
        Qt::QueuedConnection);
    m_thread.wait();
}

void WatchRecorder::record(quint64 ticket, const QList<Observation>& observations, const QDateTime& at,
                           const QString& entry) {
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, ticket, observations, at, entry] {
            worker->record(ticket, observations, at, entry);
        },
        Qt::QueuedConnection);
}

void WatchRecorder::forgetOtherZones(const QString& target, const QString& check, const QStringList& keep) {
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, target, check, keep] { worker->forgetOtherZones(target, check, keep); },
        Qt::QueuedConnection);
}

} // namespace rebound::watch

#include "watchrecorder.moc"
