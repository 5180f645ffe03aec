#include "core/auth/spfdns.h"

#include "core/auth/spfresult.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rebound::auth {

using dns::DnsResult;
using dns::Outcome;
using dns::RecordType;

bool isQueryableName(const QString& name) {
    if (name.isEmpty() || name.toUtf8().size() > 253)
        return false;
    for (const QString& label : name.split(u'.')) {
        const qsizetype size = label.toUtf8().size();
        if (size == 0 || size > 63)
            return false;
    }
    return true;
}

bool isVoidAnswer(const DnsResult& r) {
    return r.outcome == Outcome::NxDomain || r.outcome == Outcome::NoData
           || r.outcome == Outcome::InvalidQuery || (r.outcome == Outcome::Answer && r.records().isEmpty());
}

bool isDnsError(const DnsResult& r) {
    return !isVoidAnswer(r) && r.outcome != Outcome::Answer;
}

QString describeAnswer(const DnsResult& r) {
    const QString type = dns::recordTypeName(r.type);
    switch (r.outcome) {
    case Outcome::Answer:
        return QCoreApplication::translate("rebound::auth", "%1 %2 record(s)")
            .arg(r.records().size())
            .arg(type);
    case Outcome::NoData:
        return QCoreApplication::translate("rebound::auth", "no %1 records (NODATA)").arg(type);
    case Outcome::NxDomain:
        return QCoreApplication::translate("rebound::auth", "the name does not exist (NXDOMAIN)");
    case Outcome::InvalidQuery:
        return QCoreApplication::translate("rebound::auth", "not a valid DNS name");
    default:
        return r.error.isEmpty() ? QCoreApplication::translate("rebound::auth", "%1 for %2 %3")
                                       .arg(dns::outcomeName(r.outcome), r.name, type)
                                 : QCoreApplication::translate("rebound::auth", "%1 for %2 %3: %4")
                                       .arg(dns::outcomeName(r.outcome), r.name, type, r.error);
    }
}

SpfDns::SpfDns(dns::Resolver* resolver, QObject* context, bool prefetch, SpfEvaluation* counts)
    : m_resolver(resolver)
    , m_context(context)
    , m_prefetch(prefetch)
    , m_counts(counts) {
}

SpfDns::~SpfDns() {
    for (const auto& entry : std::as_const(m_cache)) {
        if (!entry->done && entry->id)
            m_resolver->cancel(entry->id);
    }
}

void SpfDns::Fetch::await_suspend(std::coroutine_handle<> handle) {
    ++dns->m_counts->roundTrips;
    entry->waiters.push_back(handle);
}

std::shared_ptr<SpfDns::Entry> SpfDns::entryFor(const QString& name, quint16 type) {
    const QString key = QString::number(type) + u'|' + name.toLower();
    if (auto it = m_cache.constFind(key); it != m_cache.constEnd())
        return *it;
    auto entry = std::make_shared<Entry>();
    m_cache.insert(key, entry);
    if (!isQueryableName(name)) {
        entry->done = true;
        entry->result.name = name;
        entry->result.type = type;
        entry->result.outcome = Outcome::InvalidQuery;
        entry->result.error = QCoreApplication::translate("rebound::auth", "not a valid DNS name");
        return entry;
    }
    ++m_counts->dnsQueries;
    std::weak_ptr<Entry> weak = entry;
    entry->id = m_resolver->query(name, type, m_context, [weak](const DnsResult& r) {
        const auto e = weak.lock();
        if (!e)
            return;
        e->done = true;
        e->result = r;
        const auto waiters = std::exchange(e->waiters, {});
        for (const auto waiter : waiters)
            waiter.resume();
    });
    return entry;
}

void SpfDns::prefetch(const QString& name, RecordType type) {
    if (!m_prefetch || m_prefetchBudget <= 0 || !isQueryableName(name))
        return;
    const QString key = QString::number(int(type)) + u'|' + name.toLower();
    if (m_cache.contains(key))
        return;
    --m_prefetchBudget;
    entryFor(name, static_cast<quint16>(type));
}

} // namespace rebound::auth
