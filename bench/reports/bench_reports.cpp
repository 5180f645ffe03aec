// DMARC aggregate report throughput: a folder of 1,000 generated reports (70 % .xml.gz, 20 % .zip,
// 10 % .xml; 20 records each over a pool of 500 source IPs, 1 in 10 failing DMARC) read and analysed
// as `rebound-cli reports FOLDER` does, in rounds until the given seconds have passed. Prints reports
// per second, records per second and the process's peak RSS. Method and figures: docs/PERFORMANCE.md,
// "DMARC and TLS reports".
//
//     bench_reports [REPORTS] [SECONDS] [RECORDS_PER_REPORT]
#include "core/reports/reportreader.h"
#include "core/reports/reportsanalysis.h"
#include "reports/reportstest.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace rebound::reports;

namespace {

// User and system CPU time of the process so far, in seconds: on a shared machine the wall time
// includes waiting for a core.
double cpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double peakRssMiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

QByteArray report(int index, int records) {
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feedback><report_metadata><org_name>org"
                     + QByteArray::number(index % 7)
                     + ".example</org_name><email>dmarc@example.net</email><report_id>"
                     + QByteArray::number(index) + "</report_id><date_range><begin>"
                     + QByteArray::number(1700000000 + (index % 30) * 86400) + "</begin><end>"
                     + QByteArray::number(1700086399 + (index % 30) * 86400)
                     + "</end></date_range></report_metadata><policy_published><domain>example.com</domain>"
                       "<adkim>r</adkim><aspf>r</aspf><p>quarantine</p><pct>100</pct></policy_published>\n";
    for (int r = 0; r < records; ++r) {
        const int ip = (index * 31 + r * 17) % 500;
        const bool fail = (index + r) % 10 == 0;
        xml += "<record><row><source_ip>198.51." + QByteArray::number(100 + ip / 250) + '.'
               + QByteArray::number(ip % 250) + "</source_ip><count>" + QByteArray::number(1 + r % 40)
               + "</count><policy_evaluated><disposition>" + (fail ? "quarantine" : "none")
               + "</disposition><dkim>" + (fail ? "fail" : "pass") + "</dkim><spf>" + (fail ? "fail" : "pass")
               + "</spf></policy_evaluated></row><identifiers><header_from>example.com</header_from></"
                 "identifiers>"
                 "<auth_results><dkim><domain>example.com</domain><selector>s1</selector><result>"
               + (fail ? "fail" : "pass") + "</result></dkim><spf><domain>example.com</domain><result>"
               + (fail ? "fail" : "pass") + "</result></spf></auth_results></record>\n";
    }
    return xml + "</feedback>\n";
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int count = args.size() > 1 ? args.at(1).toInt() : 1000;
    const double minSeconds = args.size() > 2 ? args.at(2).toDouble() : 5.0;
    const int records = args.size() > 3 ? args.at(3).toInt() : 20;

    QTemporaryDir dir;
    qint64 onDisk = 0;
    qint64 xmlBytes = 0;
    for (int i = 0; i < count; ++i) {
        const QByteArray xml = report(i, records);
        xmlBytes += xml.size();
        const int kind = i % 10;
        const QByteArray bytes = kind < 7   ? test::archiveOf(false, xml, xml.size())
                                 : kind < 9 ? test::archiveOf(true, xml, xml.size())
                                            : xml;
        QFile file(dir.filePath(u"r%1%2"_s.arg(i, 5, 10, QChar(u'0'))
                                    .arg(kind < 7   ? u".xml.gz"_s
                                         : kind < 9 ? u".zip"_s
                                                    : u".xml"_s)));
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        file.write(bytes);
        onDisk += bytes.size();
    }
    std::printf("%d reports, %d records each: %.1f MB on disk, %.1f MB of XML\n", count, records,
                double(onDisk) / 1e6, double(xmlBytes) / 1e6);
    const double before = peakRssMiB();

    int rounds = 0;
    qint64 messages = 0;
    const double cpuBefore = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    do {
        const ReportSet set = readReports({dir.path()});
        const ReportsSummary summary = analyseReports(set);
        if (set.dmarc.size() != count || !set.errors.isEmpty()) {
            std::fprintf(stderr, "read %lld reports, %lld errors\n", qlonglong(set.dmarc.size()),
                         qlonglong(set.errors.size()));
            return 1;
        }
        messages = summary.messages;
        ++rounds;
    } while (double(timer.nsecsElapsed()) / 1e9 < minSeconds);
    const double seconds = double(timer.nsecsElapsed()) / 1e9 / rounds;
    std::printf("read and analysed in %.3f s (%d rounds): %.0f reports/s, %.0f records/s, %.1f MB XML/s; "
                "%lld messages\n",
                seconds, rounds, count / seconds, double(count) * records / seconds,
                double(xmlBytes) / 1e6 / seconds, qlonglong(messages));
    const double cpu = (cpuSeconds() - cpuBefore) / rounds;
    std::printf("CPU time per round %.3f s: %.0f reports per CPU second\n", cpu, count / cpu);
    std::printf("peak RSS %.0f MiB (%.0f MiB before the first read)\n", peakRssMiB(), before);
    return 0;
}
