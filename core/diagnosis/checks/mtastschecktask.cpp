#include "core/diagnosis/checks/mtastschecktask.h"

#include "core/auth/mtastschecker.h"
#include "core/diagnosis/diagnosisrun.h"

using namespace Qt::StringLiterals;

namespace rebound::diagnosis {
namespace {

class MtaStsCheckTask final : public CheckTask {
public:
    MtaStsCheckTask(const CheckRequest& request, const RunOptions& options, dns::Resolver* resolver,
                    QObject* parent)
        : CheckTask(parent)
        , m_title(request.title)
        , m_domain(request.domain)
        , m_options(options.https)
        , m_checker(new auth::MtaStsChecker(resolver, this)) {}

    QString id() const override { return u"mta_sts"_s; }
    QString title() const override { return m_title; }

    void start() override {
        connect(m_checker, &auth::MtaStsChecker::finished, this, [this] {
            if (m_done)
                return;
            m_done = true;
            const auth::MtaStsCheckResult& result = m_checker->result();
            emit finished(CheckState::Done, auth::toJson(result), result.report.findings, QString());
        });
        m_checker->start(m_domain, m_options);
    }

    // No partial result: cancelling ends the check without one.
    void cancel() override {
        if (m_done)
            return;
        m_done = true;
        finishLater(CheckState::Cancelled, QJsonObject{{u"domain"_s, m_domain}},
                    tr("Cancelled before the MTA-STS policy was read."));
    }

private:
    QString m_title;
    QString m_domain;
    https::HttpsOptions m_options;
    auth::MtaStsChecker* m_checker;
    bool m_done = false;
};

} // namespace

CheckTask* createMtaStsCheckTask(const CheckRequest& request, const RunOptions& options,
                                 dns::Resolver* resolver, QObject* parent) {
    return new MtaStsCheckTask(request, options, resolver, parent);
}

} // namespace rebound::diagnosis
