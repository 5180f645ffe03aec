#include "core/diagnosis/checks/domainchecktask.h"

#include "core/auth/domaincheck.h"
#include "core/auth/domainjson.h"
#include "core/diagnosis/diagnosisrun.h"
#include "core/dns/ipaddress.h"

using namespace Qt::StringLiterals;

namespace rebound::diagnosis {
namespace {

class DomainCheckTask final : public CheckTask {
public:
    DomainCheckTask(const CheckRequest& request, const RunOptions& options, dns::Resolver* resolver,
                    QObject* parent)
        : CheckTask(parent)
        , m_title(request.title)
        , m_checker(new auth::DomainChecker(resolver, this)) {
        m_request.domain = request.domain;
        if (const auto address = dns::parseIpAddress(request.ip)) {
            m_request.ip = *address;
            m_request.ipSpelling = request.ip;
        }
        m_request.selectors = request.selectors;
        m_request.signatureSelectors = request.signatureSelectors;
        m_request.sender = request.sender;
        m_request.fetchMtaSts = request.httpsFetches;
        m_request.fetchBimi = request.httpsFetches;
        m_request.https = options.https;
    }

    QString id() const override { return u"domain"_s; }
    QString title() const override { return m_title; }

    void start() override {
        connect(m_checker, &auth::DomainChecker::finished, this, [this] {
            if (m_done)
                return;
            m_done = true;
            const auth::DomainReport& report = m_checker->result();
            emit finished(CheckState::Done, auth::toJson(report), report.findings, QString());
        });
        m_checker->start(m_request);
    }

    // The domain checker has no partial result: cancelling ends the check without one.
    void cancel() override {
        if (m_done)
            return;
        m_done = true;
        finishLater(CheckState::Cancelled, QJsonObject{{u"domain"_s, m_request.domain}},
                    tr("Cancelled before the domain checks finished."));
    }

private:
    QString m_title;
    auth::DomainChecker* m_checker;
    auth::DomainCheckRequest m_request;
    bool m_done = false;
};

} // namespace

CheckTask* createDomainCheckTask(const CheckRequest& request, const RunOptions& options,
                                 dns::Resolver* resolver, QObject* parent) {
    return new DomainCheckTask(request, options, resolver, parent);
}

} // namespace rebound::diagnosis
