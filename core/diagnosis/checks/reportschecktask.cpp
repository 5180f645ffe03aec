#include "core/diagnosis/checks/reportschecktask.h"

#include "core/reports/reportreader.h"
#include "core/reports/reportsanalysis.h"
#include "core/reports/reportsjson.h"
#include "core/reports/sourcechecker.h"
#include "core/util/backgroundwork.h"
#include "core/util/jsonutil.h"

#include <QFutureWatcher>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace rebound::diagnosis {
namespace {

// The reports of one input, read and analysed without the live facts.
struct ReadStep {
    reports::ReportSet set;
    reports::ReportsSummary summary;
};

class ReportsCheckTask final : public CheckTask {
public:
    ReportsCheckTask(const CheckRequest& request, dns::Resolver* resolver, QObject* parent)
        : CheckTask(parent)
        , m_title(request.title)
        , m_bytes(request.report)
        , m_resolver(resolver) {}

    QString id() const override { return u"reports"_s; }
    QString title() const override { return m_title; }

    void start() override {
        m_watcher = new QFutureWatcher<ReadStep>(this);
        connect(m_watcher, &QFutureWatcher<ReadStep>::finished, this, [this] {
            m_step = m_watcher->result();
            m_watcher->deleteLater();
            m_watcher = nullptr;
            if (m_done)
                return;
            if (m_step.set.dmarc.isEmpty()) {
                finish(m_step.summary);
                return;
            }
            m_checker = new reports::SourceChecker(m_resolver, this);
            connect(m_checker, &reports::SourceChecker::finished, this, [this] {
                if (!m_done)
                    finish(reports::analyseReports(m_step.set, m_checker->facts()));
            });
            m_checker->start(m_step.summary);
        });
        m_watcher->setFuture(util::runInBackground([bytes = std::exchange(m_bytes, {})] {
            reports::ReportReader reader;
            reader.addBytes(u"input"_s, bytes);
            ReadStep step;
            step.set = reader.take();
            step.summary = reports::analyseReports(step.set);
            return step;
        }));
    }

    // Cancelled while reading: no result; while checking the sources live: the offline analysis.
    void cancel() override {
        if (m_done)
            return;
        const bool read = !m_watcher;
        delete m_checker; // drops the live checks: their finished() is never emitted
        m_checker = nullptr;
        if (!read) {
            m_done = true;
            finishLater(CheckState::Cancelled, {}, tr("Cancelled while reading."));
            return;
        }
        QMetaObject::invokeMethod(
            this, [this] { finish(m_step.summary, CheckState::Cancelled); }, Qt::QueuedConnection);
        m_done = true;
    }

private:
    void finish(const reports::ReportsSummary& summary, CheckState state = CheckState::Done) {
        m_done = true;
        QJsonObject result = reports::toJson(m_step.set, summary);
        QString domain;
        if (!summary.domains.isEmpty())
            domain = summary.domains.first().domain;
        else if (!summary.tls.isEmpty())
            domain = summary.tls.first().domain;
        result.insert(u"domain"_s, domain);
        QStringList failureTypes;
        for (const reports::TlsPolicySummary& policy : summary.tls) {
            for (const reports::TlsResultCount& count : policy.results) {
                if (count.sessions > 0 && !failureTypes.contains(count.resultType))
                    failureTypes << count.resultType;
            }
        }
        result.insert(u"tls_failure_types"_s, util::toJsonArray(failureTypes));
        if (m_step.set.isEmpty()) {
            const QString why = m_step.set.errors.isEmpty() ? QString() : m_step.set.errors.first().reason;
            emit finished(CheckState::Failed, result, {}, tr("No report could be read: %1").arg(why));
            return;
        }
        emit finished(state, result, summary.findings,
                      state == CheckState::Cancelled
                          ? tr("Cancelled before every source was checked live; the offline analysis.")
                          : QString());
    }

    QString m_title;
    QByteArray m_bytes;
    dns::Resolver* m_resolver;
    QFutureWatcher<ReadStep>* m_watcher = nullptr;
    reports::SourceChecker* m_checker = nullptr;
    ReadStep m_step;
    bool m_done = false;
};

} // namespace

CheckTask* createReportsCheckTask(const CheckRequest& request, const RunOptions&, dns::Resolver* resolver,
                                  QObject* parent) {
    return new ReportsCheckTask(request, resolver, parent);
}

} // namespace rebound::diagnosis
