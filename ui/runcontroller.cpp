#include "ui/runcontroller.h"

namespace rebound::ui {

namespace {
constexpr int kUpdateIntervalMs = 30; // about two frames: bursts of check updates become one repaint
}

RunController::RunController(QObject* parent)
    : QObject(parent) {
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(kUpdateIntervalMs);
    connect(&m_coalesce, &QTimer::timeout, this, &RunController::sessionChanged);
}

RunController::~RunController() = default;

void RunController::start(const QString& input, const diagnosis::RunOptions& options) {
    if (m_run)
        m_run->disconnect(this);
    m_run = std::make_unique<diagnosis::DiagnosisRun>(options);
    m_startedEmitted = false;
    diagnosis::DiagnosisRun* run = m_run.get();
    connect(run, &diagnosis::DiagnosisRun::inputDetected, this,
            [this](const diagnosis::DetectedInput& detected) {
                emit inputDetected(diagnosis::inputKindName(detected.kind), detected.explanation);
                scheduleUpdate();
            });
    connect(run, &diagnosis::DiagnosisRun::bounceAnalysed, this, &RunController::scheduleUpdate);
    connect(run, &diagnosis::DiagnosisRun::checkAdded, this, &RunController::scheduleUpdate);
    connect(run, &diagnosis::DiagnosisRun::checkChanged, this, &RunController::scheduleUpdate);
    connect(run, &diagnosis::DiagnosisRun::diagnosisUpdated, this, &RunController::scheduleUpdate);
    connect(run, &diagnosis::DiagnosisRun::finished, this, [this] {
        m_coalesce.stop();
        emit sessionChanged();
        emit finished();
    });
    run->start(input);
}

void RunController::scheduleUpdate() {
    if (!m_startedEmitted && m_run && !m_run->session().id.isEmpty()) {
        m_startedEmitted = true;
        emit started();
    }
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

void RunController::cancel() {
    if (m_run && m_run->isRunning())
        m_run->cancel();
}

bool RunController::isRunning() const {
    return m_run && m_run->isRunning();
}

QJsonObject RunController::session() const {
    if (!m_run)
        return {};
    // While it runs the views are refreshed several times a second and none shows the DNS query log
    // (thousands of entries): it joins the JSON when the run is over.
    if (!m_run->isRunning())
        return diagnosis::toJson(m_run->session());
    diagnosis::Session live = m_run->session();
    live.dnsQueries.clear();
    return diagnosis::toJson(live);
}

} // namespace rebound::ui
