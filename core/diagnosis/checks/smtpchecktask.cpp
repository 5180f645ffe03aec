#include "core/diagnosis/checks/smtpchecktask.h"

#include "core/smtp/smtpdomainprobe.h"
#include "core/smtp/smtpjson.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rebound::diagnosis {
namespace {

class SmtpCheckTask final : public CheckTask {
public:
    SmtpCheckTask(const CheckRequest& request, const RunOptions& options, dns::Resolver* resolver,
                  QObject* parent)
        : CheckTask(parent)
        , m_title(request.title)
        , m_port(options.smtpPort) {
        smtp::SmtpProbeOptions probeOptions;
        probeOptions.ehloName = options.ehloName;
        probeOptions.domain = request.domain;
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
            const QList<Finding> findings = result.allFindings();
            CheckState state = CheckState::Done;
            QString note;
            if (m_cancelled) {
                state = CheckState::Cancelled;
                note = tr("Cancelled; the hosts probed so far are kept.");
            } else if (portBlockedLocally(findings)) {
                // Nothing is known about the servers: the check could not run from this network.
                state = CheckState::Failed;
                note = tr("Outgoing connections to port %1 time out from this network (often blocked by "
                          "the ISP or cloud provider): the mail servers could not be checked from here.")
                           .arg(m_port);
            }
            emit finished(state, smtp::toJson(result), findings, note);
        });
    }

    QString id() const override { return u"smtp"_s; }
    QString title() const override { return m_title; }
    void start() override { m_probe->start(); }
    void cancel() override {
        m_cancelled = true;
        m_probe->cancel();
    }

private:
    static bool portBlockedLocally(const QList<Finding>& findings) {
        return std::any_of(findings.begin(), findings.end(),
                           [](const Finding& f) { return f.id == u"smtp.port_blocked_locally"; });
    }

    QString m_title;
    int m_port = 25;
    smtp::SmtpDomainProbe* m_probe = nullptr;
    bool m_cancelled = false;
};

} // namespace

CheckTask* createSmtpCheckTask(const CheckRequest& request, const RunOptions& options,
                               dns::Resolver* resolver, QObject* parent) {
    return new SmtpCheckTask(request, options, resolver, parent);
}

} // namespace rebound::diagnosis
