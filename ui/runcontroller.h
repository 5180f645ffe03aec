// Drives one DiagnosisRun for the window and hands out its session as JSON (the schema every view
// reads), coalescing the run's bursts of signals into at most one update per frame interval.
#pragma once

#include "core/diagnosis/diagnosisrun.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <memory>

namespace rebound::ui {

class RunController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunController)

public:
    explicit RunController(QObject* parent = nullptr);
    ~RunController() override;

    void start(const QString& input, const diagnosis::RunOptions& options);
    void cancel();
    bool isRunning() const;
    QJsonObject session() const; // the current state, as docs/session-json-schema.md describes

signals:
    void inputDetected(const QString& kind, const QString& explanation);
    void started();        // the session has an id: save it
    void sessionChanged(); // coalesced: checks, bounce or diagnosis changed
    void finished();

private:
    void scheduleUpdate();

    std::unique_ptr<diagnosis::DiagnosisRun> m_run;
    QTimer m_coalesce;
    bool m_startedEmitted = false;
};

} // namespace rebound::ui
