#pragma once

#include "core/smtp/smtphostresult.h"
#include "core/smtp/smtpprobeoptions.h"

#include <QObject>
#include <QPointer>

namespace rebound::dns {
class Resolver;
}

namespace rebound::smtp {

class SmtpHostProbe;

struct MxHost {
    quint16 preference = 0;
    QString host;
};

// Every MX host of a domain probed.
struct SmtpDomainResult {
    QString domain;
    dns::Outcome mxOutcome = dns::Outcome::Cancelled;
    QList<MxHost> mx;        // by preference; the domain itself when it has no MX (implicit MX)
    bool implicitMx = false; // RFC 5321 5.1: no MX, the domain's own address is used
    bool nullMx = false;     // RFC 7505 "0 ." : the domain receives no mail
    int hostsSkipped = 0;
    QList<SmtpHostResult> hosts;
    QList<Finding> findings; // about the domain as a whole

    QList<Finding> allFindings() const;
};

// Looks up the MX records of a domain and probes all hosts at once, at most maxConcurrent at a time
// and maxHosts in all. The domain is passed to each probe for the certificate name check.
class SmtpDomainProbe final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SmtpDomainProbe)

public:
    SmtpDomainProbe(dns::Resolver* resolver, const QString& domain, quint16 port,
                    const SmtpProbeOptions& options, QObject* parent = nullptr);
    ~SmtpDomainProbe() override;

    int maxConcurrent = 4;
    int maxHosts = 10;
    int maxAddressesPerHost = 8; // SmtpHostProbe::maxAddresses of each host

    void start();
    void cancel();
    bool isFinished() const { return m_finished; }
    const SmtpDomainResult& result() const { return m_result; }

signals:
    void finished();

private:
    void onMx(const dns::DnsResult& result);
    void startNext();
    void finish();

    QPointer<dns::Resolver> m_resolver;
    quint16 m_port;
    SmtpProbeOptions m_options;
    SmtpDomainResult m_result;
    QList<SmtpHostProbe*> m_probes;
    qsizetype m_next = 0;
    int m_running = 0;
    quint64 m_query = 0;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace rebound::smtp
