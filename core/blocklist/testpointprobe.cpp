#include "core/blocklist/testpointprobe.h"

#include "core/blocklist/answerclassifier.h"
#include "core/dns/ipaddress.h"
#include "core/dns/resolver.h"

using namespace Qt::StringLiterals;

namespace rebound::blocklist {

struct TestPointProbe::Probe {
    BlocklistEntry entry;
    QString zone;
    Family family = Family::Ipv4;
    std::optional<TestVerdict> positive;
    std::optional<TestVerdict> negative;
    std::optional<TestVerdict> verdict;
    QList<dns::QueryId> queries;
    ListHealth learnt = ListHealth::Answering; // from the listing queries
    int failuresInRow = 0;
};

namespace {

QString probeKey(const QString& zone, Family family) {
    return familyName(family) + u' ' + zone;
}

} // namespace

TestPointProbe::TestPointProbe(dns::Resolver* resolver, QObject* parent)
    : QObject(parent)
    , m_resolver(resolver)
    , m_pacer(new ListPacer(this)) {
}

TestPointProbe::~TestPointProbe() {
    cancel();
}

QString TestPointProbe::testName(const QString& point, Family family, const QString& zone) {
    if (family == Family::Domain)
        return point + u'.' + zone;
    const auto address = dns::parseIpAddress(point);
    return address ? dns::reversedKey(*address) + u'.' + zone : QString();
}

void TestPointProbe::ensure(const BlocklistEntry& entry, const QString& zone, Family family) {
    const QString key = probeKey(zone, family);
    if (m_probes.contains(key))
        return;
    auto probe = std::make_shared<Probe>();
    probe->entry = entry;
    probe->zone = zone;
    probe->family = family;
    m_probes.insert(key, probe);
    const std::optional<TestSpec>& spec = entry.testFor(family);
    if (!spec || !m_resolver) {
        probe->verdict =
            TestVerdict{false, ListStatus::Skipped, u"no test point for %1"_s.arg(familyName(family)), {}};
        QMetaObject::invokeMethod(
            this, [this, zone, family] { emit verdictReady(zone, family); }, Qt::QueuedConnection);
        return;
    }
    for (const bool positive : {true, false}) {
        const QString name = testName(positive ? spec->listed : spec->notListed, family, zone);
        probe->queries << m_resolver->query(
            name, dns::RecordType::A, this,
            [this, key, positive](const dns::DnsResult& reply) { onReply(key, positive, reply); });
    }
}

void TestPointProbe::onReply(const QString& key, bool positive, const dns::DnsResult& reply) {
    const std::shared_ptr<Probe> probe = m_probes.value(key);
    if (!probe || probe->verdict)
        return;
    if (positive)
        probe->positive = evaluatePositiveTest(probe->entry, probe->family, reply);
    else
        probe->negative = evaluateNegativeTest(probe->entry, probe->family, reply);
    if (!probe->positive || !probe->negative)
        return;
    probe->verdict = combineTests(*probe->positive, *probe->negative);
    probe->queries.clear();
    if (probe->verdict->health != ListHealth::Answering)
        m_pacer->release(key); // its waiting addresses end now, without a query
    emit verdictReady(probe->zone, probe->family);
}

ListHealth TestPointProbe::health(const QString& zone, Family family) const {
    const std::shared_ptr<Probe> probe = m_probes.value(probeKey(zone, family));
    if (!probe)
        return ListHealth::Answering;
    if (probe->verdict && probe->verdict->health != ListHealth::Answering)
        return probe->verdict->health;
    return probe->learnt;
}

void TestPointProbe::noteListing(const QString& zone, Family family, dns::Outcome outcome) {
    const QString key = probeKey(zone, family);
    const std::shared_ptr<Probe> probe = m_probes.value(key);
    if (!probe || outcome == dns::Outcome::Cancelled || outcome == dns::Outcome::InvalidQuery) {
        m_pacer->ended(key, false);
        return;
    }
    const ListHealth seen = healthFromOutcome(outcome);
    if (seen == ListHealth::Answering) {
        // A list that answers late is used again for the addresses still to come.
        probe->failuresInRow = 0;
        probe->learnt = ListHealth::Answering;
        m_pacer->ended(key, true);
        return;
    }
    m_pacer->ended(key, false);
    if (++probe->failuresInRow < FailuresToGiveUp || probe->learnt != ListHealth::Answering)
        return;
    probe->learnt = seen;
    m_pacer->release(key);
    emit verdictReady(probe->zone, probe->family);
}

void TestPointProbe::submitListing(const BlocklistEntry& entry, const QString& zone, Family family,
                                   QObject* context, std::function<bool()> send) {
    m_pacer->submit(probeKey(zone, family), entry.rate, context, std::move(send));
}

std::optional<TestVerdict> TestPointProbe::verdict(const QString& zone, Family family) const {
    const std::shared_ptr<Probe> probe = m_probes.value(probeKey(zone, family));
    return probe ? probe->verdict : std::nullopt;
}

void TestPointProbe::cancel() {
    m_pacer->clear();
    if (!m_resolver)
        return;
    for (const std::shared_ptr<Probe>& probe : std::as_const(m_probes)) {
        const QList<dns::QueryId> queries = std::exchange(probe->queries, {});
        for (const dns::QueryId id : queries)
            m_resolver->cancel(id);
    }
}

} // namespace rebound::blocklist
