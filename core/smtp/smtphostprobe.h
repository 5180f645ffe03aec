#pragma once

#include "core/smtp/smtphostresult.h"
#include "core/smtp/smtpprobeoptions.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace rebound::dns {
class Resolver;
}

namespace rebound::dane {
class TlsaLookup;
}

namespace rebound::smtp {

class SmtpProbe;

// Probes every address of one host (IPv4 and IPv6, at most maxAddresses, all at once): resolves A and
// AAAA with the project's resolver and the _port._tcp TLSA records DNSSEC-validated (core/dane, through
// the same servers), then runs one SmtpProbe per
// address while asking for its PTR. An IP literal is probed as it is. finished() is emitted once,
// always asynchronously.
class SmtpHostProbe final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SmtpHostProbe)

public:
    SmtpHostProbe(dns::Resolver* resolver, const QString& host, quint16 port, const SmtpProbeOptions& options,
                  QObject* parent = nullptr);
    ~SmtpHostProbe() override;

    int maxAddresses = 8;

    void start();
    void cancel();
    bool isFinished() const { return m_finished; }
    const SmtpHostResult& result() const { return m_result; }

signals:
    void finished();

private:
    void onDnsAnswer();
    void onTlsaAnswer();
    void startProbes(QList<QHostAddress> addresses);
    void maybeFinish();
    void finish();

    QPointer<dns::Resolver> m_resolver;
    SmtpProbeOptions m_options;
    SmtpHostResult m_result;
    QList<QHostAddress> m_v4;
    QList<QHostAddress> m_v6;
    int m_dnsPending = 0;
    int m_pending = 0; // probes and PTR lookups still running
    QList<SmtpProbe*> m_probes;
    QList<quint64> m_queries;
    dane::TlsaLookup* m_tlsaLookup = nullptr;
    QHash<qsizetype, std::pair<bool, QStringList>> m_ptr; // per probe: PTR answered definitely, names
    bool m_started = false;
    bool m_finished = false;
};

} // namespace rebound::smtp
