// The live checks of the sources of DMARC reports, when the user allows them: does the domain's
// own SPF record authorise the source IP, and what is its reverse DNS name. At most maxSources
// sources (the busiest first), a few at a time. Like every check (docs/DEVELOPING.md): start(), then
// finished() once, never from inside start(); facts() holds what was found. Deleting it drops the run.
#pragma once

#include "core/reports/reportsanalysis.h"

#include <QObject>

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

    void start(const ReportsSummary& summary);
    bool isFinished() const { return m_finished; }
    const LiveFacts& facts() const { return m_facts; }

signals:
    void finished();

private:
    void startNext();
    void jobDone();
    void finish();

    dns::Resolver* m_resolver;
    QList<std::pair<QString, QString>> m_pending; // domain, ip
    int m_running = 0;
    LiveFacts m_facts;
    bool m_finished = false;
};

} // namespace rebound::reports
