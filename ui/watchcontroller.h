// The desktop app's watch: the list of targets kept in the history database (core/watch's store opens
// the same file; its tables are watch_*), a pass of the due targets on a QTimer while the app runs, and
// "Check now". Results are recorded off the UI thread (watch::WatchRecorder). The Watch window (WatchView)
// and the tray (MainWindow) show what it finds.
#pragma once

#include "core/watch/watchstore.h"
#include "core/watch/watchtypes.h"

#include <QObject>
#include <QTimer>

namespace rebound::dns {
class Resolver;
}
namespace rebound::watch {
class WatchPass;
class WatchRecorder;
} // namespace rebound::watch

namespace rebound::ui {

class WatchController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchController)

public:
    // How often the schedule is looked at; each target runs only when due (core/watch/watchschedule.h).
    static constexpr int kTickMs = 60 * 1000;

    explicit WatchController(const QString& databasePath, QObject* parent = nullptr);
    ~WatchController() override;

    bool isOpen() const { return m_store.isOpen(); }
    QString error() const { return m_error; }
    const watch::WatchStore& store() const { return m_store; }

    QStringList entries() const;
    // A target as the user typed it ("203.0.113.0/24 6h"); false with *error when it is not one.
    bool addEntry(const QString& text, QString* error);
    void removeEntry(const QString& line);

    // Starts the schedule (a pass of the due targets now, then every kTickMs).
    void startSchedule();
    // A pass now: every target (force), or only the due ones.
    void runPass(bool force);
    bool isRunning() const { return m_pass != nullptr; }

signals:
    void entriesChanged();
    void passStarted();
    // The changes of the pass (empty when nothing changed); error: why it could not run, else empty.
    void passFinished(const QList<rebound::watch::Change>& changes, const QString& error);

private:
    void onPassFinished();

    watch::WatchStore m_store;
    QString m_error;
    QTimer m_timer;
    watch::WatchPass* m_pass = nullptr;
    // Writes the passes' results on a thread of its own (a connection of its own to the same file).
    watch::WatchRecorder* m_recorder = nullptr;
    dns::Resolver* m_resolver = nullptr;
};

} // namespace rebound::ui
