#include "core/diagnosis/checks/smtpchecktask.h"

#include "core/smtp/smtpdomainprobe.h"
#include "core/smtp/smtpjson.h"

namespace rebound::diagnosis {
namespace {

class SmtpCheckTask final : public CheckTask {
public:
    SmtpCheckTask(const CheckRequest& request, const RunOptions& options, dns::Resolver* resolver,
                  QObject* parent)
        : CheckTask(parent)
        , m_title(request.title) {
        smtp::SmtpProbeOptions probeOptions;
        probeOptions.ehloName = options.ehloName;
        probeOptions.domain = request.params.value(u"domain"_qs).toString();
        // One deadline for the slow stages so a whole diagnosis stays bounded.
        const int ms = qMax(1000, options.smtpTimeoutMs);
        probeOptions.deadlines.connectMs = ms;
        probeOptions.deadlines.bannerMs = qMax(ms, 30000);
        probeOptions.deadlines.ehloMs = ms;
        probeOptions.deadlines.starttlsMs = ms;
        probeOptions.deadlines.handshakeMs = ms;
        probeOptions.deadlines.ehloTlsMs = ms;
        m_probe = new smtp::SmtpDomainProbe(resolver, probeOptions.domain, quint16(options.smtpPort),
                                            probeOptions, this);
        connect(m_probe, &smtp::SmtpDomainProbe::finished, this, [this] {
            const smtp::SmtpDomainResult& result = m_probe->result();
            emit finished(m_cancelled ? CheckState::Cancelled : CheckState::Done, smtp::toJson(result),
                          result.allFindings(),
                          m_cancelled ? tr("Cancelled; the hosts probed so far are kept.") : QString());
        });
    }

    QString id() const override { return u"smtp"_qs; }
    QString title() const override { return m_title; }
    void start() override { m_probe->start(); }
    void cancel() override {
        m_cancelled = true;
        m_probe->cancel();
    }

private:
    QString m_title;
    smtp::SmtpDomainProbe* m_probe = nullptr;
    bool m_cancelled = false;
};

} // namespace

CheckTask* createSmtpCheckTask(const CheckRequest& request, const RunOptions& options,
                               dns::Resolver* resolver, QObject* parent) {
    return new SmtpCheckTask(request, options, resolver, parent);
}

} // namespace rebound::diagnosis
