#include "core/iphealth/iphealthcheck.h"

#include "core/blocklist/testpointprobe.h"
#include "core/dns/ipaddress.h"
#include "core/dns/resolver.h"
#include "core/iphealth/reversedns.h"

namespace rebound::iphealth {

IpHealthCheck::IpHealthCheck(dns::Resolver* resolver, const blocklist::BlocklistCatalog& catalog,
                             const IpHealthOptions& options, blocklist::TestPointProbe* probe,
                             QObject* parent)
    : QObject(parent)
    , m_resolver(resolver)
    , m_catalog(catalog)
    , m_options(options)
    , m_probe(probe) {
}

IpHealthCheck::~IpHealthCheck() = default;

void IpHealthCheck::start(const QHostAddress& address, const QString& input) {
    m_result.input = input;
    m_result.ip = address.toString();
    const std::optional<QString> special = dns::specialPurposeReason(address);
    if (special && !(m_options.checkDocumentationRanges && dns::isDocumentationRange(address))) {
        m_result.notCheckedReason = *special;
        QMetaObject::invokeMethod(this, &IpHealthCheck::tryFinish, Qt::QueuedConnection);
        return;
    }
    m_result.checked = true;
    m_blocklists = new blocklist::BlocklistCheck(m_resolver, m_catalog, m_options.blocklists, m_probe, this);
    connect(m_blocklists, &blocklist::BlocklistCheck::listFinished, this, &IpHealthCheck::listFinished);
    connect(m_blocklists, &blocklist::BlocklistCheck::finished, this, &IpHealthCheck::tryFinish);
    if (m_options.reverseDns) {
        m_rdns = new ReverseDnsCheck(m_resolver, this);
        connect(m_rdns, &ReverseDnsCheck::finished, this, &IpHealthCheck::tryFinish);
        m_rdns->start(address);
    }
    m_blocklists->start(address);
}

void IpHealthCheck::tryFinish() {
    if (m_finished)
        return;
    if (m_blocklists && !m_blocklists->isFinished())
        return;
    if (m_rdns && !m_rdns->isFinished())
        return;
    m_finished = true;
    if (m_blocklists)
        m_result.blocklists = m_blocklists->results();
    if (m_rdns) {
        m_result.reverseDnsChecked = true;
        m_result.rdns = m_rdns->result();
    }
    emit finished();
}

void IpHealthCheck::cancel() {
    if (m_finished)
        return;
    m_result.cancelled = true;
    if (m_rdns)
        m_rdns->cancel();
    if (m_blocklists)
        m_blocklists->cancel();
    tryFinish();
}

} // namespace rebound::iphealth
