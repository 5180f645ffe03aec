#pragma once

#include "core/dns/dnstypes.h"
#include "core/iphealth/genericname.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace rebound::dns {
class Resolver;
using QueryId = quint64;
} // namespace rebound::dns

namespace rebound::iphealth {

enum class FcrdnsStatus {
    Pass,        // a PTR name resolves back to the address
    Fail,        // PTR names exist, none resolves back to the address
    NoPtr,       // no PTR record (NXDOMAIN or NODATA)
    Unavailable, // the PTR or every forward lookup failed (timeout, SERVFAIL...)
};
QString fcrdnsStatusName(FcrdnsStatus status); // "pass", "fail", "no_ptr", "unavailable"

// One forward lookup of a PTR name: the A (IPv4) or AAAA (IPv6) round trip.
struct ForwardLookup {
    QString name;
    QString type; // "A" or "AAAA"
    dns::Outcome outcome = dns::Outcome::InvalidQuery;
    QStringList addresses;
    bool matches = false; // the address is among them
};

struct ReverseDnsResult {
    QString address;
    QString ptrQuery; // "7.113.0.203.in-addr.arpa"
    dns::Outcome ptrOutcome = dns::Outcome::InvalidQuery;
    QString ptrError;
    QStringList ptrNames; // untrusted names as received (escaped when shown)
    QList<ForwardLookup> forward;
    FcrdnsStatus fcrdns = FcrdnsStatus::Unavailable;
    QString fcrdnsReason;
    GenericNameVerdict generic; // of the confirmed name, else of the first PTR name
    QString genericName;
};

// PTR lookup, then the forward lookup of every PTR name (at most maxNames) at once.
class ReverseDnsCheck final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReverseDnsCheck)

public:
    static constexpr int maxNames = 8;

    explicit ReverseDnsCheck(dns::Resolver* resolver, QObject* parent = nullptr);
    ~ReverseDnsCheck() override;

    void start(const QHostAddress& address);
    void cancel();
    bool isFinished() const { return m_finished; }
    const ReverseDnsResult& result() const { return m_result; }

signals:
    void finished();

private:
    void onPtr(const dns::DnsResult& reply);
    void onForward(int index, const dns::DnsResult& reply);
    void finish();

    QPointer<dns::Resolver> m_resolver;
    QHostAddress m_address;
    ReverseDnsResult m_result;
    QList<dns::QueryId> m_queries;
    int m_pending = 0;
    bool m_finished = false;
};

} // namespace rebound::iphealth
