#pragma once

#include "core/blocklist/blocklistentry.h"
#include "core/blocklist/liststatus.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace rebound::dns {
class Resolver;
struct DnsResult;
} // namespace rebound::dns

namespace rebound::blocklist {

// Runs each list's RFC 5782 test points once per zone and family through one resolver, and remembers
// the verdict for the rest of the run. One probe can serve many BlocklistChecks (a range of IPs), so a
// /24 costs the test points once, not 256 times. A verdict only ever comes from this run.
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
    void cancel();

    // The DNS name of a test point under zone ("2.0.0.127.zen.spamhaus.org").
    static QString testName(const QString& point, Family family, const QString& zone);

signals:
    void verdictReady(const QString& zone, rebound::blocklist::Family family);

private:
    struct Probe;
    void onReply(const QString& key, bool positive, const dns::DnsResult& reply);

    QPointer<dns::Resolver> m_resolver;
    QHash<QString, std::shared_ptr<Probe>> m_probes;
};

} // namespace rebound::blocklist
