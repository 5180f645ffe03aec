// Runs the built rebound-cli reports: JSON keys, text, and every exit code.
#include "lab/clirun.h"
#include "reportstest.h"
#include "lab/shareddata.h"

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

} // namespace

class TestCliReports final : public QObject {
    Q_OBJECT

private slots:
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
