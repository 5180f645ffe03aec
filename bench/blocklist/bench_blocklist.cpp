// Blocklist check benchmark. The lab serves every queryable list of the built-in catalog (zones and
// test points generated from the catalog itself, keyed zones with a lab key), plus PTR/A records.
// 1. One IP against the whole catalog with dnsdist adding D = 50 ms to every answer: the wall time in
//    units of D shows how many round trips the check needs (test points and listings go out together,
//    TXT only for listed lists, reverse DNS in parallel), not one per list.
// 2. A /24 against the whole catalog with D = 50 ms, beside the same /24 with one list that drops every
//    query (dnsdist DropAction on all.s5h.net, as the real s5h does): the issue 23 targets are asserted
//    in round trips, <= 10 D without a dropping list and <= 10 D + one deadline with one (exit 1 if not).
// 3. A /24 against the whole catalog with no added delay: queries per second and peak memory.
// Queries are counted by the resolver itself (its query ids), not estimated. The resolver's in-flight
// window adapts (AIMD, ResolverConfig); REBOUND_BENCH_IN_FLIGHT=N caps it at N instead of the default
// ceiling and REBOUND_BENCH_INITIAL=N starts it at N (REBOUND_BENCH_IN_FLIGHT=256
// REBOUND_BENCH_INITIAL=256 is the fixed window of before; docs/PERFORMANCE.md compares them). Each /24
// line ends with the window the run ended with, the CPU the run cost this process (the client) and the
// lab's dnsdist and Knot, and the load average; REBOUND_BENCH_TRACE=1 prints the resolver's window,
// queries in flight and queued every 25 ms on stderr.
// With --write-lab DIR it only writes the lab's zone file and the list of IPv4 zones (for running rblcheck
// against the same data: compare_rblcheck.sh).
#include "bench/benchlab.h"
#include "core/blocklist/answerclassifier.h"
#include "core/blocklist/blocklistcatalog.h"
#include "core/blocklist/testpointprobe.h"
#include "core/dns/ipaddress.h"
#include "core/dns/resolver.h"
#include "core/dns/serverlist.h"
#include "core/iphealth/iphealthbatch.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

using namespace rebound;
using namespace rebound::blocklist;

namespace {

const QString labKey = u"benchkey"_s;
const QString rangeBase = u"198.51.100."_s;

QString positiveAnswer(const BlocklistEntry& entry, const std::optional<TestSpec>& spec) {
    if (spec && spec->answers && !spec->answers->isEmpty())
        return dottedCode(spec->answers->first());
    for (const AnswerCode& code : entry.codes) {
        if (code.kind == CodeKind::Listing || code.kind == CodeKind::Allow)
            return dottedCode(code.first);
    }
    for (const AnswerBit& bit : entry.bits) {
        if (bit.kind == CodeKind::Listing)
            return u"127.0.0.%1"_s.arg(bit.bit);
    }
    return u"127.0.0.2"_s;
}

// One root zone: every list's test points, ZEN and SpamCop listing every 16th address of the /24 with a
// TXT reason, and PTR + A for every address of the /24.
QString labZone(const BlocklistCatalog& catalog) {
    QString zone;
    QTextStream s(&zone);
    s << "$TTL 300\n@ IN SOA ns.lab. hostmaster.lab. 1 3600 600 86400 60\n@ IN NS ns.lab.\nns.lab. IN A "
         "127.0.0.1\n";
    for (const BlocklistEntry& entry : catalog.entries()) {
        if (!entry.isQueryable())
            continue;
        QSet<QString> zones;
        if (!entry.zone.isEmpty())
            zones << entry.zone;
        if (!entry.keyedZone.isEmpty())
            zones << entry.zoneFor(labKey);
        for (const QString& z : zones) {
            for (const Family family : {Family::Ipv4, Family::Ipv6, Family::Domain}) {
                const std::optional<TestSpec>& spec = entry.testFor(family);
                if (!spec)
                    continue;
                const QString name = TestPointProbe::testName(spec->listed, family, z);
                if (spec->answers) {
                    for (const quint32 code : *spec->answers)
                        s << name << ". IN A " << dottedCode(code) << '\n';
                } else {
                    s << name << ". IN A " << positiveAnswer(entry, spec) << '\n';
                }
            }
        }
    }
    for (int i = 0; i < 256; ++i) {
        const QString ip = rangeBase + QString::number(i);
        s << i << ".100.51.198.in-addr.arpa. IN PTR mail" << i << ".example.net.\n";
        s << "mail" << i << ".example.net. IN A " << ip << '\n';
        if (i % 16 == 7) {
            for (const QString& z :
                 QStringList{u"zen.spamhaus.org"_s, QString(labKey + u".zen.dq.spamhaus.net"_s),
                             u"bl.spamcop.net"_s}) {
                s << i << ".100.51.198." << z << ". IN A 127.0.0.2\n";
                s << i << ".100.51.198." << z << ". IN TXT \"listed in the lab: " << ip << "\"\n";
            }
        }
    }
    s.flush();
    return zone;
}

// The zones an IPv4 check of the whole catalog asks (keyed zones with the lab key), one a line: what
// rblcheck is given with -s for the comparison (compare_rblcheck.sh).
QString ipv4Zones(const BlocklistCatalog& catalog) {
    QString zones;
    for (const BlocklistEntry& entry : catalog.entries()) {
        if (entry.isQueryable() && entry.supports(Family::Ipv4) != Support::No)
            zones += entry.zoneFor(labKey) + u'\n';
    }
    return zones;
}

bool writeFile(const QString& path, const QString& text) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0;
}

bool writeLab(const QString& dir, const BlocklistCatalog& catalog) {
    QDir().mkpath(dir);
    return writeFile(dir + u"/root.zone"_s, labZone(catalog))
           && writeFile(dir + u"/ipv4-zones.txt"_s, ipv4Zones(catalog));
}

iphealth::IpHealthOptions wholeCatalog(const BlocklistCatalog& catalog) {
    iphealth::IpHealthOptions options;
    options.checkDocumentationRanges = true;
    options.blocklists.spamhausDqsKey = labKey;
    options.blocklists.abusixKey = labKey;
    for (const BlocklistEntry& entry : catalog.entries()) {
        if (entry.isQueryable())
            options.blocklists.enabledIds << entry.id;
    }
    return options;
}

// The resolver numbers its queries in order: the id of a marker query asked (and cancelled at once)
// after a run, minus the one asked before it, counts every query the run sent.
dns::QueryId markerQuery(dns::Resolver& resolver) {
    const dns::QueryId id =
        resolver.query(u"marker.invalid."_s, quint16(1), &resolver, [](const dns::DnsResult&) {});
    resolver.cancel(id);
    return id;
}

long peakRssKb() {
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

// CPU spent during a run by the client (this process) and by the lab's two servers.
struct CpuSplit {
    double client = 0;
    double dnsdist = 0;
    double knot = 0;
};

// The process id of this process's running child named `name` (the lab's "knotd" or "dnsdist"), or 0.
qint64 childNamed(const QByteArray& name) {
    const QDir tasks(u"/proc/self/task"_s);
    for (const QString& task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile children(tasks.filePath(task + u"/children"_s));
        if (!children.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray& pid : children.readAll().split(' ')) {
            QFile comm(u"/proc/%1/comm"_s.arg(QString::fromLatin1(pid.trimmed())));
            if (!pid.trimmed().isEmpty() && comm.open(QIODevice::ReadOnly)
                && comm.readAll().trimmed() == name)
                return pid.trimmed().toLongLong();
        }
    }
    return 0;
}

// The lab's servers are this process's only knotd and dnsdist children (one lab runs at a time).
CpuSplit cpuNow() {
    return {bench::cpuMs(), bench::cpuMs(childNamed("dnsdist")), bench::cpuMs(childNamed("knotd"))};
}

QString cpuLine(const CpuSplit& before, const CpuSplit& after) {
    return u"CPU client %1 ms, dnsdist %2 ms, knot %3 ms"_s.arg(after.client - before.client, 0, 'f', 0)
        .arg(after.dnsdist - before.dnsdist, 0, 'f', 0)
        .arg(after.knot - before.knot, 0, 'f', 0);
}

struct BatchRun {
    qint64 wallMs = 0;
    QString cpu; // cpuLine() of the run
    int ips = 0;
    int queries = 0;
    int window = 0; // the resolver's in-flight window at the end
    QMap<QString, int> statuses;
    QList<iphealth::IpHealthResult> results;
};

BatchRun runBatch(const lab::DnsLab& lab, const BlocklistCatalog& catalog,
                  const QList<QHostAddress>& addresses, int concurrency, bool keep, int timeoutMs = 5000,
                  bool reverseDns = true) {
    dns::ResolverConfig config;
    config.servers = *dns::parseServerList(lab.server());
    config.timeoutMs = timeoutMs;
    if (const int cap = qEnvironmentVariableIntValue("REBOUND_BENCH_IN_FLIGHT"); cap > 0)
        config.maxInFlight = cap; // the resolver's default ceiling unless asked
    if (const int initial = qEnvironmentVariableIntValue("REBOUND_BENCH_INITIAL"); initial > 0)
        config.initialInFlight = initial;
    dns::Resolver resolver(config);
    iphealth::IpHealthOptions options = wholeCatalog(catalog);
    options.reverseDns = reverseDns;
    iphealth::IpHealthBatch batch(&resolver, catalog, options, concurrency);
    BatchRun run;
    QEventLoop loop;
    QObject::connect(&batch, &iphealth::IpHealthBatch::resultReady, &loop,
                     [&](int, const iphealth::IpHealthResult& r) {
                         ++run.ips;
                         for (const ListResult& list : r.blocklists)
                             run.statuses[listStatusName(list.status)]++;
                         if (keep)
                             run.results << r;
                     });
    QObject::connect(&batch, &iphealth::IpHealthBatch::finished, &loop, &QEventLoop::quit);
    const dns::QueryId before = markerQuery(resolver);
    const CpuSplit cpuBefore = cpuNow();
    QElapsedTimer timer;
    timer.start();
    // REBOUND_BENCH_TRACE=1: the resolver's queries in flight and queued every 25 ms, on stderr.
    QTimer trace;
    if (qEnvironmentVariableIntValue("REBOUND_BENCH_TRACE") > 0) {
        QObject::connect(&trace, &QTimer::timeout, &loop, [&] {
            std::fprintf(stderr, "  %4lld ms: in flight %d, queued %d, window %d, sent %llu, IPs done %d\n",
                         timer.elapsed(), resolver.inFlight(), resolver.queued(), resolver.window(),
                         static_cast<unsigned long long>(markerQuery(resolver) - before), run.ips);
        });
        trace.start(25);
    }
    batch.start(addresses);
    if (!batch.isFinished())
        loop.exec();
    run.wallMs = timer.elapsed();
    run.cpu = cpuLine(cpuBefore, cpuNow());
    run.queries = int(markerQuery(resolver) - before - 1);
    run.window = resolver.window();
    return run;
}

QList<QHostAddress> wholeRange() {
    QList<QHostAddress> range;
    for (int i = 0; i < 256; ++i)
        range << QHostAddress(rangeBase + QString::number(i));
    return range;
}

QString statusLine(const QMap<QString, int>& statuses) {
    QStringList parts;
    for (auto it = statuses.begin(); it != statuses.end(); ++it)
        parts << u"%1 %2"_s.arg(it.key()).arg(it.value());
    return parts.join(u", "_s);
}

// Starts the lab on the zone directory with every answer delayed by delayMs.
bool startLab(lab::DnsLab& lab, const QString& zonesDir, int delayMs, const QStringList& dnsdistRules = {}) {
    lab::DnsLabOptions options;
    options.zonesDir = zonesDir;
    options.delayMs = delayMs;
    options.dnsdistRules = dnsdistRules;
    return bench::startLab(lab, options);
}

// 1. One IP against the whole catalog with D added to every answer.
bool benchOneIp(QTextStream& out, const QString& zonesDir, const BlocklistCatalog& catalog, int delay) {
    lab::DnsLab lab;
    if (!startLab(lab, zonesDir, delay))
        return false;
    for (const QString& ip : {u"198.51.100.7"_s, u"198.51.100.8"_s}) {
        const BatchRun run = runBatch(lab, catalog, {QHostAddress(ip)}, 1, true);
        out << QStringLiteral("one IP (%1), whole catalog, D=%2 ms: wall %3 ms = %4 D, %5 queries; %6\n")
                   .arg(ip)
                   .arg(delay)
                   .arg(run.wallMs)
                   .arg(double(run.wallMs) / delay, 0, 'f', 2)
                   .arg(run.queries)
                   .arg(statusLine(run.statuses));
        out.flush();
    }
    return true;
}

// 2. The /24 in round trips, beside its peers in the same run: every list answering and then
// all.s5h.net dropping every query, each with no added delay (the floor: CPU on a 2-core machine
// that also runs Knot and dnsdist, plus the catalog's per-list rate) and with D added. The
// round trips are what the delay adds over the floor of the answering world; the deadline is
// 1000 ms (--timeout 1000), so "one deadline" is visible beside 10 D. Reverse DNS off, as in
// compare_rblcheck.sh; the same runs with it are printed for information. Sets *targetsMet.
bool benchRoundTrips(QTextStream& out, const QString& zonesDir, const BlocklistCatalog& catalog, int delay,
                     bool* targetsMet) {
    const int deadline = 1000;
    qint64 floorMs[2] = {0, 0}; // [reverseDns]
    for (const bool dropping : {false, true}) {
        for (const int d : {0, delay}) {
            QStringList rules;
            if (dropping)
                rules << u"local drop = newSuffixMatchNode(); drop:add(\"all.s5h.net.\")"_s
                      << u"addAction(SuffixMatchNodeRule(drop), DropAction())"_s;
            lab::DnsLab lab;
            if (!startLab(lab, zonesDir, d, rules))
                return false;
            for (const bool reverseDns : {false, true}) {
                const BatchRun run =
                    runBatch(lab, catalog, wholeRange(), iphealth::IpHealthBatch::DefaultConcurrency, false,
                             deadline, reverseDns);
                QString verdict;
                if (d == 0 && !dropping) {
                    floorMs[reverseDns] = run.wallMs;
                    verdict = u"the floor"_s;
                } else if (d > 0) {
                    const double rounds = double(run.wallMs - floorMs[reverseDns]) / d;
                    const double target = 10 + (dropping ? double(deadline) / d : 0);
                    const bool met = rounds <= target;
                    if (!reverseDns)
                        *targetsMet = *targetsMet && met;
                    verdict = u"%1 D over the floor, target <= %2 D: %3"_s.arg(rounds, 0, 'f', 1)
                                  .arg(target, 0, 'f', 0)
                                  .arg(met ? u"met"_s : u"NOT MET"_s);
                }
                out << QStringLiteral("/24 (256 IPs), whole catalog%1, %2, D=%3 ms, deadline %4 ms: wall "
                                      "%5 ms = %6 D (%7), %8 queries, window %10; %9; %11, load %12\n")
                           .arg(reverseDns ? u" + reverse DNS"_s : QString(),
                                dropping ? u"all.s5h.net drops every query"_s : u"every list answers"_s)
                           .arg(d)
                           .arg(deadline)
                           .arg(run.wallMs)
                           .arg(double(run.wallMs) / delay, 0, 'f', 1)
                           .arg(verdict.isEmpty() ? u"-"_s : verdict)
                           .arg(run.queries)
                           .arg(statusLine(run.statuses))
                           .arg(run.window)
                           .arg(run.cpu, bench::loadAverage());
                out.flush();
            }
        }
    }
    return true;
}

// 3. A /24 against the whole catalog with no added delay: queries per second and peak memory.
bool benchThroughput(QTextStream& out, const QString& zonesDir, const BlocklistCatalog& catalog) {
    lab::DnsLab lab;
    if (!startLab(lab, zonesDir, 0))
        return false;
    const QList<QHostAddress> range = wholeRange();
    const long rssBefore = peakRssKb();
    for (const int concurrency : {8, iphealth::IpHealthBatch::DefaultConcurrency}) {
        const BatchRun run = runBatch(lab, catalog, range, concurrency, false);
        out << QStringLiteral("/24 (256 IPs), whole catalog, D=0, %1 IPs at once: wall %2 ms, %3 queries, "
                              "%4 queries/s, %5 IPs/s; %6; %7, load %8\n")
                   .arg(concurrency)
                   .arg(run.wallMs)
                   .arg(run.queries)
                   .arg(qRound64(run.queries * 1000.0 / qMax<qint64>(run.wallMs, 1)))
                   .arg(run.ips * 1000.0 / qMax<qint64>(run.wallMs, 1), 0, 'f', 1)
                   .arg(statusLine(run.statuses), run.cpu, bench::loadAverage());
        out.flush();
    }
    out << QStringLiteral("peak RSS: %1 MiB before the /24 runs, %2 MiB after\n")
               .arg(rssBefore / 1024.0, 0, 'f', 1)
               .arg(peakRssKb() / 1024.0, 0, 'f', 1);
    return true;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const BlocklistCatalog& catalog = BlocklistCatalog::builtin();
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == u"--write-lab")
        return writeLab(args.at(2), catalog) ? 0 : 1;

    QTemporaryDir zones;
    if (!writeLab(zones.path(), catalog)) {
        std::fprintf(stderr, "cannot write the lab zone\n");
        return 1;
    }
    const int delay = 50;
    int lists = 0;
    for (const BlocklistEntry& entry : catalog.entries())
        lists += entry.isQueryable() ? 1 : 0;
    out << "catalog: " << catalog.entries().size() << " entries, " << lists << " queryable\n";
    bool targetsMet = true;
    if (!benchOneIp(out, zones.path(), catalog, delay)
        || !benchRoundTrips(out, zones.path(), catalog, delay, &targetsMet)
        || !benchThroughput(out, zones.path(), catalog))
        return 1;
    return targetsMet ? 0 : 1;
}
