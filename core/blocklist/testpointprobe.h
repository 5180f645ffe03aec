#pragma once

#include "core/blocklist/blocklistentry.h"
#include "core/blocklist/listpacer.h"
#include "core/blocklist/liststatus.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace rebound::dns {
class Resolver;
struct DnsResult;
} // namespace rebound::dns

namespace rebound::blocklist {

// What one run knows about each list, per zone and family, shared by every BlocklistCheck of the run
// (a range of IPs): the RFC 5782 test points, asked once, so a /24 costs them once, not 256 times; the
// list's health, learnt once (a list whose test point or first queries time out, SERVFAIL or are
// refused is not asked again in this run, and a later answer makes it usable again); and the pacing of
// its listing queries (ListPacer, the catalog's rate). A verdict only ever comes from this run.
class TestPointProbe final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestPointProbe)

public:
    explicit TestPointProbe(dns::Resolver* resolver, QObject* parent = nullptr);
    ~TestPointProbe() override;

    // Starts the two test queries for this list, zone and family unless they ran or are running.
    void ensure(const BlocklistEntry& entry, const QString& zone, Family family);
    // The verdict, once both test queries have ended.
    std::optional<TestVerdict> verdict(const QString& zone, Family family) const;
    // Answering unless the test points or the list's first queries said otherwise.
    ListHealth health(const QString& zone, Family family) const;
    // A listing query of this list ended with this outcome: feeds the health and the pacer.
    void noteListing(const QString& zone, Family family, dns::Outcome outcome);
    // Sends a listing query when the list's rate allows (see ListPacer); send returns false when it
    // did not send (the item was done, or the list is known not to answer).
    void submitListing(const BlocklistEntry& entry, const QString& zone, Family family, QObject* context,
                       std::function<bool()> send);
    void cancel();

    // The DNS name of a test point under zone ("2.0.0.127.zen.spamhaus.org").
    static QString testName(const QString& point, Family family, const QString& zone);

    // Consecutive failed listing queries (no answer at all in between) after which a list whose test
    // points passed is given up for the rest of the run.
    static constexpr int FailuresToGiveUp = 2;

signals:
    // The test points' verdict, or the list's health, changed.
    void verdictReady(const QString& zone, rebound::blocklist::Family family);

private:
    struct Probe;
    void onReply(const QString& key, bool positive, const dns::DnsResult& reply);

    QPointer<dns::Resolver> m_resolver;
    QHash<QString, std::shared_ptr<Probe>> m_probes;
    ListPacer* m_pacer = nullptr;
};

} // namespace rebound::blocklist
