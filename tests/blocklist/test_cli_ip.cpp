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

using namespace Qt::StringLiterals;

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
        QStringList all{u"--dns"_s, m_lab.server(), u"--timeout"_s, u"1000"_s};
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
        options.servfailZones << u"bl.mailspike.net"_s;
        options.dnsdistRules << u"local drop = newSuffixMatchNode(); drop:add(\"dnsbl.dronebl.org.\")"_s
                             << u"addAction(SuffixMatchNodeRule(drop), DropAction())"_s;
        QString error;
        QVERIFY2(m_lab.start(options, &error), qPrintable(error));
    }

    void exitCodes_data() {
        QTest::addColumn<QString>("ip");
        QTest::addColumn<QString>("lists");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("clean") << u"203.0.113.20"_s << u"spamhaus-zen,spamcop,barracuda"_s << 0;
        QTest::newRow("minor/medium listing") << u"203.0.113.7"_s << u"spamcop,barracuda"_s << 1;
        QTest::newRow("major listing") << u"203.0.113.7"_s << u"spamhaus-zen,spamcop"_s << 2;
        QTest::newRow("could not check") << u"203.0.113.20"_s << u"spamcop,mailspike-bl"_s << 3;
        QTest::newRow("refused is not clean") << u"203.0.113.8"_s << u"spamhaus-zen"_s << 3;
        QTest::newRow("allowlist does not count") << u"203.0.113.7"_s << u"dnswl,barracuda"_s << 0;
    }

    void exitCodes() {
        QFETCH(QString, ip);
        QFETCH(QString, lists);
        QFETCH(int, exitCode);
        const Run run =
            cli({u"ip"_s, ip, u"--lists"_s, lists, u"--check-documentation-ranges"_s, u"--json"_s});
        QVERIFY2(run.exitCode == exitCode, run.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(u"ip"_s).toString(), ip);
        QCOMPARE(json.value(u"summary"_s).toObject().value(u"nagios_code"_s).toInt(), exitCode);
    }

    void jsonKeys() {
        const Run run = cli({u"ip"_s, u"[203.0.113.7]:25"_s, u"--lists"_s, u"spamhaus-zen,psbl"_s,
                             u"--check-documentation-ranges"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 2);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(u"ip"_s).toString(), u"203.0.113.7"_s);
        QCOMPARE(json.value(u"ptr"_s).toArray(), QJsonArray{u"mail.example.com"_s});
        QCOMPARE(json.value(u"fcrdns"_s).toObject().value(u"status"_s).toString(), u"pass"_s);
        const QJsonArray lists = json.value(u"blocklists"_s).toArray();
        QCOMPARE(lists.size(), 2);
        const QJsonObject zen = lists.at(0).toObject();
        for (const QString& key : {u"zone"_s, u"name"_s, u"status"_s, u"codes"_s, u"meaning"_s,
                                   u"txt"_s, u"lookup_url"_s, u"removal_url"_s})
            QVERIFY2(zen.contains(key), qPrintable(key));
        QCOMPARE(zen.value(u"zone"_s).toString(), u"zen.spamhaus.org"_s);
        QCOMPARE(zen.value(u"status"_s).toString(), u"listed"_s);
        QCOMPARE(zen.value(u"codes"_s).toArray().size(), 3);
        QCOMPARE(zen.value(u"severity"_s).toString(), u"major"_s);
        QCOMPARE(zen.value(u"lookup_url"_s).toString(),
                 u"https://check.spamhaus.org/results/?query=203.0.113.7"_s);
        QCOMPARE(zen.value(u"txt"_s).toArray().first().toString(),
                 u"https://www.spamhaus.org/query/ip/203.0.113.7"_s);
        const QJsonObject psbl = lists.at(1).toObject();
        QCOMPARE(psbl.value(u"status"_s).toString(), u"broken"_s);
        QVERIFY(!psbl.value(u"reason"_s).toString().isEmpty());
    }

    void rangeAsJsonLines() {
        const Run run = cli({u"ip"_s, u"203.0.113.4/30"_s, u"--lists"_s, u"spamcop"_s,
                             u"--check-documentation-ranges"_s, u"--json-lines"_s});
        QCOMPARE(run.exitCode, 1); // .7 is on SpamCop (medium)
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        QStringList ips;
        for (const QByteArray& line : lines) {
            const QJsonObject json = QJsonDocument::fromJson(line).object();
            ips << json.value(u"ip"_s).toString();
            QCOMPARE(json.value(u"blocklists"_s).toArray().size(), 1);
        }
        ips.sort();
        QCOMPARE(ips,
                 (QStringList{u"203.0.113.4"_s, u"203.0.113.5"_s, u"203.0.113.6"_s, u"203.0.113.7"_s}));
    }

    // A /24 with one list that drops every query (--concurrency 8: 32 waves before issue 23): every
    // address reports the list as could-not-check (list not answering), and the run ends in about one
    // deadline (--timeout 1000), not one per wave.
    void droppedListLearntOncePerRange() {
        QElapsedTimer timer;
        timer.start();
        const Run run =
            cli({u"ip"_s, u"203.0.113.0/24"_s, u"--lists"_s, u"spamcop,dronebl"_s, u"--no-rdns"_s,
                 u"--concurrency"_s, u"8"_s, u"--check-documentation-ranges"_s, u"--json-lines"_s});
        const qint64 wall = timer.elapsed();
        QCOMPARE(run.exitCode, 1); // .7 is on SpamCop (medium), which outranks "could not check"
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 256);
        for (const QByteArray& line : lines) {
            const QJsonObject json = QJsonDocument::fromJson(line).object();
            const QJsonArray lists = json.value(u"blocklists"_s).toArray();
            QCOMPARE(lists.size(), 2);
            for (const QJsonValue& list : lists) {
                if (list[u"id"].toString() != u"dronebl")
                    continue;
                QCOMPARE(list[u"status"].toString(), u"unavailable"_s);
                QCOMPARE(list[u"list_health"].toString(), u"not_answering"_s);
                QVERIFY(list[u"reason"].toString().startsWith(u"could not check (list not answering)"_s));
            }
        }
        QVERIFY2(wall < 2500, qPrintable(QString::number(wall)));
    }

    void fileOfIps() {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write("203.0.113.20\n10.0.0.1  # private: explained, not queried\n");
        file.flush();
        const Run run = cli({u"ip"_s, file.fileName(), u"--lists"_s, u"barracuda"_s,
                             u"--check-documentation-ranges"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 3); // the private address could not be checked
        const QJsonArray ips = QJsonDocument::fromJson(run.out).object().value(u"ips"_s).toArray();
        QCOMPARE(ips.size(), 2);
    }

    void textOutput() {
        const Run run = cli({u"ip"_s, u"203.0.113.7"_s, u"--lists"_s, u"spamhaus-zen,uceprotect-2"_s,
                             u"--check-documentation-ranges"_s});
        QCOMPARE(run.exitCode, 2);
        const QString text = QString::fromUtf8(run.out);
        QVERIFY2(text.contains(u"LISTED"_s) && text.contains(u"Spamhaus ZEN"_s), qPrintable(text));
        QVERIFY2(text.contains(u"COULD NOT CHECK"_s)
                     && text.contains(u"test point 127.0.0.2 is not listed"_s),
                 qPrintable(text));
        QVERIFY(text.contains(u"FCrDNS  pass"_s));
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
        QVERIFY2(sink.startSmtpSink(u"127.0.0.1"_s, port, {}, &error), qPrintable(error));
        QStringList args{
            u"ip"_s,     u"127.0.0.1"_s,         u"--smtp"_s, u"--smtp-port"_s, QString::number(port),
            u"--ehlo"_s, u"probe.rebound.test"_s};
        if (json)
            args << u"--json"_s;
        const Run run = cli(args);
        QCOMPARE(run.exitCode, 3); // loopback: no blocklist could be checked
        if (!json) {
            const QString text = QString::fromUtf8(run.out);
            QVERIFY2(text.contains(u"not checked: Loopback"_s), qPrintable(text));
            QVERIFY2(text.contains(u"220 mx.sink.test"_s) && text.contains(u"C EHLO probe.rebound.test"_s),
                     qPrintable(text));
            return;
        }
        const QJsonObject ip = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(ip.value(u"checked"_s).toBool(), false);
        const QJsonObject smtp = ip.value(u"smtp"_s).toObject();
        QCOMPARE(smtp.value(u"address"_s).toString(), u"127.0.0.1"_s);
        QCOMPARE(smtp.value(u"port"_s).toInt(), int(port));
        QCOMPARE(smtp.value(u"end"_s).toString(), u"completed"_s);
        QCOMPARE(smtp.value(u"banner"_s).toObject().value(u"name"_s).toString(), u"mx.sink.test"_s);
        QStringList ids;
        for (const QJsonValue& f : smtp.value(u"findings"_s).toArray())
            ids << f.toObject().value(u"id"_s).toString();
        QVERIFY2(ids.contains(u"smtp.no_starttls"_s), qPrintable(ids.join(u' ')));
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("not an ip") << QStringList{u"ip"_s, u"nonsense"_s} << 64;
        QTest::newRow("range too large") << QStringList{u"ip"_s, u"198.51.100.0/20"_s} << 64;
        QTest::newRow("unknown list")
            << QStringList{u"ip"_s, u"198.51.100.1"_s, u"--lists"_s, u"nope"_s} << 64;
        QTest::newRow("bad key") << QStringList{u"ip"_s, u"198.51.100.1"_s, u"--dqs-key"_s, u"a.b"_s}
                                 << 64;
        QTest::newRow("private explained") << QStringList{u"ip"_s, u"192.168.1.1"_s} << 3;
        QTest::newRow("--smtp with a range")
            << QStringList{u"ip"_s, u"198.51.100.0/30"_s, u"--smtp"_s} << 64;
        QTest::newRow("--ehlo with a space")
            << QStringList{u"ip"_s, u"198.51.100.1"_s, u"--smtp"_s, u"--ehlo"_s, u"a b"_s} << 64;
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
