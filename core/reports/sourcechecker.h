// The live checks of the sources of DMARC reports, when the user allows them: does the domain's
// own SPF record authorise the source IP, and what is its reverse DNS name. At most maxSources
// sources (the busiest first), a few at a time.
#pragma once

#include "core/reports/reportsanalysis.h"

#include <QObject>

#include <functional>
#include <memory>

namespace rebound::dns {
class Resolver;
}

namespace rebound::reports {

class SourceChecker final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceChecker)

public:
    static constexpr int maxSources = 300;
    static constexpr int parallel = 8;

    explicit SourceChecker(dns::Resolver* resolver, QObject* parent = nullptr);
    ~SourceChecker() override;

    // Checks the sources of summary; done is called once, asynchronously, with what was found.
    void check(const ReportsSummary& summary, std::function<void(const LiveFacts&)> done);

private:
    void startNext();
    void jobDone();

    dns::Resolver* m_resolver;
    QList<std::pair<QString, QString>> m_pending; // domain, ip
    int m_running = 0;
    LiveFacts m_facts;
    std::function<void(const LiveFacts&)> m_done;
};

} // namespace rebound::reports
