// rebound-cli snds as a real process against https_server.py on loopback (the SMTP tests' CA) and the
// lab's DNS: SNDS files written from the public documentation (data.aspx, ipStatus.aspx), an HTML login
// page where data should be (a bad key), a changed layout, a 10 MB body, a slow body, and the cache.
#include "lab/dnslab.h"
#include "serverprocess.h"
#include "testcertificates.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rebound;

class TestCliSnds : public QObject {
    Q_OBJECT

private:
    lab::DnsLab m_lab;
    smtptest::TestCertificates m_certs;
    smtptest::ServerProcess m_server;
    QTemporaryDir m_dir;
    quint16 m_port = 0;

    struct Run {
        int exitCode = -1;
        QJsonObject json;
        QByteArray out;
        QByteArray err;
    };

    Run snds(const QString& host, const QStringList& extra = {}) {
        QProcess process;
        process.start(QStringLiteral(REBOUND_CLI_PATH),
                      QStringList{u"snds"_s, u"--key-file"_s, m_dir.filePath(u"key"_s), u"--base-url"_s,
                                  u"https://"_s + host + u"/snds/"_s, u"--https-port"_s,
                                  QString::number(m_port), u"--ca-file"_s, m_certs.caFile(),
                                  u"--allow-private-addresses"_s, u"--cache-file"_s,
                                  m_dir.filePath(u"cache.json"_s), u"--dns"_s, m_lab.server(), u"--json"_s}
                          + extra);
        if (!process.waitForFinished(30000))
            qFatal("rebound-cli did not finish");
        const QByteArray out = process.readAllStandardOutput();
        return {process.exitCode(), QJsonDocument::fromJson(out).object(), out,
                process.readAllStandardError()};
    }

    static QJsonObject ipRow(const QJsonObject& json, const QString& ip) {
        for (const QJsonValue& v : json.value(u"ips"_s).toArray()) {
            if (v.toObject().value(u"ip"_s).toString() == ip)
                return v.toObject();
        }
        return {};
    }

private slots:
    void initTestCase() {
        QString error;
        QVERIFY2(m_certs.generate(&error), qPrintable(error));
        QFile zone(m_dir.filePath(u"sts.test.zone"_s));
        QVERIFY(zone.open(QIODevice::WriteOnly));
        zone.write("$TTL 60\n@ IN SOA ns.sts.test. hostmaster.sts.test. 1 3600 600 86400 60\n"
                   "@ IN NS ns.sts.test.\nns IN A 127.0.0.1\nsnds-good IN A 127.0.0.1\n"
                   "snds-html IN A 127.0.0.1\nsnds-format IN A 127.0.0.1\nbig IN A 127.0.0.1\n"
                   "slow IN A 127.0.0.1\n");
        zone.close();
        QFile key(m_dir.filePath(u"key"_s));
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write("a1b2c3d4-e5f6-4711-8899-aabbccddeeff\n");
        key.close();
        lab::DnsLabOptions options;
        options.zonesDir = m_dir.path();
        QVERIFY2(m_lab.start(options, &error), qPrintable(error));
        m_port = smtptest::freeTcpPort();
        QVERIFY2(m_server.startHttps(m_port, m_certs.web().cert, m_certs.web().key,
                                     QStringLiteral(REBOUND_TEST_DATA_DIR "/snds/www"), &error),
                 qPrintable(error));
    }

    void documentedShapes() {
        const Run run = snds(u"snds-good.sts.test"_s);
        QVERIFY2(run.exitCode == 1, run.err.constData()); // a red and a yellow IP
        QVERIFY(run.json.value(u"error"_s).isNull());
        QCOMPARE(run.json.value(u"from_cache"_s).toBool(), false);
        QCOMPARE(run.json.value(u"data_date"_s).toString(), u"2026-12-30"_s);
        QCOMPARE(run.json.value(u"ips"_s).toArray().size(), 3);
        const QJsonObject green = ipRow(run.json, u"192.0.2.10"_s);
        QCOMPARE(green.value(u"filter_result"_s).toString(), u"green"_s);
        QCOMPARE(green.value(u"rcpt_commands"_s).toInt(), 1520);
        QCOMPARE(green.value(u"data_commands"_s).toInt(), 1498);
        QCOMPARE(green.value(u"recipients"_s).toInt(), 1510);
        QCOMPARE(green.value(u"complaint_rate"_s).toString(), u"< 0.1%"_s);
        QCOMPARE(green.value(u"sample_helo"_s).toString(), u"mail.example.com"_s);
        QCOMPARE(green.value(u"sample_mail_from"_s).toString(), u"bounce@example.com"_s);
        QVERIFY(green.value(u"blocked"_s).isNull());
        const QJsonObject red = ipRow(run.json, u"192.0.2.11"_s);
        QCOMPARE(red.value(u"filter_result"_s).toString(), u"red"_s);
        QCOMPARE(red.value(u"trap_hits"_s).toInt(), 37);
        QCOMPARE(red.value(u"trap_period_start"_s).toString(), u"12/30/2026 1:00 AM"_s);
        QCOMPARE(red.value(u"blocked"_s).toBool(), true);
        QVERIFY(red.value(u"block_reason"_s).toString().startsWith(u"Blocked due to user complaints"_s));
        const QJsonObject yellow = ipRow(run.json, u"192.0.2.12"_s);
        QCOMPARE(yellow.value(u"sample_helo"_s).toString(), u"helo, with a comma"_s);
        QCOMPARE(yellow.value(u"comments"_s).toString(), u"a \"quoted\" comment"_s);
        QCOMPARE(run.json.value(u"ranges"_s).toArray().size(), 2);
        QVERIFY(QFile::exists(m_dir.filePath(u"cache.json"_s)));
        // The key never reaches the output or the cache.
        QFile cache(m_dir.filePath(u"cache.json"_s));
        QVERIFY(cache.open(QIODevice::ReadOnly));
        QVERIFY(!cache.readAll().contains("a1b2c3d4"));
        QVERIFY(!run.out.contains("a1b2c3d4"));
    }

    void failures_data() {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("kind");
        QTest::newRow("bad key: a login page") << u"snds-html.sts.test"_s << u"bad_key"_s;
        QTest::newRow("changed format") << u"snds-format.sts.test"_s << u"format"_s;
        QTest::newRow("huge") << u"big.sts.test"_s << u"too_large"_s;
        QTest::newRow("slow") << u"slow.sts.test"_s << u"network"_s;
        QTest::newRow("not found") << u"snds-none.sts.test"_s << u"network"_s;
    }

    // Each failure is a clear error (exit 3), and the last good data is shown from the cache.
    void failures() {
        QFETCH(QString, host);
        QFETCH(QString, kind);
        const Run run = snds(host, {u"--fetch-timeout"_s, u"1500"_s});
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.json.value(u"error_kind"_s).toString(), kind);
        QVERIFY(!run.json.value(u"error"_s).toString().isEmpty());
        QVERIFY(!run.json.value(u"error"_s).toString().contains(u"a1b2c3d4"_s));
        QCOMPARE(run.json.value(u"from_cache"_s).toBool(), true);
        QCOMPARE(run.json.value(u"data_date"_s).toString(), u"2026-12-30"_s);
        QCOMPARE(run.json.value(u"ips"_s).toArray().size(), 3);
    }

    void text() {
        const Run run = snds(u"snds-good.sts.test"_s, {u"--json"_s}); // --json twice is still JSON
        QCOMPARE(run.exitCode, 1);
        QProcess process;
        process.start(QStringLiteral(REBOUND_CLI_PATH),
                      {u"snds"_s, u"--key-file"_s, m_dir.filePath(u"key"_s), u"--base-url"_s,
                       u"https://snds-good.sts.test/snds/"_s, u"--https-port"_s, QString::number(m_port),
                       u"--ca-file"_s, m_certs.caFile(), u"--allow-private-addresses"_s, u"--cache-file"_s,
                       m_dir.filePath(u"cache.json"_s), u"--dns"_s, m_lab.server()});
        QVERIFY(process.waitForFinished(30000));
        const QByteArray out = process.readAllStandardOutput();
        QVERIFY2(out.contains("192.0.2.11") && out.contains("RED") && out.contains("BLOCKED"),
                 out.constData());
    }

    void usage() {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"REBOUND_SNDS_KEY"_s);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(REBOUND_CLI_PATH), {u"snds"_s});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 64);
        process.start(QStringLiteral(REBOUND_CLI_PATH), {u"snds"_s, u"--key-file"_s, u"/nonexistent/key"_s});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 66);
    }
};

QTEST_GUILESS_MAIN(TestCliSnds)
#include "test_cli_snds.moc"
