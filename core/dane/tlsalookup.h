// The TLSA records of one name, DNSSEC-validated by libunbound (RFC 7672 2.2: DANE counts only for
// validated answers). A small asynchronous wrapper on the Qt event loop: ub_resolve_async on a
// context of its own whose worker thread signals through a pipe, watched by a QSocketNotifier.
// Forwarders are the servers the rest of the run uses (the system's resolv.conf when none); the trust
// anchor is the root key dns-root-data installs, or a configured file (the lab's own zone key).
#pragma once

#include "core/dane/tlsarecord.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <memory>

class QSocketNotifier;
class QTimer;
struct ub_result;

namespace rebound::dane {

struct DaneConfig {
    QStringList forwarders;  // "ip", "ip:port" or "[ipv6]:port"; empty: /etc/resolv.conf
    QString trustAnchorFile; // DNSKEY or DS records in zone-file form; empty: defaultTrustAnchorFile()
    int timeoutMs = 10000;
};

// /usr/share/dns/root.key (Debian's dns-root-data).
QString defaultTrustAnchorFile();

// Converts a server as the rest of the project writes it to libunbound's "ip@port"; empty when it is
// not an address.
QString unboundForwarder(const QString& server);

struct TlsaAnswer {
    QString name;
    QList<TlsaRecord> records; // as published, every usage
    bool validated = false;    // DNSSEC-secure (libunbound's secure flag)
    bool bogus = false;        // DNSSEC validation failed: the answer cannot be trusted at all
    QString whyBogus;
    bool nxdomain = false;
    bool answered = false; // the lookup ended with an answer (data or a definite no-data/NXDOMAIN)
    QString error;         // the lookup failed, timed out, or the trust anchor could not be read
};

class TlsaLookup final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TlsaLookup)

public:
    explicit TlsaLookup(QObject* parent = nullptr);
    ~TlsaLookup() override;

    // Looks up TLSA at name (e.g. "_25._tcp.mx.example.com"); finished() follows, never from inside.
    void start(const QString& name, const DaneConfig& config);
    void cancel();
    bool isFinished() const { return m_finished; }
    const TlsaAnswer& result() const { return m_result; }

signals:
    void finished();

private:
    struct Context;
    static void callback(void* self, int error, ::ub_result* result);
    void onResult(int error, ::ub_result* result);
    void finish();
    void finishLater(const QString& error);

    std::unique_ptr<Context> m_context;
    TlsaAnswer m_result;
    bool m_finished = true;
    quint64 m_generation = 0;
};

} // namespace rebound::dane
