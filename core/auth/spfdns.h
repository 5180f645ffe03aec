// The DNS of one SPF evaluation (internal to SpfEvaluator): a cache per name and type, so that every
// answer is asked once and waited for by every term that needs it, prefetching within a budget, and
// the evaluation's query and round-trip counts. Also how check_host() reads an answer: void (counts
// toward the void-lookup limit), a DNS error (temperror), and a description for people.
#pragma once

#include "core/dns/dnstypes.h"
#include "core/dns/resolver.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <coroutine>
#include <memory>
#include <vector>

namespace rebound::auth {

struct SpfEvaluation;

// A name that can be sent at all; others behave like a name with no data (as pyspf does).
bool isQueryableName(const QString& name);
// NXDOMAIN, NODATA, an invalid name or an answer without records of the type.
bool isVoidAnswer(const dns::DnsResult& r);
// Neither void nor an answer: a timeout, SERVFAIL, REFUSED and the like.
bool isDnsError(const dns::DnsResult& r);
// What an answer says, for a term's detail or a reason.
QString describeAnswer(const dns::DnsResult& r);

class SpfDns final {
    Q_DISABLE_COPY_MOVE(SpfDns)

    struct Entry {
        bool done = false;
        dns::DnsResult result;
        dns::QueryId id = 0;
        std::vector<std::coroutine_handle<>> waiters;
    };

public:
    // context: the run's callback context; resetting it drops every pending answer. counts: where
    // dnsQueries and roundTrips are counted.
    SpfDns(dns::Resolver* resolver, QObject* context, bool prefetch, SpfEvaluation* counts);
    ~SpfDns(); // cancels the queries still pending

    // co_await fetch(name, type): the answer, from the cache or once it arrives.
    struct Fetch {
        std::shared_ptr<Entry> entry;
        SpfDns* dns;
        bool await_ready() const noexcept { return entry->done; }
        void await_suspend(std::coroutine_handle<> handle);
        dns::DnsResult await_resume() const { return entry->result; }
    };
    Fetch fetch(const QString& name, quint16 type) { return Fetch{entryFor(name, type), this}; }
    Fetch fetch(const QString& name, dns::RecordType type) { return fetch(name, static_cast<quint16>(type)); }

    // Asks for an answer a later term will need, while the prefetch budget lasts.
    void prefetch(const QString& name, dns::RecordType type);
    bool prefetches() const { return m_prefetch; }

private:
    std::shared_ptr<Entry> entryFor(const QString& name, quint16 type);

    dns::Resolver* m_resolver;
    QObject* m_context;
    bool m_prefetch;
    SpfEvaluation* m_counts;
    int m_prefetchBudget = 40;
    QHash<QString, std::shared_ptr<Entry>> m_cache;
};

} // namespace rebound::auth
