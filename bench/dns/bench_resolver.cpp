// Resolver benchmark: N queries in flight at once against the lab, with dnsdist adding D ms to every
// answer. A resolver that really runs queries in parallel finishes in about one D; one that serialises
// them needs N x D. Then raw throughput with no added delay.
#include "bench/benchlab.h"
#include "core/dns/resolver.h"
#include "core/dns/serverlist.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

using namespace rebound::dns;

namespace {

struct Run {
    qint64 wallMs = 0;
    double cpuMs = 0; // this process: the resolver's CPU (the lab's servers are other processes)
    int answered = 0;
    int failed = 0;
};

Run runQueries(const QString& server, int count, int inFlight) {
    ResolverConfig config;
    config.servers = *parseServerList(server);
    config.maxInFlight = inFlight;
    config.initialInFlight = inFlight; // a fixed window: N at once really leave at once
    config.timeoutMs = 10000;
    Resolver resolver(config);
    Run run;
    QEventLoop loop;
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = rebound::bench::cpuMs();
    for (int i = 0; i < count; ++i) {
        resolver.query(u"q%1.example.com"_s.arg(i % 5000), RecordType::A, &loop, [&](const DnsResult& r) {
            (r.outcome == Outcome::NxDomain ? run.answered : run.failed)++;
            if (run.answered + run.failed == count)
                loop.quit();
        });
    }
    loop.exec();
    run.wallMs = timer.elapsed();
    run.cpuMs = rebound::bench::cpuMs() - cpuBefore;
    return run;
}

bool startLab(rebound::lab::DnsLab& lab, int delayMs) {
    rebound::lab::DnsLabOptions options;
    options.zonesDir = rebound::lab::DnsLab::defaultZonesDir();
    options.delayMs = delayMs;
    return rebound::bench::startLab(lab, options);
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int delay = 50;
    {
        rebound::lab::DnsLab lab;
        if (!startLab(lab, delay))
            return 1;
        for (const int n : {1, 100, 1000}) {
            const Run run = runQueries(lab.server(), n, n);
            out << QStringLiteral(
                       "parallel  N=%1 D=%2ms: wall %3 ms = %4 D, answered %5, failed %6; load %7\n")
                       .arg(n)
                       .arg(delay)
                       .arg(run.wallMs)
                       .arg(double(run.wallMs) / delay, 0, 'f', 2)
                       .arg(run.answered)
                       .arg(run.failed)
                       .arg(rebound::bench::loadAverage());
            out.flush();
        }
    }
    {
        rebound::lab::DnsLab lab;
        if (!startLab(lab, 0))
            return 1;
        const int n = 20000;
        for (const int inFlight : {64, 256, 1024}) {
            const Run run = runQueries(lab.server(), n, inFlight);
            out << QStringLiteral(
                       "throughput N=%1 in-flight=%2 D=0: wall %3 ms, %4 queries/s, failed %5; client "
                       "CPU %6 ms = %7 us per query; load %8\n")
                       .arg(n)
                       .arg(inFlight)
                       .arg(run.wallMs)
                       .arg(qint64(n * 1000.0 / qMax<qint64>(1, run.wallMs)))
                       .arg(run.failed)
                       .arg(run.cpuMs, 0, 'f', 0)
                       .arg(run.cpuMs * 1000.0 / n, 0, 'f', 1)
                       .arg(rebound::bench::loadAverage());
            out.flush();
        }
    }
    return 0;
}
