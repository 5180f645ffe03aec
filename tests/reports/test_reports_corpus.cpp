// Every file of parsedmarc's test corpus (../shared/corpora/reports/parsedmarc) is read or refused
// with a clear error, with its reports, records and messages counted.
#include "core/reports/reportreader.h"
#include "core/reports/reportsanalysis.h"
#include "core/reports/reportsjson.h"
#include "reportstest.h"
#include "lab/shareddata.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rebound::reports;

namespace {

const QString kCorpus = rebound::lab::sharedPath(QStringLiteral("corpora/reports/parsedmarc"));

struct Expected {
    const char* file;
    int dmarc;
    int tls;
    int records;
    qint64 messages;
    const char* error; // part of the error, when the file is refused
};

// Counts checked against the files with Python's own XML, gzip and zip readers.
const Expected kExpected[] = {
    {"LICENSE-parsedmarc", 0, 0, 0, 0, "not a DMARC aggregate or SMTP TLS report"},
    {"empty.xml", 0, 0, 0, 0, "empty"},
    {"aggregate/!example.com!1538204542!1538463818.xml", 1, 0, 1, 1, nullptr},
    {"aggregate/!large-example.com!1711897200!1711983600.xml", 1, 0, 2286, 2286, nullptr},
    {"aggregate/Report domain- borschow.com Submitter- google.com Report-ID- 949348866075514174.eml", 1, 0, 1,
     1, nullptr},
    {"aggregate/addisonfoods.com!example.com!1536105600!1536191999.xml", 1, 0, 1, 1, nullptr},
    {"aggregate/empty_reason.xml", 1, 0, 1, 2, nullptr},
    {"aggregate/estadocuenta1.infonacot.gob.mx!example.com!1536853302!1536939702!2940.xml.zip", 1, 0, 1, 1,
     nullptr},
    {"aggregate/example.net!example.com!1529366400!1529452799.xml", 1, 0, 1, 1, nullptr},
    {"aggregate/fastmail.com!example.com!1516060800!1516147199!102675056.xml.gz", 1, 0, 1, 1, nullptr},
    {"aggregate/ikea.com!example.de!1538690400!1538776800.xml", 1, 0, 1, 1, nullptr},
    {"aggregate/invalid_utf_8.xml", 1, 0, 1, 1, nullptr},
    {"aggregate/invalid_xml.xml", 0, 0, 0, 0, "not well-formed XML"},
    {"aggregate/mimecast-weird-gzip.eml", 1, 0, 1, 1, nullptr},
    {"aggregate/old_draft_from_wiki.xml", 1, 0, 1, 2, nullptr},
    {"aggregate/protection.outlook.com!example.com!1711756800!1711843200.xml", 1, 0, 1, 1, nullptr},
    {"aggregate/rfc9990-example.net!example.com!1700000000!1700086399.xml", 1, 0, 2, 7, nullptr},
    {"aggregate/rfc9990-sample.xml", 1, 0, 1, 123, nullptr},
    {"aggregate/twilight.eml", 1, 0, 1, 1, nullptr},
    {"aggregate/usssa.com!example.com!1538784000!1538870399.xml", 1, 0, 2, 2, nullptr},
    {"aggregate/veeam.com!example.com!1530133200!1530219600.xml", 1, 0, 1, 1, nullptr},
    {"aggregate_invalid/report_with_upper_cased_pass.xml", 1, 0, 1, 1, nullptr},
    {"extract_report/changed-input.xml", 1, 0, 20, 3047, nullptr},
    {"extract_report/nice-input.xml", 1, 0, 20, 3047, nullptr},
    {"extract_report/nice-input.xml.gz", 1, 0, 20, 3047, nullptr},
    {"extract_report/nice-input.xml.zip", 1, 0, 20, 3047, nullptr},
    {"failure/DMARC Failure Report for domain.de (mail-from=sharepoint@domain.de, ip=10.10.10.10).eml", 0, 0,
     0, 0, "failure (forensic) report"},
    {"failure/[Netease DMARC Failure Report] Rent Reminder.eml", 0, 0, 0, 0, "failure (forensic) report"},
    {"failure/dmarc_ruf_report_linkedin.crlf.eml", 0, 0, 0, 0, "failure (forensic) report"},
    {"failure/dmarc_ruf_report_linkedin.eml", 0, 0, 0, 0, "failure (forensic) report"},
    {"failure/exim_plain_text_only_no_arf_part.eml", 0, 0, 0, 0, "carries no report"},
    {"smtp_tls/google.com_smtp_tls_report.eml", 0, 1, 0, 0, nullptr},
    {"smtp_tls/mail.ru.json", 0, 1, 0, 0, nullptr},
    {"smtp_tls/rfc8460.json", 0, 1, 0, 0, nullptr},
    {"smtp_tls/smtp_tls.json", 0, 1, 0, 0, nullptr},
};

int totalRecords(const ReportSet& set) {
    int n = 0;
    for (const AggregateReport& r : set.dmarc)
        n += int(r.records.size());
    return n;
}

qint64 totalMessages(const ReportSet& set) {
    qint64 n = 0;
    for (const AggregateReport& r : set.dmarc)
        n += r.messageCount();
    return n;
}

} // namespace

class TestReportsCorpus final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        REBOUND_REQUIRE_SHARED(kCorpus);
    }

    void everyFileIsListed() {
        QStringList listed;
        for (const Expected& e : kExpected)
            listed.append(QString::fromUtf8(e.file));
        QDirIterator it(kCorpus, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = QDir(kCorpus).relativeFilePath(it.next());
            QVERIFY2(listed.contains(file), qPrintable(u"no expectation for "_s + file));
        }
    }

    void eachFile_data() {
        QTest::addColumn<int>("index");
        for (int i = 0; i < int(std::size(kExpected)); ++i)
            QTest::newRow(kExpected[i].file) << i;
    }

    void eachFile() {
        QFETCH(int, index);
        const Expected& e = kExpected[index];
        const ReportSet set = readReports({kCorpus + u'/' + QString::fromUtf8(e.file)});
        if (e.error) {
            QVERIFY(set.isEmpty());
            QCOMPARE(set.errors.size(), 1);
            QVERIFY2(set.errors.first().reason.contains(QString::fromUtf8(e.error)),
                     qPrintable(set.errors.first().reason));
            return;
        }
        for (const ReportError& error : set.errors)
            qWarning() << error.file << error.reason;
        QVERIFY(set.errors.isEmpty());
        QCOMPARE(set.dmarc.size(), e.dmarc);
        QCOMPARE(set.tlsrpt.size(), e.tls);
        QCOMPARE(totalRecords(set), e.records);
        QCOMPARE(totalMessages(set), e.messages);
    }

    void schemas() {
        const ReportSet nine = readReports({kCorpus + u"/aggregate/rfc9990-sample.xml"_s});
        QCOMPARE(nine.dmarc.first().schema, u"rfc9990"_s); // by its namespace
        QCOMPARE(nine.dmarc.first().policy.discoveryMethod, u"treewalk"_s);
        QCOMPARE(nine.dmarc.first().records.first().dkimResults.first().selector, u"abc123"_s);
        const ReportSet bis = readReports(
            {kCorpus + u"/aggregate/rfc9990-example.net!example.com!1700000000!1700086399.xml"_s});
        const AggregateReport& b = bis.dmarc.first();
        QCOMPARE(b.schema, u"rfc9990"_s); // no namespace: by np, testing, discovery_method
        QCOMPARE(b.policy.np, u"reject"_s);
        QCOMPARE(b.policy.testing, u"y"_s);
        QCOMPARE(b.records.at(1).reasons.first().type, u"other"_s);
        QCOMPARE(b.passCount(), 5);
        const ReportSet old = readReports({kCorpus + u"/aggregate/old_draft_from_wiki.xml"_s});
        QCOMPARE(old.dmarc.first().schema, u"rfc7489"_s);
        QCOMPARE(old.dmarc.first().policy.pct, u"100"_s);
        QCOMPARE(old.dmarc.first().begin, QDateTime::fromSecsSinceEpoch(1335571200, Qt::UTC));
        const ReportSet upper =
            readReports({kCorpus + u"/aggregate_invalid/report_with_upper_cased_pass.xml"_s});
        QCOMPARE(upper.dmarc.first().records.first().dkim, u"pass"_s);
        QCOMPARE(upper.dmarc.first().passCount(), 1);
        const ReportSet bad = readReports({kCorpus + u"/aggregate/invalid_utf_8.xml"_s});
        QVERIFY(bad.dmarc.first().records.first().headerFrom.contains(QChar(0xFFFD)));
    }

    void tlsReport() {
        const ReportSet set = readReports({kCorpus + u"/smtp_tls/rfc8460.json"_s});
        const TlsReport& t = set.tlsrpt.first();
        QCOMPARE(t.organization, u"Company-X"_s);
        QCOMPARE(t.policies.first().successfulSessions, 5326);
        QCOMPARE(t.policies.first().failedSessions, 303);
        QCOMPARE(t.policies.first().failureDetails.size(), 3);
        const ReportsSummary summary = analyseReports(set);
        QCOMPARE(summary.tls.size(), 1);
        QCOMPARE(summary.tls.first().results.first().resultType, u"starttls-not-supported"_s);
        QCOMPARE(summary.tls.first().results.first().sessions, 200);
        QVERIFY(summary.tls.first().results.first().meaning.contains(u"STARTTLS"_s));
        QCOMPARE(summary.findings.first().id, u"reports.tls_failures"_s);
        const ReportSet google = readReports({kCorpus + u"/smtp_tls/google.com_smtp_tls_report.eml"_s});
        QCOMPARE(google.tlsrpt.first().policies.first().successfulSessions, 48);
        QVERIFY(!analyseReports(google).hasFailures());
    }

    // The whole corpus at once: the broken files listed, the others read, the same report in three
    // containers counted once.
    void wholeFolder() {
        const ReportSet set = readReports({kCorpus});
        int refused = 0;
        int dmarc = 0;
        int tls = 0;
        for (const Expected& e : kExpected) {
            refused += e.error ? 1 : 0;
            dmarc += e.dmarc;
            tls += e.tls;
        }
        QCOMPARE(set.errors.size(), refused);
        QCOMPARE(set.dmarc.size() + set.duplicates, dmarc);
        QVERIFY(set.duplicates >= 2); // nice-input.xml, .gz and .zip
        QCOMPARE(set.tlsrpt.size(), tls);
        const ReportsSummary summary = analyseReports(set);
        QVERIFY(summary.messages > 3047);
        QVERIFY(summary.hasFailures());
        QVERIFY(!summary.findings.isEmpty());
        const QJsonObject json = toJson(set, summary);
        QCOMPARE(json.value(u"errors"_s).toArray().size(), refused);
    }

    // Who it is and why it fails, offline: a known ESP by its range, an unknown spoofer, forwarding.
    void verdicts() {
        using namespace rebound::reports::test;
        ReportReader reader;
        reader.addBytes(
            u"a.xml"_s,
            aggregate("google.com", "1",
                      record("167.89.1.1", 10, "fail", "fail", "sendgrid.net") // SendGrid's range
                          + record("203.0.113.9", 7, "fail", "fail", "spoof.example")
                          + record("198.51.100.3", 50, "pass", "pass")
                          + record("209.85.220.41", 3, "fail", "fail"))); // Google, own DKIM failed
        const ReportsSummary summary = analyseReports(reader.set());
        QCOMPARE(summary.messages, 70);
        QCOMPARE(summary.passed, 50);
        const QList<SourceSummary>& sources = summary.domains.first().sources;
        auto find = [&](const QString& ip) {
            return *std::find_if(sources.begin(), sources.end(),
                                 [&](const SourceSummary& s) { return s.ip == ip; });
        };
        QCOMPARE(find(u"167.89.1.1"_s).senderId, u"sendgrid"_s);
        QCOMPARE(find(u"167.89.1.1"_s).verdict, SourceVerdict::EspUnaligned);
        QCOMPARE(find(u"203.0.113.9"_s).verdict, SourceVerdict::Unauthorised);
        QCOMPARE(find(u"203.0.113.9"_s).who, SourceKind::Unknown);
        QCOMPARE(find(u"209.85.220.41"_s).verdict, SourceVerdict::Forwarding);
        QCOMPARE(find(u"198.51.100.3"_s).verdict, SourceVerdict::Pass);
        QStringList ids;
        for (const rebound::Finding& f : summary.findings)
            ids.append(f.id);
        QCOMPARE(ids, (QStringList{u"reports.unauthorised_sender"_s, u"reports.esp_unaligned"_s,
                                   u"reports.forwarding"_s}));
        // Live facts: the domain's own SPF authorises the unknown source.
        LiveFacts live;
        live.spfAuthorised.insert(LiveFacts::key(u"example.com"_s, u"203.0.113.9"_s), true);
        const ReportsSummary withLive = analyseReports(reader.set(), live);
        const SourceSummary own =
            *std::find_if(withLive.domains.first().sources.begin(), withLive.domains.first().sources.end(),
                          [](const SourceSummary& s) { return s.ip == u"203.0.113.9"; });
        QCOMPARE(own.who, SourceKind::OwnSender);
        QCOMPARE(own.verdict, SourceVerdict::EspUnaligned);
    }
};

QTEST_GUILESS_MAIN(TestReportsCorpus)
#include "test_reports_corpus.moc"
