// DMARC record parsing and identifier alignment: OpenDMARC's parse and alignment cases
// (../shared/corpora/dmarc/opendmarc/*.tsv, read in place) plus RFC 7489 details.
#include "core/auth/dmarcrecord.h"
#include "core/auth/organizationaldomain.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace rebound::auth;

namespace {

const QString kCorpus = QStringLiteral(REBOUND_SHARED_DIR "/corpora/dmarc/opendmarc");

QList<QStringList> readTsv(const QString& name) {
    QFile file(kCorpus + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
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
        int n = 0;
        for (const QStringList& row : readTsv(u"dmarc_parse_expected.tsv"_s)) {
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
        int n = 0;
        for (const QStringList& row : readTsv(u"alignment_expected.tsv"_s)) {
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
