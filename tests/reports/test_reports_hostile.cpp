// Hostile reports stay bounded: XXE and entity expansion are refused before anything is expanded, a
// 200 MB zip (and gzip) bomb stops at the decompressed-size bound, 100,000 records read in bounded
// time and memory, a truncated gzip is an error, and each of them leaves the other reports read.
#include "core/reports/reportreader.h"
#include "core/reports/reportsanalysis.h"
#include "peakmemory.h"
#include "reportstest.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rebound::reports;
using namespace rebound::reports::test;

namespace {

const QByteArray kGood = aggregate("good.example", "good-1", record("198.51.100.1", 5, "pass", "pass"));

QByteArray makeBomb(bool zip, qint64 size) {
    return archiveOf(zip, QByteArray(1024 * 1024, '\0'), size);
}

QByteArray gzipOf(const QByteArray& bytes) {
    return archiveOf(false, bytes, bytes.size());
}

QByteArray zipOf(const QByteArray& bytes) {
    return archiveOf(true, bytes, bytes.size());
}

// Reads the hostile input and the good report; the good one must be read whatever the other does.
ReportSet readWithGood(const QByteArray& hostile, const ReadLimits& limits = {}) {
    ReportReader reader(limits);
    reader.addBytes(u"hostile"_s, hostile);
    reader.addBytes(u"good.xml"_s, kGood);
    ReportSet set = reader.take();
    bool goodRead = false;
    for (const AggregateReport& r : set.dmarc)
        goodRead = goodRead || r.reportId == u"good-1";
    if (!goodRead)
        qFatal("the good report was not read next to the hostile one");
    return set;
}

QString errorOf(const ReportSet& set) {
    return set.errors.isEmpty() ? QString() : set.errors.first().reason;
}

} // namespace

class TestReportsHostile final : public QObject {
    Q_OBJECT

private slots:
    void externalEntity() {
        const QByteArray xxe =
            "<?xml version=\"1.0\"?>\n<!DOCTYPE feedback [<!ENTITY xxe SYSTEM "
            "\"file:///etc/passwd\">]>\n<feedback><report_metadata><org_name>&xxe;</org_name>"
            "</report_metadata></feedback>";
        const ReportSet set = readWithGood(xxe);
        QCOMPARE(set.dmarc.size(), 1);
        QVERIFY2(errorOf(set).contains(u"DTD"_s), qPrintable(errorOf(set)));
    }

    void billionLaughs() {
        QByteArray doc = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">";
        for (int i = 1; i < 10; ++i)
            doc +=
                "<!ENTITY lol" + QByteArray::number(i) + " \""
                + QByteArray("&lol").append(i == 1 ? "" : QByteArray::number(i - 1)).append(';').repeated(10)
                + "\">";
        doc += "]>\n<feedback><report_metadata><org_name>&lol9;</org_name></report_metadata></feedback>";
        QElapsedTimer timer;
        timer.start();
        const ReportSet set = readWithGood(doc);
        QVERIFY(timer.elapsed() < 2000);
        QVERIFY2(errorOf(set).contains(u"DTD"_s), qPrintable(errorOf(set)));
        // An entity used without a DTD is an error too, never text.
        QVERIFY(errorOf(readWithGood("<feedback><report_metadata><org_name>&lol;</org_name></report_metadata>"
                                     "</feedback>"))
                    .size()
                > 0);
    }

    void zipBomb_data() {
        QTest::addColumn<bool>("zip");
        QTest::newRow("zip") << true;
        QTest::newRow("gzip") << false;
    }

    void zipBomb() {
        QFETCH(bool, zip);
        const QByteArray bomb = makeBomb(zip, 200LL * 1024 * 1024);
        QVERIFY(bomb.size() < 4 * 1024 * 1024);
        const double before = rebound::hostile::peakRssMiB();
        QElapsedTimer timer;
        timer.start();
        const ReportSet set = readWithGood(bomb);
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(errorOf(set).contains(u"larger than 50 MB when decompressed"_s), qPrintable(errorOf(set)));
        // At most the 50 MB bound (and the growth of one buffer) is ever held.
        QVERIFY2(rebound::hostile::peakRssMiB() - before < 110 + rebound::hostile::kRssAllowanceMiB,
                 qPrintable(QString::number(rebound::hostile::peakRssMiB() - before)));
    }

    void manyRecords() {
        QByteArray records;
        for (int i = 0; i < 100000; ++i)
            records += record("10." + QByteArray::number(i / 65536) + '.'
                                  + QByteArray::number((i / 256) % 256) + '.' + QByteArray::number(i % 256),
                              1, i % 3 ? "pass" : "fail", "fail");
        const QByteArray doc = aggregate("big.example", "big-1", records);
        const double before = rebound::hostile::peakRssMiB();
        QElapsedTimer timer;
        timer.start();
        const ReportSet set = readWithGood(doc);
        const ReportsSummary summary = analyseReports(set);
        const qint64 elapsed = timer.elapsed();
        qInfo("100,000 records (%lld MB) read and analysed in %lld ms, peak RSS +%.0f MiB",
              qlonglong(doc.size() / (1024 * 1024)), qlonglong(elapsed),
              rebound::hostile::peakRssMiB() - before);
        QVERIFY(set.errors.isEmpty());
        QCOMPARE(summary.messages, 100005);
        QCOMPARE(summary.domains.first().sources.size(), 100001);
        QVERIFY(elapsed < 60000);
        QVERIFY(rebound::hostile::peakRssMiB() - before < 600 + rebound::hostile::kRssAllowanceMiB);

        // One more than the bound: the first 100,000 are kept and the cut is said.
        const ReportSet cut =
            readWithGood(aggregate("big.example", "big-2", records + record("192.0.2.1", 1, "pass", "pass")));
        QVERIFY2(errorOf(cut).contains(u"only the first 100000 records"_s), qPrintable(errorOf(cut)));
    }

    void truncatedGzip() {
        const QByteArray gz =
            gzipOf(aggregate("t.example", "t-1", record("192.0.2.1", 1, "pass", "pass").repeated(200)));
        const ReportSet set = readWithGood(gz.first(gz.size() / 2));
        QVERIFY2(errorOf(set).contains(u"truncated"_s) || errorOf(set).contains(u"corrupt"_s),
                 qPrintable(errorOf(set)));
        QVERIFY(readWithGood(gz).errors.isEmpty()); // the whole one reads
    }

    void timeLimit() {
        ReadLimits limits;
        limits.timeLimitMs = 0;
        ReportReader reader(limits);
        reader.addBytes(u"late.xml"_s, kGood);
        QVERIFY(reader.set().errors.first().reason.contains(u"time limit"_s));
    }

    void deepNesting() {
        const QByteArray deep =
            "<feedback>" + QByteArray("<a>").repeated(100) + QByteArray("</a>").repeated(100) + "</feedback>";
        QVERIFY(errorOf(readWithGood(deep)).contains(u"nested"_s));
        QByteArray nested = kGood;
        for (int i = 0; i < 8; ++i)
            nested = zipOf(nested);
        QVERIFY(errorOf(readWithGood(nested)).contains(u"nested"_s));
    }

    void duplicates() {
        ReportReader reader;
        reader.addBytes(u"a.xml"_s, kGood);
        reader.addBytes(u"b.xml.gz"_s, gzipOf(kGood));
        QCOMPARE(reader.set().dmarc.size(), 1);
        QCOMPARE(reader.set().duplicates, 1);
    }
};

QTEST_GUILESS_MAIN(TestReportsHostile)
#include "test_reports_hostile.moc"
