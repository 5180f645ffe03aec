// SPF evaluation cost for a realistic tree of ESP includes (bench.example.com in tests/auth/zones):
// wall time, sequential DNS round trips and queries sent, with dnsdist adding 50 ms to every UDP
// answer; Rebound with and without prefetching, and pyspf (Debian python3-spf on dnspython) pointed
// at the same lab in the same run. Method and figures: docs/PERFORMANCE.md, "SPF evaluation".
#include "core/auth/spfevaluator.h"
#include "core/dns/resolver.h"
#include "core/dns/serverlist.h"
#include "lab/dnslab.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

using namespace rebound;

namespace {

constexpr int kDelayMs = 50;
constexpr int kRuns = 5;

struct Figures {
    qint64 medianMs = 0;
    int roundTrips = 0;
    int queries = 0;
    QString result;
};

Figures runRebound(dns::Resolver& resolver, const QString& ip, bool prefetch) {
    QList<qint64> times;
    Figures figures;
    for (int run = 0; run < kRuns; ++run) {
        auth::SpfEvaluator evaluator(&resolver);
        auth::SpfRequest request;
        request.ip = QHostAddress(ip);
        request.sender = u"bounce@bench.example.com"_s;
        request.helo = u"mta.bench.example.com"_s;
        request.prefetch = prefetch;
        QEventLoop loop;
        QElapsedTimer timer;
        timer.start();
        QObject::connect(&evaluator, &auth::SpfEvaluator::finished, &loop, &QEventLoop::quit);
        evaluator.start(request);
        loop.exec();
        const auth::SpfEvaluation& e = evaluator.result();
        figures.roundTrips = e.roundTrips;
        figures.queries = e.dnsQueries;
        figures.result = auth::spfResultName(e.result);
        times << timer.elapsed();
    }
    std::sort(times.begin(), times.end());
    figures.medianMs = times.at(kRuns / 2);
    return figures;
}

// pyspf through dnspython, with the default resolver pointed at the lab; a fresh query object (and
// so an empty cache) per run.
Figures runPyspf(quint16 port, const QString& ip) {
    const QString script = QStringLiteral(R"(
import json, sys, time
import dns.resolver
r = dns.resolver.Resolver(configure=False)
r.nameservers = ['127.0.0.1']
r.port = %1
r.lifetime = 10
dns.resolver.default_resolver = r
import spf
times = []
for _ in range(%2):
    q = spf.query(i='%3', s='bounce@bench.example.com', h='mta.bench.example.com')
    t = time.monotonic()
    res = q.check()
    times.append((time.monotonic() - t) * 1000)
    lookups = q.lookups
times.sort()
print(json.dumps({'median_ms': times[len(times) // 2], 'result': res[0], 'lookups': lookups}))
)")
                               .arg(port)
                               .arg(kRuns)
                               .arg(ip);
    QProcess python;
    python.start(u"/usr/bin/python3"_s, {u"-c"_s, script});
    Figures figures;
    if (!python.waitForFinished(120000) || python.exitCode() != 0) {
        figures.result = u"pyspf failed: "_s + QString::fromUtf8(python.readAllStandardError()).trimmed();
        return figures;
    }
    const QJsonObject json = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    figures.medianMs = qint64(json.value(u"median_ms"_s).toDouble());
    figures.result = json.value(u"result"_s).toString();
    return figures;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    lab::DnsLab lab;
    lab::DnsLabOptions options;
    options.zonesDir = QStringLiteral(REBOUND_TEST_DATA_DIR "/auth/zones");
    options.delayMs = kDelayMs;
    QString error;
    if (!lab.start(options, &error)) {
        out << "cannot start the lab: " << error << Qt::endl;
        return 1;
    }
    dns::ResolverConfig config;
    config.servers = *dns::parseServerList(lab.server());
    dns::Resolver resolver(config);

    out << "SPF evaluation of bench.example.com (5 ESP includes, 8 DNS-querying terms), D = " << kDelayMs
        << " ms per UDP answer, median of " << kRuns << " runs\n\n";
    out << "| client IP | evaluator | result | wall time | in D | round trips | queries "
           "|\n|---|---|---|---|---|---|---|\n";
    const QList<std::pair<QString, QString>> cases{{u"203.0.113.77"_s, u"unlisted (whole tree)"_s},
                                                   {u"205.201.128.5"_s, u"listed in the last include"_s},
                                                   {u"192.0.2.5"_s, u"listed in the top record"_s}};
    for (const auto& [ip, label] : cases) {
        for (bool prefetch : {true, false}) {
            const Figures f = runRebound(resolver, ip, prefetch);
            out << "| " << label << " | Rebound" << (prefetch ? " (prefetch)" : " (sequential)") << " | "
                << f.result << " | " << f.medianMs << " ms | "
                << QString::number(double(f.medianMs) / kDelayMs, 'f', 1) << " D | " << f.roundTrips << " | "
                << f.queries << " |\n";
        }
        const Figures p = runPyspf(lab.dnsdistPort(), ip);
        out << "| " << label << " | pyspf "
            << " | " << p.result << " | " << p.medianMs << " ms | "
            << QString::number(double(p.medianMs) / kDelayMs, 'f', 1) << " D | (sequential) | |\n";
        out.flush();
    }
    return 0;
}
