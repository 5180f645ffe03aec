#pragma once

#include "core/iphealth/iphealthcheck.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>

namespace rebound::iphealth {

// Many addresses (a range or a file) with at most maxConcurrent IP checks at once, all sharing one
// test-point probe (test points run once per list for the whole run). Results are streamed in
// completion order through resultReady() and not kept, so memory stays flat for large inputs.
class IpHealthBatch final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IpHealthBatch)

public:
    IpHealthBatch(dns::Resolver* resolver, const blocklist::BlocklistCatalog& catalog,
                  const IpHealthOptions& options, int maxConcurrent = 8, QObject* parent = nullptr);
    ~IpHealthBatch() override;

    void start(const QList<QHostAddress>& addresses, const QStringList& inputs = {});
    // Stops starting new checks and cancels running ones; their (cancelled) results still arrive.
    void cancel();
    bool isFinished() const { return m_finished; }

signals:
    void resultReady(int index, const rebound::iphealth::IpHealthResult& result);
    void progress(int done, int total);
    void finished();

private:
    void startMore();
    void onCheckFinished(IpHealthCheck* check, int index);

    QPointer<dns::Resolver> m_resolver;
    blocklist::BlocklistCatalog m_catalog;
    IpHealthOptions m_options;
    blocklist::TestPointProbe* m_probe = nullptr;
    int m_maxConcurrent = 8;
    QList<QHostAddress> m_addresses;
    QStringList m_inputs;
    int m_next = 0;
    int m_running = 0;
    int m_done = 0;
    bool m_cancelled = false;
    bool m_finished = false;
    QList<IpHealthCheck*> m_checks;
};

} // namespace rebound::iphealth
