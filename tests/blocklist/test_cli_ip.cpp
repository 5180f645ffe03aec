// rebound-cli ip, run as a real process against the blocklist lab: JSON keys, text output, ranges as
// JSON lines, files, the Nagios exit codes, and --smtp against Postfix's smtp-sink.
#include "lab/dnslab.h"
#include "serverprocess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryFile>
#include <QTest>

class TestCliIp : public QObject {
    Q_OBJECT

private:
    rebound::lab::DnsLab m_lab;

    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run cli(const QStringList& args) {
        QProcess process;
        QStringList all{u"--dns"_qs, m_lab.server(), u"--timeout"_qs, u"1000"_qs};
        all << args;
        process.start(QStringLiteral(REBOUND_CLI_PATH), all);
        if (!process.waitForFinished(60000))
            qFatal("rebound-cli did not finish");
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

private slots:
    void initTestCase() {
        rebound::lab::DnsLabOptions options;
        options.zonesDir = QStringLiteral(REBOUND_TEST_DATA_DIR "/blocklist/zones");
        options.servfailZones << u"bl.mailspike.net"_qs;
        options.dnsdistRules << u"local drop = newSuffixMatchNode(); drop:add(\"dnsbl.dronebl.org.\")"_qs
                             << u"addAction(SuffixMatchNodeRule(drop), DropAction())"_qs;
        QString error;
        QVERIFY2(m_lab.start(options, &error), qPrintable(error));
    }

    void exitCodes_data() {
        QTest::addColumn<QString>("ip");
        QTest::addColumn<QString>("lists");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("clean") << u"203.0.113.20"_qs << u"spamhaus-zen,spamcop,barracuda"_qs << 0;
        QTest::newRow("minor/medium listing") << u"203.0.113.7"_qs << u"spamcop,barracuda"_qs << 1;
        QTest::newRow("major listing") << u"203.0.113.7"_qs << u"spamhaus-zen,spamcop"_qs << 2;
        QTest::newRow("could not check") << u"203.0.113.20"_qs << u"spamcop,mailspike-bl"_qs << 3;
        QTest::newRow("refused is not clean") << u"203.0.113.8"_qs << u"spamhaus-zen"_qs << 3;
        QTest::newRow("allowlist does not count") << u"203.0.113.7"_qs << u"dnswl,barracuda"_qs << 0;
    }

    void exitCodes() {
        QFETCH(QString, ip);
        QFETCH(QString, lists);
        QFETCH(int, exitCode);
        const Run run =
            cli({u"ip"_qs, ip, u"--lists"_qs, lists, u"--check-documentation-ranges"_qs, u"--json"_qs});
        QVERIFY2(run.exitCode == exitCode, run.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(u"ip"_qs).toString(), ip);
        QCOMPARE(json.value(u"summary"_qs).toObject().value(u"nagios_code"_qs).toInt(), exitCode);
    }

    void jsonKeys() {
        const Run run = cli({u"ip"_qs, u"[203.0.113.7]:25"_qs, u"--lists"_qs, u"spamhaus-zen,psbl"_qs,
                             u"--check-documentation-ranges"_qs, u"--json"_qs});
        QCOMPARE(run.exitCode, 2);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(u"ip"_qs).toString(), u"203.0.113.7"_qs);
        QCOMPARE(json.value(u"ptr"_qs).toArray(), QJsonArray{u"mail.example.com"_qs});
        QCOMPARE(json.value(u"fcrdns"_qs).toObject().value(u"status"_qs).toString(), u"pass"_qs);
        const QJsonArray lists = json.value(u"blocklists"_qs).toArray();
        QCOMPARE(lists.size(), 2);
        const QJsonObject zen = lists.at(0).toObject();
        for (const QString& key : {u"zone"_qs, u"name"_qs, u"status"_qs, u"codes"_qs, u"meaning"_qs,
                                   u"txt"_qs, u"lookup_url"_qs, u"removal_url"_qs})
            QVERIFY2(zen.contains(key), qPrintable(key));
        QCOMPARE(zen.value(u"zone"_qs).toString(), u"zen.spamhaus.org"_qs);
        QCOMPARE(zen.value(u"status"_qs).toString(), u"listed"_qs);
        QCOMPARE(zen.value(u"codes"_qs).toArray().size(), 3);
        QCOMPARE(zen.value(u"severity"_qs).toString(), u"major"_qs);
        QCOMPARE(zen.value(u"lookup_url"_qs).toString(),
                 u"https://check.spamhaus.org/results/?query=203.0.113.7"_qs);
        QCOMPARE(zen.value(u"txt"_qs).toArray().first().toString(),
                 u"https://www.spamhaus.org/query/ip/203.0.113.7"_qs);
        const QJsonObject psbl = lists.at(1).toObject();
        QCOMPARE(psbl.value(u"status"_qs).toString(), u"broken"_qs);
        QVERIFY(!psbl.value(u"reason"_qs).toString().isEmpty());
    }

    void rangeAsJsonLines() {
        const Run run = cli({u"ip"_qs, u"203.0.113.4/30"_qs, u"--lists"_qs, u"spamcop"_qs,
                             u"--check-documentation-ranges"_qs, u"--json-lines"_qs});
        QCOMPARE(run.exitCode, 1); // .7 is on SpamCop (medium)
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        QStringList ips;
        for (const QByteArray& line : lines) {
            const QJsonObject json = QJsonDocument::fromJson(line).object();
            ips << json.value(u"ip"_qs).toString();
            QCOMPARE(json.value(u"blocklists"_qs).toArray().size(), 1);
        }
        ips.sort();
        QCOMPARE(ips,
                 (QStringList{u"203.0.113.4"_qs, u"203.0.113.5"_qs, u"203.0.113.6"_qs, u"203.0.113.7"_qs}));
    }

    // A /24 with one list that drops every query (--concurrency 8: 32 waves before issue 23): every
    // address reports the list as could-not-check (list not answering), and the run ends in about one
    // deadline (--timeout 1000), not one per wave.
    void droppedListLearntOncePerRange() {
        QElapsedTimer timer;
        timer.start();
        const Run run =
            cli({u"ip"_qs, u"203.0.113.0/24"_qs, u"--lists"_qs, u"spamcop,dronebl"_qs, u"--no-rdns"_qs,
                 u"--concurrency"_qs, u"8"_qs, u"--check-documentation-ranges"_qs, u"--json-lines"_qs});
        const qint64 wall = timer.elapsed();
        QCOMPARE(run.exitCode, 1); // .7 is on SpamCop (medium), which outranks "could not check"
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 256);
        for (const QByteArray& line : lines) {
            const QJsonObject json = QJsonDocument::fromJson(line).object();
            const QJsonArray lists = json.value(u"blocklists"_qs).toArray();
            QCOMPARE(lists.size(), 2);
            for (const QJsonValue& list : lists) {
                if (list[u"id"].toString() != u"dronebl")
                    continue;
                QCOMPARE(list[u"status"].toString(), u"unavailable"_qs);
                QCOMPARE(list[u"list_health"].toString(), u"not_answering"_qs);
                QVERIFY(list[u"reason"].toString().startsWith(u"could not check (list not answering)"_qs));
            }
        }
        QVERIFY2(wall < 2500, qPrintable(QString::number(wall)));
    }

    void fileOfIps() {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write("203.0.113.20\n10.0.0.1  # private: explained, not queried\n");
        file.flush();
        const Run run = cli({u"ip"_qs, file.fileName(), u"--lists"_qs, u"barracuda"_qs,
                             u"--check-documentation-ranges"_qs, u"--json"_qs});
        QCOMPARE(run.exitCode, 3); // the private address could not be checked
        const QJsonArray ips = QJsonDocument::fromJson(run.out).object().value(u"ips"_qs).toArray();
        QCOMPARE(ips.size(), 2);
    }

    void textOutput() {
        const Run run = cli({u"ip"_qs, u"203.0.113.7"_qs, u"--lists"_qs, u"spamhaus-zen,uceprotect-2"_qs,
                             u"--check-documentation-ranges"_qs});
        QCOMPARE(run.exitCode, 2);
        const QString text = QString::fromUtf8(run.out);
        QVERIFY2(text.contains(u"LISTED"_qs) && text.contains(u"Spamhaus ZEN"_qs), qPrintable(text));
        QVERIFY2(text.contains(u"COULD NOT CHECK"_qs)
                     && text.contains(u"test point 127.0.0.2 is not listed"_qs),
                 qPrintable(text));
        QVERIFY(text.contains(u"FCrDNS  pass"_qs));
    }

    // The address's own SMTP server, probed beside the health check; loopback is explained, not queried,
    // but still probed, since the user asked for it (a server on a private network is a real case).
    void smtpProbeOfTheAddress_data() {
        QTest::addColumn<bool>("json");
        QTest::newRow("json") << true;
        QTest::newRow("text") << false;
    }

    void smtpProbeOfTheAddress() {
        QFETCH(bool, json);
        rebound::smtptest::ServerProcess sink;
        const quint16 port = rebound::smtptest::freeTcpPort();
        QString error;
        QVERIFY2(sink.startSmtpSink(u"127.0.0.1"_qs, port, {}, &error), qPrintable(error));
        QStringList args{
            u"ip"_qs,     u"127.0.0.1"_qs,         u"--smtp"_qs, u"--smtp-port"_qs, QString::number(port),
            u"--ehlo"_qs, u"probe.rebound.test"_qs};
        if (json)
            args << u"--json"_qs;
        const Run run = cli(args);
        QCOMPARE(run.exitCode, 3); // loopback: no blocklist could be checked
        if (!json) {
            const QString text = QString::fromUtf8(run.out);
            QVERIFY2(text.contains(u"not checked: Loopback"_qs), qPrintable(text));
            QVERIFY2(text.contains(u"220 mx.sink.test"_qs) && text.contains(u"C EHLO probe.rebound.test"_qs),
                     qPrintable(text));
            return;
        }
        const QJsonObject ip = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(ip.value(u"checked"_qs).toBool(), false);
        const QJsonObject smtp = ip.value(u"smtp"_qs).toObject();
        QCOMPARE(smtp.value(u"address"_qs).toString(), u"127.0.0.1"_qs);
        QCOMPARE(smtp.value(u"port"_qs).toInt(), int(port));
        QCOMPARE(smtp.value(u"end"_qs).toString(), u"completed"_qs);
        QCOMPARE(smtp.value(u"banner"_qs).toObject().value(u"name"_qs).toString(), u"mx.sink.test"_qs);
        QStringList ids;
        for (const QJsonValue& f : smtp.value(u"findings"_qs).toArray())
            ids << f.toObject().value(u"id"_qs).toString();
        QVERIFY2(ids.contains(u"smtp.no_starttls"_qs), qPrintable(ids.join(u' ')));
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("not an ip") << QStringList{u"ip"_qs, u"nonsense"_qs} << 64;
        QTest::newRow("range too large") << QStringList{u"ip"_qs, u"198.51.100.0/20"_qs} << 64;
        QTest::newRow("unknown list")
            << QStringList{u"ip"_qs, u"198.51.100.1"_qs, u"--lists"_qs, u"nope"_qs} << 64;
        QTest::newRow("bad key") << QStringList{u"ip"_qs, u"198.51.100.1"_qs, u"--dqs-key"_qs, u"a.b"_qs}
                                 << 64;
        QTest::newRow("private explained") << QStringList{u"ip"_qs, u"192.168.1.1"_qs} << 3;
        QTest::newRow("--smtp with a range")
            << QStringList{u"ip"_qs, u"198.51.100.0/30"_qs, u"--smtp"_qs} << 64;
        QTest::newRow("--ehlo with a space")
            << QStringList{u"ip"_qs, u"198.51.100.1"_qs, u"--smtp"_qs, u"--ehlo"_qs, u"a b"_qs} << 64;
    }

    void usageErrors() {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const Run run = cli(args);
        QVERIFY2(run.exitCode == exitCode, run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliIp)
#include "test_cli_ip.moc"
