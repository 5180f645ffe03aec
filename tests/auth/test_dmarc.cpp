// DMARC record parsing and identifier alignment: OpenDMARC's parse and alignment cases
// (../shared/corpora/dmarc/opendmarc/*.tsv, read in place) plus RFC 7489 details.
#include "core/auth/dmarccheck.h"
#include "core/auth/dmarcrecord.h"
#include "core/auth/organizationaldomain.h"
#include "lab/shareddata.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace rebound::auth;

namespace {

QString corpusFile(const QString& name) {
    return rebound::lab::sharedPath(u"corpora/dmarc/opendmarc/"_s + name);
}

// The rows of a corpus file (present: the caller skips first with REBOUND_REQUIRE_SHARED).
QList<QStringList> readTsv(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QStringList> rows;
    file.readLine(); // header
    while (!file.atEnd()) {
        QString line = QString::fromUtf8(file.readLine());
        line.chop(line.endsWith(u'\n') ? 1 : 0);
        if (!line.trimmed().isEmpty())
            rows << line.split(u'\t');
    }
    return rows;
}

} // namespace

class TestDmarc : public QObject {
    Q_OBJECT

private slots:
    void openDmarcParse_data() {
        QTest::addColumn<QString>("record");
        QTest::addColumn<QString>("expected");
        const QHash<QString, QString> statuses{{u"DMARC_PARSE_OKAY"_s, u"ok"_s},
                                               {u"DMARC_PARSE_ERROR_EMPTY"_s, u"empty"_s},
                                               {u"DMARC_PARSE_ERROR_BAD_VERSION"_s, u"bad-version"_s},
                                               {u"DMARC_PARSE_ERROR_BAD_VALUE"_s, u"bad-value"_s},
                                               {u"DMARC_PARSE_ERROR_NO_REQUIRED_P"_s, u"no-policy"_s}};
        const QString path = corpusFile(u"dmarc_parse_expected.tsv"_s);
        REBOUND_REQUIRE_SHARED(path);
        int n = 0;
        for (const QStringList& row : readTsv(path)) {
            QVERIFY(row.size() == 2 && statuses.contains(row.at(1)));
            QTest::addRow("%d: %s", ++n, qPrintable(row.at(0))) << row.at(0) << statuses.value(row.at(1));
        }
        QCOMPARE(n, 19);
    }

    void openDmarcParse() {
        QFETCH(QString, record);
        QFETCH(QString, expected);
        const DmarcRecord parsed = parseDmarcRecord(record);
        QCOMPARE(dmarcParseStatusName(parsed.status), expected);
    }

    void openDmarcAlignment_data() {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("auth");
        QTest::addColumn<bool>("strict");
        QTest::addColumn<bool>("aligned");
        const QString path = corpusFile(u"alignment_expected.tsv"_s);
        REBOUND_REQUIRE_SHARED(path);
        int n = 0;
        for (const QStringList& row : readTsv(path)) {
            QVERIFY(row.size() == 4);
            QTest::addRow("%d: %s %s", ++n, qPrintable(row.at(0)), qPrintable(row.at(1)))
                << row.at(0) << row.at(1) << (row.at(2) == u"DMARC_RECORD_A_STRICT") << (row.at(3) == u"0");
        }
        QCOMPARE(n, 10);
    }

    void openDmarcAlignment() {
        QFETCH(QString, from);
        QFETCH(QString, auth);
        QFETCH(bool, strict);
        QFETCH(bool, aligned);
        QCOMPARE(isAligned(from, auth, strict), aligned);
    }

    // The same cases by RFC 9989's tree walk, which reads the DNS instead of the Public Suffix List:
    // where each case's PSL organizational domain publishes a record (psd unset) the answers are
    // OpenDMARC's; where nothing is published the From domain is its own organization, and relaxed
    // alignment with a parent or a sibling no longer holds (a.b.c.bcx.com/bcx.com, a.foo.com/b.foo.com,
    // a.b.com/b.com differ; b.com/a.b.com still aligns).
    void openDmarcAlignmentTreeWalk() {
        const QString path = corpusFile(u"alignment_expected.tsv"_s);
        REBOUND_REQUIRE_SHARED(path);
        int differ = 0;
        for (const QStringList& row : readTsv(path)) {
            QVERIFY(row.size() == 4);
            const bool strict = row.at(2) == u"DMARC_RECORD_A_STRICT";
            const bool expected = row.at(3) == u"0";
            DmarcReport report;
            report.domain = normalizeForAlignment(row.at(0));
            const QString psl = rebound::auth::organizationalDomain(row.at(0));
            QList<DmarcWalkStep> walk;
            for (const QString& name : dmarcTreeWalkNames(report.domain)) {
                DmarcWalkStep step;
                step.name = name;
                step.result = name == psl ? DmarcWalkStep::Result::Record : DmarcWalkStep::Result::None;
                walk << step;
            }
            report.organizationalDomain = treeWalkOrganizationalDomain(report.domain, walk);
            QCOMPARE(isDmarcAligned(report, row.at(1), strict), expected);
            report.organizationalDomain = treeWalkOrganizationalDomain(report.domain, {});
            differ += isDmarcAligned(report, row.at(1), strict) != expected;
        }
        QCOMPARE(differ, 3);
    }

    void treeWalkNames() {
        QCOMPARE(dmarcTreeWalkNames(u"Mail.Example.COM."_s),
                 (QStringList{u"mail.example.com"_s, u"example.com"_s, u"com"_s}));
        // Eight labels or more: the domain, then straight to its last seven, then down to one.
        const QStringList names = dmarcTreeWalkNames(u"a.b.c.d.e.f.g.h.i.example"_s);
        QCOMPARE(names.size(), 8);
        QCOMPARE(names.at(1), u"d.e.f.g.h.i.example"_s);
        QCOMPARE(names.last(), u"example"_s);
        QCOMPARE(dmarcTreeWalkNames(u"com"_s), QStringList{u"com"_s});
        QVERIFY(dmarcTreeWalkNames(u"a..b"_s).isEmpty());
    }

    void treeWalkOrganizational() {
        const auto step = [](const QString& name, const QString& psd) {
            DmarcWalkStep s;
            s.name = name;
            s.result = DmarcWalkStep::Result::Record;
            s.psd = psd;
            return s;
        };
        const QString d = u"x.shop.brand.gov.example"_s;
        QCOMPARE(treeWalkOrganizationalDomain(d, {step(u"gov.example"_s, u"y"_s)}), u"brand.gov.example"_s);
        QCOMPARE(treeWalkOrganizationalDomain(d, {step(u"shop.brand.gov.example"_s, u"n"_s)}),
                 u"shop.brand.gov.example"_s);
        QCOMPARE(treeWalkOrganizationalDomain(d, {step(d, {}), step(u"brand.gov.example"_s, {})}),
                 u"brand.gov.example"_s);
        QCOMPARE(treeWalkOrganizationalDomain(d, {step(d, u"y"_s)}), d); // its own psd=y: itself
        QCOMPARE(treeWalkOrganizationalDomain(d, {}), d);
    }

    void organizationalDomain_data() {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "mail.example.com"
                               << "example.com";
        QTest::newRow("co.uk") << "a.b.example.co.uk"
                               << "example.co.uk";
        QTest::newRow("suffix itself") << "co.uk"
                                       << "co.uk";
        QTest::newRow("trailing dot") << "Mail.Example.COM."
                                      << "example.com";
    }

    void organizationalDomain() {
        QFETCH(QString, domain);
        QFETCH(QString, expected);
        QCOMPARE(rebound::auth::organizationalDomain(domain), expected);
    }

    void tags() {
        const DmarcRecord r = parseDmarcRecord(
            u"v=DMARC1; p=reject; sp=quarantine; np=reject; pct=50; adkim=s; aspf=r; "
            "rua=mailto:agg@example.net!10m,https://x.example; ruf=mailto:f@example.com; fo=1:d; psd=n; t=y; x=1"_s);
        QCOMPARE(r.status, DmarcParseStatus::Ok);
        QCOMPARE(*r.policy, DmarcPolicy::Reject);
        QCOMPARE(*r.subdomainPolicy, DmarcPolicy::Quarantine);
        QCOMPARE(*r.nonexistentPolicy, DmarcPolicy::Reject);
        QCOMPARE(r.percent, 50);
        QVERIFY(r.strictDkim);
        QVERIFY(!r.strictSpf);
        QCOMPARE(r.aggregate.size(), 2);
        QCOMPARE(r.aggregate.first().domain, u"example.net"_s);
        QCOMPARE(r.aggregate.first().sizeLimit, u"10m"_s);
        QVERIFY(r.testing);
        QCOMPARE(r.unknownTags, QStringList{u"x"_s});
        QCOMPARE(r.warnings.size(), 1); // the https URI
    }
};

QTEST_GUILESS_MAIN(TestDmarc)
#include "test_dmarc.moc"
