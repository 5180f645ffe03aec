#include "core/diagnosis/diagnosisrun.h"

#include "core/diagnosis/bouncestep.h"
#include "core/diagnosis/checkplan.h"
#include "core/diagnosis/checkregistry.h"
#include "core/diagnosis/diagnosisengine.h"
#include "core/dns/resolver.h"
#include "core/util/threadpriority.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QHostInfo>
#include <QPointer>
#include <QUuid>

namespace rebound::diagnosis {

// The input kept in a session is bounded; the analyser has its own, larger, limit.
constexpr qsizetype MaxStoredInput = 2 * 1024 * 1024;

struct DiagnosisRun::Private {
    DiagnosisRun* q = nullptr;
    RunOptions options;
    Session session;
    std::unique_ptr<dns::Resolver> resolver;
    QList<QPointer<CheckTask>> tasks; // parallel to session.checks
    QFutureWatcher<QJsonObject>* bounceWatcher = nullptr;
    bool running = false;
    bool cancelling = false;

    // The diagnosis is evaluated on a worker from a copy of the session (its parts are implicitly
    // shared, so the copy is cheap): an mbox of thousands of bounces must not stall the window.
    // Every change asks for one more evaluation; changes that arrive while one runs fold into the next.
    QFutureWatcher<QList<Cause>>* diagnosisWatcher = nullptr;
    int changes = 0;   // how many times the session changed in a way the diagnosis depends on
    int diagnosed = 0; // the change the shown diagnosis reflects
    bool finalRequested = false;

    void finishIfDone() {
        if (!running)
            return;
        if (bounceWatcher && bounceWatcher->isRunning())
            return;
        for (const CheckRecord& record : std::as_const(session.checks)) {
            if (record.state == CheckState::Pending || record.state == CheckState::Running)
                return;
        }
        if (!finalRequested) {
            finalRequested = true;
            session.finishedUtc = QDateTime::currentDateTimeUtc();
            rediagnose(); // comes back here when the last evaluation is in
            return;
        }
        if (diagnosisWatcher || diagnosed < changes)
            return;
        running = false;
        emit q->finished();
    }

    void rediagnose() {
        ++changes;
        if (!diagnosisWatcher)
            startDiagnosis();
    }

    void startDiagnosis() {
        const int generation = changes;
        diagnosisWatcher = new QFutureWatcher<QList<Cause>>(q);
        QObject::connect(diagnosisWatcher, &QFutureWatcher<QList<Cause>>::finished, q, [this, generation] {
            session.diagnosis = diagnosisWatcher->result();
            diagnosed = generation;
            diagnosisWatcher->deleteLater();
            diagnosisWatcher = nullptr;
            emit q->diagnosisUpdated();
            if (diagnosed < changes)
                startDiagnosis();
            else
                finishIfDone();
        });
        diagnosisWatcher->setFuture(
            util::runInBackground([snapshot = session] { return diagnose(snapshot); }));
    }

    void startChecks() {
        if (cancelling) {
            finishIfDone();
            return;
        }
        registerBuiltinChecks();
        const QList<CheckRequest> plan = planChecks(session.detected, session.input, session.bounce, options);
        for (const CheckRequest& request : plan) {
            CheckRecord record;
            record.id = request.id;
            record.title = request.title;
            const int index = int(session.checks.size());
            session.checks << record;
            tasks << nullptr;
            emit q->checkAdded(index);

            const CheckFactory factory = checkFactory(request.id);
            CheckTask* task = factory ? factory(request, options, resolver.get(), q) : nullptr;
            if (!task) {
                session.checks[index].state = CheckState::Skipped;
                session.checks[index].note = QObject::tr("This check is not available in this build.");
                emit q->checkChanged(index);
                continue;
            }
            tasks[index] = task;
            // Shown while running; the final result replaces it (the progress signal that follows repaints).
            QObject::connect(task, &CheckTask::partialResult, q, [this, index](const QJsonObject& result) {
                if (session.checks[index].state == CheckState::Running)
                    session.checks[index].result = result;
            });
            QObject::connect(task, &CheckTask::progress, q, [this, index](int done, int total) {
                session.checks[index].done = done;
                session.checks[index].total = total;
                emit q->checkChanged(index);
            });
            QObject::connect(task, &CheckTask::finished, q,
                             [this, index](CheckState state, const QJsonObject& result,
                                           const QList<Finding>& findings, const QString& note) {
                                 CheckRecord& r = session.checks[index];
                                 r.state = state;
                                 r.result = result;
                                 r.findings = findings;
                                 r.note = note;
                                 r.finishedUtc = QDateTime::currentDateTimeUtc();
                                 if (tasks[index])
                                     tasks[index]->deleteLater();
                                 emit q->checkChanged(index);
                                 rediagnose();
                                 finishIfDone();
                             });
        }
        // Start them all only once the session lists every check, so views see the whole plan at once.
        for (int i = 0; i < tasks.size(); ++i) {
            if (!tasks[i])
                continue;
            session.checks[i].state = CheckState::Running;
            session.checks[i].startedUtc = QDateTime::currentDateTimeUtc();
            emit q->checkChanged(i);
            tasks[i]->start();
        }
        finishIfDone();
    }
};

DiagnosisRun::DiagnosisRun(const RunOptions& options, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>()) {
    d->q = this;
    d->options = options;
}

DiagnosisRun::~DiagnosisRun() {
    // The workers only parse and evaluate; they end quickly.
    if (d->bounceWatcher)
        d->bounceWatcher->waitForFinished();
    if (d->diagnosisWatcher)
        d->diagnosisWatcher->waitForFinished();
}

bool DiagnosisRun::isRunning() const {
    return d->running;
}
const Session& DiagnosisRun::session() const {
    return d->session;
}

void DiagnosisRun::start(const QString& input) {
    Q_ASSERT(!d->running);
    d->running = true;
    d->cancelling = false;
    d->finalRequested = false;
    Session& s = d->session;
    s = Session{};
    s.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    s.input = input.left(MaxStoredInput);
    s.startedUtc = QDateTime::currentDateTimeUtc();
    s.hostName = QHostInfo::localHostName();
    s.appVersion = QCoreApplication::applicationVersion();
    s.detected = detectInput(input);
    d->resolver = std::make_unique<dns::Resolver>(d->options.resolver);
    s.resolver = d->options.resolver.describeServers();
    s.resolverServers = d->resolver->activeServers();
    emit inputDetected(s.detected);

    if (s.detected.kind == InputKind::Bounce) {
        d->bounceWatcher = new QFutureWatcher<QJsonObject>(this);
        connect(d->bounceWatcher, &QFutureWatcher<QJsonObject>::finished, this, [this] {
            d->session.bounce = d->bounceWatcher->result();
            d->bounceWatcher->deleteLater();
            d->bounceWatcher = nullptr;
            emit bounceAnalysed();
            d->rediagnose();
            d->startChecks();
        });
        d->bounceWatcher->setFuture(util::runInBackground([input] { return analyseBounceToJson(input); }));
        return;
    }
    // Asynchronous even when nothing needs to wait, so callers connect after start() safely.
    QMetaObject::invokeMethod(
        this, [this] { d->startChecks(); }, Qt::QueuedConnection);
}

void DiagnosisRun::cancel() {
    if (!d->running)
        return;
    d->cancelling = true;
    d->session.cancelled = true;
    for (CheckRecord& record : d->session.checks) {
        if (record.state == CheckState::Pending) {
            record.state = CheckState::Cancelled;
            record.note = tr("Cancelled before it started.");
        }
    }
    for (const QPointer<CheckTask>& task : std::as_const(d->tasks)) {
        if (task)
            task->cancel();
    }
    if (d->resolver)
        d->resolver->cancelAll();
    QMetaObject::invokeMethod(
        this, [this] { d->finishIfDone(); }, Qt::QueuedConnection);
}

} // namespace rebound::diagnosis
