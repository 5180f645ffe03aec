// Tests a resolver against the Spamhaus ZEN RFC 5782 test point (its zone, test point and answer
// codes from the blocklist catalog): it must be listed. Public resolvers get a documented error code
// or a bare NXDOMAIN instead, which would make every address look clean.
#pragma once

#include "core/dns/resolverconfig.h"

#include <QObject>

namespace rebound::dns {
class Resolver;
}

namespace rebound::ui {

class ResolverTester final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResolverTester)

public:
    explicit ResolverTester(QObject* parent = nullptr);
    ~ResolverTester() override;

    // dqsKey: when set, the DQS zone <key>.zen.dq.spamhaus.net is tested instead of the public mirror.
    void start(const dns::ResolverConfig& config, const QString& dqsKey);
    bool isRunning() const { return m_resolver != nullptr; }

    static QString testName(const QString& dqsKey);

signals:
    // ok: the test point answered as RFC 5782 requires. message: for people.
    void finished(bool ok, const QString& message);

private:
    dns::Resolver* m_resolver = nullptr;
};

} // namespace rebound::ui
