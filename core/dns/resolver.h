#pragma once

#include "core/dns/dnstypes.h"
#include "core/dns/resolverconfig.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace rebound::dns {

class QueryLog;

using QueryId = quint64;
using ResultCallback = std::function<void(const DnsResult&)>;

// An asynchronous stub resolver on c-ares 1.18, driven by the Qt event loop of the thread that owns it
// (socket notifiers plus one timer re-armed from ares_timeout()). Every query ends with exactly one
// callback, always delivered asynchronously; a callback whose context object has been destroyed is
// dropped. Not thread-safe: create, use and destroy it in one thread.
//
// UDP first with EDNS0; a truncated answer is asked again over TCP, and the result says so.
class Resolver final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Resolver)

public:
    explicit Resolver(const ResolverConfig& config = {}, QObject* parent = nullptr);
    ~Resolver() override;

    // False when c-ares could not be set up (the reason is in initError()); queries then fail at once.
    bool isValid() const;
    QString initError() const;
    const ResolverConfig& config() const;
    // The servers c-ares actually uses, as "ip:port" strings (from resolv.conf when none were given).
    QStringList activeServers() const;

    // Starts a query. The name is validated first (length, labels, characters); an invalid name ends
    // with Outcome::InvalidQuery and sends nothing. IDN names are converted to ACE.
    QueryId query(const QString& name, quint16 type, QObject* context, ResultCallback callback);
    QueryId query(const QString& name, RecordType type, QObject* context, ResultCallback callback) {
        return query(name, static_cast<quint16>(type), context, std::move(callback));
    }

    // Ends one query (or all) now; their callbacks receive Outcome::Cancelled.
    void cancel(QueryId id);
    void cancelAll();

    int inFlight() const;
    // The adaptive in-flight window now (ResolverConfig::initialInFlight to maxInFlight).
    int window() const;
    int queued() const;

    // Every query that ends from now on (answered, failed, timed out or cancelled) is also recorded in
    // `log`, which the caller owns and keeps alive while it is set; nullptr stops recording.
    void setQueryLog(QueryLog* log);

    // Since this resolver was created: queries some DNS server answered (any rcode), and queries that
    // met only a timeout or a network error. Replies 0 with queries unanswered means DNS itself could
    // not be reached, which says nothing about the names asked.
    int repliesReceived() const;
    int queriesUnanswered() const;

signals:
    // Emitted after the last pending query ends.
    void idle();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace rebound::dns
