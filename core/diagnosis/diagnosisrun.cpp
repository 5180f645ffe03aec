#include "core/diagnosis/diagnosisrun.h"

#include "core/diagnosis/bouncestep.h"
#include "core/diagnosis/checkplan.h"
#include "core/diagnosis/checkregistry.h"
#include "core/diagnosis/diagnosisengine.h"
#include "core/dns/resolver.h"
#include "core/util/backgroundwork.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QHostInfo>
#include <QJsonArray>
#include <QPointer>
#include <QUuid>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace rebound::diagnosis {

// The input kept in a session is bounded; the analyser has its own, larger, limit.
constexpr qsizetype MaxStoredInput = 2 * 1024 * 1024;

struct DiagnosisRun::Private {
    DiagnosisRun* q = nullptr;
    RunOptions options;
    Session session;
    std::unique_ptr<dns::Resolver> resolver;
    QList<QPointer<CheckTask>> tasks; // parallel to session.checks
    QFutureWatcher<BounceStep>* bounceWatcher = nullptr;
    QByteArray returnedMessage; // the message a bounce returned, for the message analysis
    bool returnedHeadersOnly = false;
    bool running = false;
    bool cancelling = false;
    bool settled = false;

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
            // Not one reply from the resolver, while queries were sent: DNS is down or unreachable from
            // here. The diagnosis then speaks about the resolver, never about what was checked.
            session.resolverUnreachable =
                resolver && resolver->repliesReceived() == 0 && resolver->queriesUnanswered() > 0;
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
            // Cancelling re-enters this object (the tasks end at once): after this handler returns.
            QMetaObject::invokeMethod(
                q, [this] { settleIfFinal(); }, Qt::QueuedConnection);
            if (diagnosed < changes)
                startDiagnosis();
            else
                finishIfDone();
        });
        // The rules never read the DNS query log; a snapshot sharing it would make the next query
        // the resolver records copy the whole log.
        Session snapshot = session;
        snapshot.dnsQueries.clear();
        diagnosisWatcher->setFuture(
            util::runInBackground([snapshot = std::move(snapshot)] { return diagnose(snapshot); }));
    }

    // With settleEarly: once a critical or error cause stands on a live lookup (evidence from a check
    // that has ended, not only the bounce's words, which a lookup could still contradict), nothing
    // still running can change the verdict (problem_found, exit code 2), so the running checks are
    // cancelled and the run ends.
    void settleIfFinal() {
        if (!options.settleEarly || !running || cancelling || settled || bounceWatcher)
            return;
        const bool final =
            std::any_of(session.diagnosis.begin(), session.diagnosis.end(), [](const Cause& c) {
                return c.severity >= Severity::Error
                       && std::any_of(c.evidence.begin(), c.evidence.end(),
                                      [](const Evidence& e) { return e.source != EvidenceSource::Bounce; });
            });
        const bool anyRunning =
            std::any_of(session.checks.begin(), session.checks.end(), [](const CheckRecord& r) {
                return r.state == CheckState::Pending || r.state == CheckState::Running;
            });
        if (!final || !anyRunning)
            return;
        settled = true;
        for (int i = 0; i < tasks.size(); ++i) {
            if (tasks[i] && (session.checks[i].state == CheckState::Running))
                tasks[i]->cancel();
        }
    }

    void startChecks() {
        if (cancelling) {
            finishIfDone();
            return;
        }
        registerBuiltinChecks();
        const QList<CheckRequest> plan = planChecks(session.detected, session.input, session.bounce, options,
                                                    returnedMessage, returnedHeadersOnly);
        returnedMessage.clear();
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
                session.checks[index].note = DiagnosisRun::tr("This check is not available in this build.");
                emit q->checkChanged(index);
                continue;
            }
            tasks[index] = task;
            QObject::connect(task, &CheckTask::progress, q, [this, index](int done, int total) {
                session.checks[index].done = done;
                session.checks[index].total = total;
                emit q->checkChanged(index);
            });
            QObject::connect(task, &CheckTask::partial, q,
                             [this, index](const QJsonObject& result, const QList<Finding>& findings) {
                                 CheckRecord& r = session.checks[index];
                                 if (r.state != CheckState::Running)
                                     return;
                                 // Shown while running; the final result replaces it. Only new findings (a
                                 // listing, a refusal) can change the diagnosis: a clean list does not.
                                 const bool findingsChanged = findings.size() != r.findings.size();
                                 r.result = result;
                                 r.findings = findings;
                                 emit q->checkChanged(index);
                                 if (findingsChanged)
                                     rediagnose();
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

namespace {

// The lists of the blocklist results whose status and reason match.
QStringList listNames(const Session& session, const std::function<bool(const QJsonObject&)>& matches) {
    QStringList names;
    for (const CheckRecord& check : session.checks) {
        const QJsonArray lists = check.result.value(u"blocklists"_s).toArray();
        for (const QJsonValue& value : lists) {
            const QJsonObject list = value.toObject();
            if (!matches(list))
                continue;
            const QString name =
                u"%1 (%2)"_s.arg(list.value(u"name"_s).toString(), list.value(u"zone"_s).toString());
            if (!names.contains(name))
                names << name;
        }
    }
    return names;
}

} // namespace

QStringList listsNotAnswering(const Session& session) {
    return listNames(session, [](const QJsonObject& list) {
        const QString health = list.value(u"list_health"_s).toString();
        return !health.isEmpty() && health != u"answering";
    });
}

QStringList listsPendingAtVerdict(const Session& session) {
    // BlocklistCheck::cancel() marks the lists that had not ended "skipped" with the reason "cancelled".
    return listNames(session, [](const QJsonObject& list) {
        return list.value(u"status"_s).toString() == u"skipped"
               && list.value(u"reason"_s).toString() == u"cancelled";
    });
}

QStringList checksPendingAtVerdict(const Session& session) {
    QStringList titles;
    for (const CheckRecord& check : session.checks) {
        if (check.state == CheckState::Cancelled)
            titles << check.title;
    }
    return titles;
}

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
bool DiagnosisRun::settledEarly() const {
    return d->settled;
}
const Session& DiagnosisRun::session() const {
    return d->session;
}

void DiagnosisRun::start(const QString& input) {
    Q_ASSERT(!d->running);
    d->running = true;
    d->cancelling = false;
    d->settled = false;
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
    d->resolver->setQueryLog(&s.dnsQueries); // the session owns the log; the resolver dies first
    s.resolver = d->options.resolver.describeServers();
    s.resolverServers = d->resolver->activeServers();
    emit inputDetected(s.detected);

    if (s.detected.kind == InputKind::Bounce) {
        d->bounceWatcher = new QFutureWatcher<BounceStep>(this);
        connect(d->bounceWatcher, &QFutureWatcher<BounceStep>::finished, this, [this] {
            const BounceStep step = d->bounceWatcher->result();
            d->session.bounce = step.json;
            d->returnedMessage = step.returnedMessage;
            d->returnedHeadersOnly = step.returnedHeadersOnly;
            d->bounceWatcher->deleteLater();
            d->bounceWatcher = nullptr;
            emit bounceAnalysed();
            d->rediagnose();
            d->startChecks();
        });
        d->bounceWatcher->setFuture(util::runInBackground([input] { return analyseBounceInput(input); }));
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
