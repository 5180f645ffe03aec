#include "core/iphealth/reversedns.h"

#include "core/dns/ipaddress.h"
#include "core/dns/resolver.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rebound::iphealth {

QString fcrdnsStatusName(FcrdnsStatus status) {
    switch (status) {
    case FcrdnsStatus::Pass:
        return u"pass"_s;
    case FcrdnsStatus::Fail:
        return u"fail"_s;
    case FcrdnsStatus::NoPtr:
        return u"no_ptr"_s;
    case FcrdnsStatus::Unavailable:
        return u"unavailable"_s;
    }
    return {};
}

ReverseDnsCheck::ReverseDnsCheck(dns::Resolver* resolver, QObject* parent)
    : QObject(parent)
    , m_resolver(resolver) {
}

ReverseDnsCheck::~ReverseDnsCheck() {
    if (m_resolver) {
        for (const dns::QueryId id : std::as_const(m_queries))
            m_resolver->cancel(id);
    }
}

void ReverseDnsCheck::start(const QHostAddress& address) {
    m_address = address;
    m_result.address = address.toString();
    m_result.ptrQuery = dns::reverseLookupName(address);
    if (!m_resolver) {
        m_result.fcrdnsReason = QCoreApplication::translate("rebound::iphealth", "no resolver");
        QMetaObject::invokeMethod(this, &ReverseDnsCheck::finish, Qt::QueuedConnection);
        return;
    }
    m_queries << m_resolver->query(m_result.ptrQuery, dns::RecordType::PTR, this,
                                   [this](const dns::DnsResult& reply) { onPtr(reply); });
}

void ReverseDnsCheck::onPtr(const dns::DnsResult& reply) {
    if (m_finished)
        return;
    m_queries.clear();
    m_result.ptrOutcome = reply.outcome;
    m_result.ptrError = reply.error;
    for (const dns::DnsRecord& record : reply.records()) {
        if (!m_result.ptrNames.contains(record.target))
            m_result.ptrNames << record.target;
    }
    if (reply.outcome == dns::Outcome::NxDomain || reply.outcome == dns::Outcome::NoData
        || (reply.outcome == dns::Outcome::Answer && m_result.ptrNames.isEmpty())) {
        m_result.fcrdns = FcrdnsStatus::NoPtr;
        m_result.fcrdnsReason =
            QCoreApplication::translate("rebound::iphealth", "no PTR record for %1").arg(m_result.ptrQuery);
        finish();
        return;
    }
    if (reply.outcome != dns::Outcome::Answer) {
        m_result.fcrdns = FcrdnsStatus::Unavailable;
        m_result.fcrdnsReason = QCoreApplication::translate("rebound::iphealth", "the PTR lookup failed (%1)")
                                    .arg(dns::outcomeName(reply.outcome));
        finish();
        return;
    }
    const bool v6 = m_address.protocol() == QAbstractSocket::IPv6Protocol;
    const QStringList names = m_result.ptrNames.mid(0, maxNames);
    for (int i = 0; i < names.size(); ++i) {
        ForwardLookup lookup;
        lookup.name = names.at(i);
        lookup.type = v6 ? u"AAAA"_s : u"A"_s;
        m_result.forward << lookup;
        ++m_pending;
        m_queries << m_resolver->query(names.at(i), v6 ? dns::RecordType::AAAA : dns::RecordType::A, this,
                                       [this, i](const dns::DnsResult& forward) { onForward(i, forward); });
    }
}

void ReverseDnsCheck::onForward(int index, const dns::DnsResult& reply) {
    if (m_finished || index >= m_result.forward.size())
        return;
    ForwardLookup& lookup = m_result.forward[index];
    lookup.outcome = reply.outcome;
    for (const dns::DnsRecord& record : reply.records()) {
        lookup.addresses << record.address.toString();
        if (record.address.isEqual(m_address, QHostAddress::StrictConversion))
            lookup.matches = true;
    }
    if (--m_pending > 0)
        return;
    m_queries.clear();
    bool anyDefinite = false;
    for (const ForwardLookup& f : std::as_const(m_result.forward)) {
        anyDefinite = anyDefinite || dns::isDefinite(f.outcome);
        if (f.matches && m_result.fcrdns != FcrdnsStatus::Pass) {
            m_result.fcrdns = FcrdnsStatus::Pass;
            m_result.fcrdnsReason = QCoreApplication::translate("rebound::iphealth", "%1 resolves back to %2")
                                        .arg(f.name, m_result.address);
        }
    }
    if (m_result.fcrdns != FcrdnsStatus::Pass) {
        m_result.fcrdns = anyDefinite ? FcrdnsStatus::Fail : FcrdnsStatus::Unavailable;
        m_result.fcrdnsReason =
            anyDefinite ? QCoreApplication::translate("rebound::iphealth", "no PTR name resolves back to %1")
                              .arg(m_result.address)
                        : QCoreApplication::translate("rebound::iphealth",
                                                      "the forward lookups of the PTR names failed");
    }
    finish();
}

void ReverseDnsCheck::finish() {
    if (m_finished)
        return;
    m_finished = true;
    QString name;
    for (const ForwardLookup& f : std::as_const(m_result.forward)) {
        if (f.matches) {
            name = f.name;
            break;
        }
    }
    if (name.isEmpty() && !m_result.ptrNames.isEmpty())
        name = m_result.ptrNames.first();
    if (!name.isEmpty()) {
        m_result.genericName = name;
        m_result.generic = assessGenericName(name, m_address);
    }
    emit finished();
}

void ReverseDnsCheck::cancel() {
    if (m_finished)
        return;
    if (m_resolver) {
        for (const dns::QueryId id : std::exchange(m_queries, {}))
            m_resolver->cancel(id);
    }
    m_result.fcrdns = FcrdnsStatus::Unavailable;
    m_result.fcrdnsReason = u"cancelled"_s;
    finish();
}

} // namespace rebound::iphealth
