#include "core/iphealth/iphealthbatch.h"

#include "core/blocklist/testpointprobe.h"
#include "core/dns/resolver.h"

namespace rebound::iphealth {

IpHealthBatch::IpHealthBatch(dns::Resolver* resolver, const blocklist::BlocklistCatalog& catalog,
                             const IpHealthOptions& options, int maxConcurrent, QObject* parent)
    : QObject(parent)
    , m_resolver(resolver)
    , m_catalog(catalog)
    , m_options(options)
    , m_probe(new blocklist::TestPointProbe(resolver, this))
    , m_maxConcurrent(qBound(1, maxConcurrent, MaxConcurrency)) {
}

IpHealthBatch::~IpHealthBatch() = default;

void IpHealthBatch::start(const QList<QHostAddress>& addresses, const QStringList& inputs) {
    m_addresses = addresses;
    m_inputs = inputs;
    if (m_addresses.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_finished = true;
                emit finished();
            },
            Qt::QueuedConnection);
        return;
    }
    startMore();
}

void IpHealthBatch::startMore() {
    while (!m_cancelled && m_running < m_maxConcurrent && m_next < m_addresses.size()) {
        const int index = m_next++;
        auto* check = new IpHealthCheck(m_resolver, m_catalog, m_options, m_probe, this);
        connect(check, &IpHealthCheck::finished, this,
                [this, check, index] { onCheckFinished(check, index); });
        m_checks << check;
        ++m_running;
        check->start(m_addresses.at(index), m_inputs.value(index));
    }
}

void IpHealthBatch::onCheckFinished(IpHealthCheck* check, int index) {
    --m_running;
    ++m_done;
    m_checks.removeOne(check);
    const IpHealthResult result = check->result();
    check->deleteLater();
    emit resultReady(index, result);
    emit progress(m_done, int(m_addresses.size()));
    startMore();
    if (m_running == 0 && (m_cancelled || m_next >= m_addresses.size()) && !m_finished) {
        m_finished = true;
        emit finished();
    }
}

void IpHealthBatch::cancel() {
    if (m_finished)
        return;
    m_cancelled = true;
    const QList<IpHealthCheck*> running = m_checks;
    for (IpHealthCheck* check : running)
        check->cancel();
    m_probe->cancel();
    if (m_running == 0 && !m_finished) {
        m_finished = true;
        emit finished();
    }
}

} // namespace rebound::iphealth
