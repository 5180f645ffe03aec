// rebound-cli dns, run as a real process against the lab.
#include "lab/clirun.h"
#include "lab/dnslab.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliDns : public QObject {
    Q_OBJECT

private:
    rebound::lab::DnsLab m_lab;

    static rebound::lab::CliRun cli(const QStringList& args) { return rebound::lab::runCli(args, {}, 30000); }

private slots:
    void initTestCase() {
        rebound::lab::DnsLabOptions options;
        options.zonesDir = rebound::lab::DnsLab::defaultZonesDir();
        options.servfailZones << u"servfail.test"_s;
        options.dnsdistRules << u"addAction(QNameRule(\"silent.example.com.\"), DropAction())"_s;
        QString error;
        QVERIFY2(m_lab.start(options, &error), qPrintable(error));
    }

    void outcomes_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("answer") << "example.com"
                                << "TXT"
                                << "answer" << 0;
        QTest::newRow("nxdomain") << "nope.example.com"
                                  << "TXT"
                                  << "nxdomain" << 1;
        QTest::newRow("nodata") << "nodata.example.com"
                                << "MX"
                                << "nodata" << 1;
        QTest::newRow("servfail") << "x.servfail.test"
                                  << "TXT"
                                  << "servfail" << 3;
        QTest::newRow("timeout") << "silent.example.com"
                                 << "A"
                                 << "timeout" << 3;
    }

    void outcomes() {
        QFETCH(QString, name);
        QFETCH(QString, type);
        QFETCH(QString, outcome);
        QFETCH(int, exitCode);
        // Global options before and after the command, as scripts write them.
        const rebound::lab::CliRun run = cli(
            {u"--dns"_s, m_lab.server(), u"--timeout"_s, u"800"_s, u"dns"_s, name, type, u"--json"_s});
        QCOMPARE(run.exitCode, exitCode);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(u"outcome"_s).toString(), outcome);
        QCOMPARE(json.value(u"name"_s).toString(), name);
        QCOMPARE(json.value(u"type"_s).toString(), type);
        QVERIFY(json.contains(u"flags"_s));
        QVERIFY(json.contains(u"elapsed_ms"_s));
        if (outcome != u"timeout")
            QCOMPARE(json.value(u"server"_s).toString(), m_lab.server());
        if (outcome == u"answer") {
            const QJsonObject record = json.value(u"answers"_s).toArray().first().toObject();
            QCOMPARE(record.value(u"strings"_s).toArray().size(), 3);
            QCOMPARE(record.value(u"ttl"_s).toInt(), 300);
        }
    }

    void humanReadable() {
        const rebound::lab::CliRun run =
            cli({u"--dns"_s, m_lab.server(), u"dns"_s, u"example.com"_s, u"MX"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("10 mx1.example.com."));
        QVERIFY(run.out.contains("ANSWER"));
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s};
        QTest::newRow("bad type") << QStringList{u"dns"_s, u"example.com"_s, u"BOGUS"_s};
        QTest::newRow("bad server") << QStringList{u"--dns"_s, u"dns.google"_s, u"dns"_s,
                                                   u"example.com"_s};
        QTest::newRow("bad timeout") << QStringList{u"--timeout"_s, u"x"_s, u"dns"_s, u"example.com"_s};
        QTest::newRow("bad name") << QStringList{u"--dns"_s, u"127.0.0.1:9"_s, u"dns"_s, u"a..b"_s};
    }

    void usageErrors() {
        QFETCH(QStringList, args);
        const rebound::lab::CliRun run = cli(args);
        QCOMPARE(run.exitCode, 64);
        QVERIFY(!run.err.isEmpty());
    }

    void version() {
        const rebound::lab::CliRun run = cli({u"--version"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("rebound-cli "));
    }
};

QTEST_GUILESS_MAIN(TestCliDns)
#include "test_cli_dns.moc"
