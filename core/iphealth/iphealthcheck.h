#pragma once

#include "core/blocklist/blocklistcatalog.h"
#include "core/blocklist/blocklistcheck.h"
#include "core/iphealth/iphealthresult.h"

#include <QObject>
#include <QPointer>

namespace rebound::dns {
class Resolver;
}

namespace rebound::blocklist {
class TestPointProbe;
}

namespace rebound::iphealth {

class ReverseDnsCheck;

struct IpHealthOptions {
    blocklist::CheckOptions blocklists;
    bool reverseDns = true;
    // RFC 5737/3849 documentation ranges are special-purpose; a lab or an example may check them anyway.
    bool checkDocumentationRanges = false;
};

// One IP address: reverse DNS and every blocklist at once. A special-purpose address (RFC 6890) is
// explained instead of queried. Emits listFinished() as lists complete and finished() once.
class IpHealthCheck final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IpHealthCheck)

public:
    IpHealthCheck(dns::Resolver* resolver, const blocklist::BlocklistCatalog& catalog,
                  const IpHealthOptions& options, blocklist::TestPointProbe* probe = nullptr,
                  QObject* parent = nullptr);
    ~IpHealthCheck() override;

    void start(const QHostAddress& address, const QString& input = {});
    void cancel();
    bool isFinished() const { return m_finished; }
    const IpHealthResult& result() const { return m_result; }

signals:
    void listFinished(const rebound::blocklist::ListResult& result);
    void finished();

private:
    void tryFinish();

    QPointer<dns::Resolver> m_resolver;
    blocklist::BlocklistCatalog m_catalog;
    IpHealthOptions m_options;
    QPointer<blocklist::TestPointProbe> m_probe;
    blocklist::BlocklistCheck* m_blocklists = nullptr;
    ReverseDnsCheck* m_rdns = nullptr;
    IpHealthResult m_result;
    bool m_finished = false;
};

} // namespace rebound::iphealth
