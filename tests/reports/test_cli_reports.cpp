// Runs the built rebound-cli reports: JSON keys, text, and every exit code.
#include "lab/clirun.h"
#include "lab/dnslab.h"
#include "lab/shareddata.h"
#include "reportstest.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using rebound::lab::CliRun;
using rebound::lab::runCli;
using namespace rebound::reports::test;

namespace {

const QString kCorpus = rebound::lab::sharedPath(QStringLiteral("corpora/reports/parsedmarc"));

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes) {
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(bytes);
    return path;
}

// A report for sender-corp.example of tests/diagnosis/zones: 203.0.113.20 is in its SPF record (PTR
// mail2.sender-corp.example), 203.0.113.7 is not (PTR mail.sender-corp.example), 203.0.113.30 is not
// and has no PTR; the two that fail are signed by another domain (spoofing, not a changed message).
QByteArray senderCorpReport() {
    QByteArray doc = aggregate("google.com", "live-1",
                               record("203.0.113.20", 40, "fail", "pass", "sender-corp.example")
                                   + record("203.0.113.7", 7, "fail", "fail", "spoofer.example")
                                   + record("203.0.113.30", 3, "fail", "fail", "spoofer.example"));
    return doc.replace("example.com", "sender-corp.example");
}

QJsonObject sourceOf(const QJsonObject& summary, const QString& ip) {
    for (const QJsonValue& source : summary.value(u"sources").toArray()) {
        if (source[u"source_ip"].toString() == ip)
            return source.toObject();
    }
    return {};
}

} // namespace

class TestCliReports final : public QObject {
    Q_OBJECT

    rebound::lab::DnsLab m_lab;
    QTemporaryDir m_dir;

private slots:
    void initTestCase() {
        rebound::lab::DnsLabOptions options;
        options.zonesDir = QStringLiteral(REBOUND_TEST_DATA_DIR "/diagnosis/zones");
        QString error;
        QVERIFY2(m_lab.start(options, &error), qPrintable(error));
        QVERIFY(m_dir.isValid());
    }

    // --live against the lab: who each source is, from the domain's own SPF record and the sources'
    // reverse DNS.
    void liveSourcesWhoItIs() {
        const QString path = writeFile(m_dir, u"live.xml"_s, senderCorpReport());
        const CliRun run = runCli({u"--dns"_s, m_lab.server(), u"reports"_s, path, u"--live"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject summary = QJsonDocument::fromJson(run.out).object().value(u"summary").toObject();
        const QJsonObject own = sourceOf(summary, u"203.0.113.20"_s);
        QCOMPARE(own.value(u"who").toString(), u"own_spf"_s);
        QCOMPARE(own.value(u"ptr").toString(), u"mail2.sender-corp.example"_s);
        QCOMPARE(own.value(u"verdict").toString(), u"pass"_s);
        const QJsonObject other = sourceOf(summary, u"203.0.113.7"_s);
        QCOMPARE(other.value(u"who").toString(), u"unknown"_s);
        QCOMPARE(other.value(u"ptr").toString(), u"mail.sender-corp.example"_s);
        QCOMPARE(other.value(u"verdict").toString(), u"unauthorised"_s);
        const QJsonObject noPtr = sourceOf(summary, u"203.0.113.30"_s);
        QCOMPARE(noPtr.value(u"who").toString(), u"unknown"_s);
        QVERIFY(noPtr.value(u"ptr").isNull());
        // Offline, nobody is known to be the domain's own sender.
        const CliRun offline = runCli({u"--dns"_s, m_lab.server(), u"reports"_s, path, u"--json"_s});
        const QJsonObject offlineSummary =
            QJsonDocument::fromJson(offline.out).object().value(u"summary").toObject();
        QCOMPARE(sourceOf(offlineSummary, u"203.0.113.20"_s).value(u"who").toString(), u"unknown"_s);
    }

    // diagnose REPORT: detected as a report, the reports check with its live source checks, and the
    // findings as causes.
    void diagnoseDmarcReport() {
        const QString path = writeFile(m_dir, u"diagnose.xml"_s, senderCorpReport());
        const CliRun run =
            runCli({u"--dns"_s, m_lab.server(), u"diagnose"_s, path, u"--no-smtp"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 2, run.err.constData());
        const QJsonObject session = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(session.value(u"detected_as").toString(), u"dmarc_report"_s);
        const QJsonArray checks = session.value(u"checks").toArray();
        QCOMPARE(checks.size(), 1);
        QCOMPARE(checks.first()[u"id"].toString(), u"reports"_s);
        QCOMPARE(checks.first()[u"state"].toString(), u"done"_s);
        const QJsonObject result = checks.first()[u"result"].toObject();
        QCOMPARE(result.value(u"domain").toString(), u"sender-corp.example"_s);
        QCOMPARE(sourceOf(result.value(u"summary").toObject(), u"203.0.113.20"_s).value(u"who").toString(),
                 u"own_spf"_s);
        const QJsonObject top = session.value(u"diagnosis").toArray().first().toObject();
        QCOMPARE(top.value(u"id").toString(), u"reports.unauthorised_sender"_s);
        QVERIFY2(top.value(u"title").toString().contains(u"sender-corp.example"_s),
                 qPrintable(top.value(u"title").toString()));
        // The report export has the reports' section.
        const CliRun markdown =
            runCli({u"--dns"_s, m_lab.server(), u"diagnose"_s, path, u"--no-smtp"_s, u"--markdown"_s});
        QVERIFY2(markdown.out.contains("DMARC for sender-corp.example"), markdown.out.constData());
    }

    // A gzipped report given as a file and a message carrying one are read from their bytes.
    void diagnoseArchivesAndMail() {
        REBOUND_REQUIRE_SHARED(kCorpus);
        for (
            const QString& name :
            {u"aggregate/fastmail.com!example.com!1516060800!1516147199!102675056.xml.gz"_s,
             u"extract_report/nice-input.xml.zip"_s,
             u"aggregate/Report domain- borschow.com Submitter- google.com Report-ID- 949348866075514174.eml"_s}) {
            // --timeout keeps the live checks of the corpus's public sources short: the lab has no such
            // names.
            const CliRun run = runCli({u"--dns"_s, m_lab.server(), u"--timeout"_s, u"300"_s, u"--json"_s,
                                       u"diagnose"_s, kCorpus + u'/' + name, u"--no-smtp"_s});
            const QJsonObject session = QJsonDocument::fromJson(run.out).object();
            QCOMPARE(session.value(u"detected_as").toString(), u"dmarc_report"_s);
            const QJsonObject check = session.value(u"checks").toArray().first().toObject();
            QCOMPARE(check.value(u"state").toString(), u"done"_s);
            QVERIFY2(!check.value(u"result").toObject().value(u"dmarc").toArray().isEmpty(),
                     qPrintable(name));
        }
    }

    // A TLS report: its result types become causes, the generic TLS cause superseded.
    void diagnoseTlsReport() {
        REBOUND_REQUIRE_SHARED(kCorpus);
        const CliRun run = runCli({u"--dns"_s, m_lab.server(), u"--json"_s, u"diagnose"_s,
                                   kCorpus + u"/smtp_tls/rfc8460.json"_s, u"--no-smtp"_s});
        QCOMPARE(run.exitCode, 2);
        const QJsonObject session = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(session.value(u"detected_as").toString(), u"tlsrpt_report"_s);
        QStringList ids;
        for (const QJsonValue& cause : session.value(u"diagnosis").toArray())
            ids << cause[u"id"].toString();
        QVERIFY2(ids.contains(u"reports.tls.starttls_not_supported"_s), qPrintable(ids.join(u' ')));
        QVERIFY2(ids.contains(u"reports.tls.certificate"_s), qPrintable(ids.join(u' ')));
        QVERIFY(!ids.contains(u"reports.tls_failures"_s));
    }

    void allPassIsZero() {
        QTemporaryDir dir;
        const QString path = writeFile(
            dir, u"ok.xml"_s, aggregate("google.com", "ok-1", record("198.51.100.1", 12, "pass", "fail")));
        const CliRun run = runCli({u"reports"_s, path, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(root.value(u"schema").toString(), u"rebound.reports"_s);
        const QJsonObject report = root.value(u"dmarc").toArray().first().toObject();
        for (const char* key : {"org_name", "report_id", "begin", "end", "domain", "policy", "records"})
            QVERIFY2(report.contains(QLatin1String(key)), key);
        QCOMPARE(report.value(u"org_name").toString(), u"google.com"_s);
        QCOMPARE(report.value(u"begin").toString(), u"2023-11-14T22:13:20Z"_s);
        const QJsonObject record = report.value(u"records").toArray().first().toObject();
        QCOMPARE(record.value(u"source_ip").toString(), u"198.51.100.1"_s);
        QCOMPARE(record.value(u"count").toInt(), 12);
        const QJsonObject evaluated = record.value(u"policy_evaluated").toObject();
        QCOMPARE(evaluated.value(u"disposition").toString(), u"none"_s);
        QCOMPARE(evaluated.value(u"dkim").toString(), u"pass"_s);
        QCOMPARE(evaluated.value(u"spf").toString(), u"fail"_s);
        QCOMPARE(record.value(u"header_from").toString(), u"example.com"_s);
        QVERIFY(record.value(u"auth_results").toObject().contains(u"dkim"_s));
        const QJsonObject summary = root.value(u"summary").toObject();
        QCOMPARE(summary.value(u"messages").toInt(), 12);
        QCOMPARE(summary.value(u"pass_rate").toDouble(), 1.0);
        QCOMPARE(summary.value(u"sources").toArray().first().toObject().value(u"who").toString(),
                 u"unknown"_s);
        QVERIFY(root.value(u"errors").toArray().isEmpty());
    }

    void failuresAreOne() {
        REBOUND_REQUIRE_SHARED(kCorpus);
        const CliRun run =
            runCli({u"reports"_s, kCorpus + u"/aggregate"_s, kCorpus + u"/smtp_tls"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject root = QJsonDocument::fromJson(run.out).object();
        // 18 reports, one twice: invalid_utf_8.xml is !example.com!...xml again (same org and id).
        QCOMPARE(root.value(u"dmarc").toArray().size(), 17);
        QCOMPARE(root.value(u"duplicates").toInt(), 1);
        QCOMPARE(root.value(u"tlsrpt").toArray().size(), 4);
        const QJsonObject policy = root.value(u"tlsrpt")
                                       .toArray()
                                       .first()
                                       .toObject()
                                       .value(u"policies")
                                       .toArray()
                                       .first()
                                       .toObject();
        for (const char* key : {"policy_type", "policy_domain", "summary", "failure_details"})
            QVERIFY2(policy.contains(QLatin1String(key)), key);
        QVERIFY(policy.value(u"summary").toObject().contains(u"total_successful_session_count"_s));
        QVERIFY(policy.value(u"summary").toObject().contains(u"total_failure_session_count"_s));
        const QJsonArray errors = root.value(u"errors").toArray();
        QCOMPARE(errors.size(), 1); // invalid_xml.xml
        QVERIFY(errors.first().toObject().value(u"file").toString().endsWith(u"invalid_xml.xml"_s));
        QVERIFY(!root.value(u"summary").toObject().value(u"findings").toArray().isEmpty());

        const CliRun text = runCli({u"reports"_s, kCorpus + u"/aggregate"_s});
        QCOMPARE(text.exitCode, 1);
        QVERIFY(text.out.contains("DMARC for example.com"));
        QVERIFY(text.out.contains("Not read:"));
        QVERIFY(text.out.contains("invalid_xml.xml: not well-formed XML"));
    }

    void nothingReadableIsThree() {
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"junk.xml"_s, "<html><body>no</body></html>");
        const CliRun run = runCli({u"reports"_s, path, u"--json"_s});
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(u"errors").toArray().size(), 1);
    }

    void usageAndMissingInput() {
        QCOMPARE(runCli({u"reports"_s}).exitCode, 64);
        QCOMPARE(runCli({u"reports"_s, u"--no-such-option"_s, u"x"_s}).exitCode, 64);
        const CliRun missing = runCli({u"reports"_s, u"/nonexistent/reports.xml"_s});
        QCOMPARE(missing.exitCode, 66);
        QVERIFY(missing.err.contains("cannot read"));
    }

    // Control characters (C1: XML 1.0 has no C0) and bidi overrides in a report are escaped in the text
    // output.
    void untrustedTextEscaped() {
        QTemporaryDir dir;
        QByteArray doc = aggregate("evil\xc2\x9b"
                                   "31m\xe2\x80\xae.example",
                                   "e-1", record("203.0.113.5", 1, "fail", "fail"));
        doc.replace("<domain>example.com</domain><p>", "<domain>ex\xe2\x80\xae\xc2\x9b"
                                                       "2Jample.com</domain><p>");
        const QString path = writeFile(dir, u"evil.xml"_s, doc);
        const CliRun run = runCli({u"reports"_s, path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.out.contains("\xc2\x9b"));
        QVERIFY(!run.out.contains("\xe2\x80\xae"));
    }
};

QTEST_GUILESS_MAIN(TestCliReports)
#include "test_cli_reports.moc"
