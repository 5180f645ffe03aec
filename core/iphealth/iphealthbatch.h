#pragma once

#include "core/iphealth/iphealthcheck.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>

namespace rebound::iphealth {

// Many addresses (a range or a file) with at most maxConcurrent IP checks at once (a whole /24 by
// default, so the resolver's window stays full instead of running in waves), all sharing one
// TestPointProbe: test points run once per list for the whole run, a list that does not answer is
// learnt once and costs one deadline for the run, and each list's queries are paced by its catalog
// rate. Results are streamed in completion order through resultReady() and not kept, so memory stays
// flat for large inputs.
class IpHealthBatch final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IpHealthBatch)

public:
    static constexpr int DefaultConcurrency = 256;
    static constexpr int MaxConcurrency = 256;

    IpHealthBatch(dns::Resolver* resolver, const blocklist::BlocklistCatalog& catalog,
                  const IpHealthOptions& options, int maxConcurrent = DefaultConcurrency,
                  QObject* parent = nullptr);
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
    int m_maxConcurrent = DefaultConcurrency;
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
