// rebound-cli snds as a real process against https_server.py on loopback (the SMTP tests' CA) and the
// lab's DNS: SNDS files written from the public documentation (data.aspx, ipStatus.aspx), an HTML login
// page where data should be (a bad key), a changed layout, a 10 MB body, a slow body, and the cache.
#include "lab/dnslab.h"
#include "serverprocess.h"
#include "testcertificates.h"

#include <QDir>
#include <QFile>
#include <QHash>
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

    // rebound-cli with args in env (by default: no SNDS key anywhere), its JSON read when it printed some.
    static Run cli(const QStringList& args, const QProcessEnvironment& env = cleanEnv()) {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(REBOUND_CLI_PATH), args);
        if (!process.waitForFinished(30000))
            qFatal("rebound-cli did not finish");
        const QByteArray out = process.readAllStandardOutput();
        return {process.exitCode(), QJsonDocument::fromJson(out).object(), out,
                process.readAllStandardError()};
    }

    Run snds(const QString& host, const QStringList& extra = {}) {
        return cli(QStringList{u"snds"_s, u"--key-file"_s, m_dir.filePath(u"key"_s), u"--base-url"_s,
                               u"https://"_s + host + u"/snds/"_s, u"--https-port"_s, QString::number(m_port),
                               u"--ca-file"_s, m_certs.caFile(), u"--allow-private-addresses"_s,
                               u"--cache-file"_s, m_dir.filePath(u"cache.json"_s), u"--dns"_s, m_lab.server(),
                               u"--json"_s}
                   + extra);
    }

    // rebound-cli ip against the same server, asking SpamCop only; extra: --snds-... options or none.
    Run ip(const QString& target, const QStringList& extra, const QProcessEnvironment& env = cleanEnv(),
           bool json = true) {
        return cli(QStringList{u"ip"_s, target, u"--lists"_s, u"spamcop"_s, u"--no-rdns"_s,
                               u"--check-documentation-ranges"_s, u"--dns"_s, m_lab.server()}
                       + (json ? QStringList{u"--json"_s} : QStringList()) + extra,
                   env);
    }

    QStringList sndsServer(const QString& host = u"snds-good.sts.test"_s) const {
        return {u"--snds-base-url"_s,
                u"https://"_s + host + u"/snds/"_s,
                u"--snds-https-port"_s,
                QString::number(m_port),
                u"--snds-ca-file"_s,
                m_certs.caFile(),
                u"--snds-allow-private-addresses"_s,
                u"--snds-cache-file"_s,
                m_dir.filePath(u"ipcache.json"_s),
                u"--snds-fetch-timeout"_s,
                u"1500"_s};
    }

    // No key anywhere: REBOUND_SNDS_KEY unset, and the app's settings (keychain fallback file) in a
    // temporary home with no session bus, so the keychain cannot answer.
    static QProcessEnvironment cleanEnv() {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"REBOUND_SNDS_KEY"_s);
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, QDir::tempPath() + u"/rebound-test-nokey-config"_s);
        return env;
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
                   "snds-html IN A 127.0.0.1\nsnds-red IN A 127.0.0.1\nsnds-format IN A 127.0.0.1\nbig IN A "
                   "127.0.0.1\n"
                   "slow IN A 127.0.0.1\n");
        zone.close();
        // One blocklist for `ip` (SpamCop, with its test point), clean for every address asked.
        QFile list(m_dir.filePath(u"bl.spamcop.net.zone"_s));
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write("$TTL 60\n@ IN SOA ns.sts.test. hostmaster.sts.test. 1 3600 600 86400 60\n"
                   "@ IN NS ns.sts.test.\n2.0.0.127 IN A 127.0.0.2\n");
        list.close();
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
        // Only the slow server is meant to meet the fetch timeout; the others have room to spare on a
        // loaded machine (a huge answer must fail on its size, not on the clock).
        QTest::addColumn<QString>("timeoutMs");
        QTest::newRow("bad key: a login page") << u"snds-html.sts.test"_s << u"bad_key"_s << u"15000"_s;
        QTest::newRow("changed format") << u"snds-format.sts.test"_s << u"format"_s << u"15000"_s;
        QTest::newRow("huge") << u"big.sts.test"_s << u"too_large"_s << u"15000"_s;
        QTest::newRow("slow") << u"slow.sts.test"_s << u"network"_s << u"1500"_s;
        QTest::newRow("not found") << u"snds-none.sts.test"_s << u"network"_s << u"15000"_s;
    }

    // Each failure is a clear error (exit 3), and the last good data is shown from the cache.
    void failures() {
        QFETCH(QString, host);
        QFETCH(QString, kind);
        QFETCH(QString, timeoutMs);
        const Run run = snds(host, {u"--fetch-timeout"_s, timeoutMs});
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

    // `ip` with a key file: each address's "snds" is its row (the same keys as the diagnosis check),
    // red or blocked counts like a major listing, green changes nothing; a range is one fetch.
    void ipWithKeyFile() {
        const QStringList keyFile{u"--snds-key-file"_s, m_dir.filePath(u"key"_s)};
        Run run = ip(u"192.0.2.10"_s, keyFile + sndsServer());
        QVERIFY2(run.exitCode == 0, QByteArray(run.err + run.out).constData());
        const QJsonObject green = run.json.value(u"snds"_s).toObject();
        const QStringList keys{u"activity"_s,       u"block_reason"_s,  u"blocked"_s,    u"data_date"_s,
                               u"error"_s,          u"filter_result"_s, u"from_cache"_s, u"ip"_s,
                               u"listed_in_snds"_s, u"trap_hits"_s};
        QCOMPARE(green.keys(), keys);
        QCOMPARE(green.value(u"filter_result"_s).toString(), u"green"_s);
        QCOMPARE(green.value(u"data_date"_s).toString(), u"2026-12-30"_s);

        run = ip(u"192.0.2.11"_s, keyFile + sndsServer());
        QCOMPARE(run.exitCode, 2); // red and blocked
        QCOMPARE(run.json.value(u"snds"_s)[u"trap_hits"_s].toInt(), 37);
        QCOMPARE(run.json.value(u"snds"_s)[u"blocked"_s].toBool(), true);

        // A range: one row per address that has one, "none" for the others.
        run = ip(u"192.0.2.8/30"_s, keyFile + sndsServer());
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.json.value(u"nagios_code"_s).toInt(), 2);
        const QJsonArray ips = run.json.value(u"ips"_s).toArray();
        QCOMPARE(ips.size(), 4);
        QHash<QString, QString> colours;
        for (const QJsonValue& v : ips)
            colours.insert(v[u"ip"_s].toString(), v[u"snds"_s][u"filter_result"_s].toString());
        QCOMPARE(colours.value(u"192.0.2.10"_s), u"green"_s);
        QCOMPARE(colours.value(u"192.0.2.11"_s), u"red"_s);
        QCOMPARE(colours.value(u"192.0.2.9"_s), u"none"_s);

        // Text: a line per address.
        const QByteArray out = ip(u"192.0.2.11"_s, keyFile + sndsServer(), cleanEnv(), false).out;
        QVERIFY2(out.contains("SNDS    RED, 37 trap hits") && out.contains("BLOCKED"), out.constData());
    }

    // diagnose finds the key as ip does: with one, the sending IP gets the check "snds" (here red, 37 trap
    // hits); without one, no such check is planned.
    void diagnoseWithKey() {
        const QStringList args{
            u"diagnose"_s, u"192.0.2.11"_s, u"--json"_s, u"--no-smtp"_s, u"--check-documentation-ranges"_s,
            u"--dns"_s,    m_lab.server()};
        const auto sndsCheck = [](const Run& run) {
            for (const QJsonValue& check : run.json.value(u"checks"_s).toArray()) {
                if (check[u"id"_s].toString() == u"snds")
                    return check.toObject();
            }
            return QJsonObject();
        };
        Run run = cli(args + QStringList{u"--snds-key-file"_s, m_dir.filePath(u"key"_s)} + sndsServer());
        QVERIFY2(!run.json.isEmpty(), QByteArray(run.err + run.out).constData());
        const QJsonObject check = sndsCheck(run);
        QCOMPARE(check.value(u"state"_s).toString(), u"done"_s);
        QCOMPARE(check.value(u"result"_s)[u"filter_result"_s].toString(), u"red"_s);
        QCOMPARE(check.value(u"result"_s)[u"trap_hits"_s].toInt(), 37);

        run = cli(args); // no key anywhere
        QVERIFY2(!run.json.isEmpty(), QByteArray(run.err + run.out).constData());
        QVERIFY(sndsCheck(run).isEmpty());
    }

    // The key from the environment, then from the file the desktop app keeps its keys in where no keychain
    // answers; none at all: "snds" is null and the exit code is the blocklists' alone.
    void ipKeySources() {
        QProcessEnvironment env = cleanEnv();
        env.insert(u"REBOUND_SNDS_KEY"_s, u"a1b2c3d4-e5f6-4711-8899-aabbccddeeff"_s);
        Run run = ip(u"192.0.2.12"_s, sndsServer(), env);
        QCOMPARE(run.exitCode, 1); // yellow
        QCOMPARE(run.json.value(u"snds"_s)[u"filter_result"_s].toString(), u"yellow"_s);

        QTemporaryDir config;
        env = cleanEnv();
        env.insert(u"XDG_CONFIG_HOME"_s, config.path());
        QDir().mkpath(config.filePath(u"Rebound"_s));
        QFile secrets(config.filePath(u"Rebound/Rebound-secrets.json"_s));
        QVERIFY(secrets.open(QIODevice::WriteOnly));
        secrets.write(R"({"sndsKey": "a1b2c3d4-e5f6-4711-8899-aabbccddeeff"})");
        secrets.close();
        run = ip(u"192.0.2.11"_s, sndsServer(), env);
        QVERIFY2(run.exitCode == 2, run.err.constData());
        QCOMPARE(run.json.value(u"snds"_s)[u"filter_result"_s].toString(), u"red"_s);

        run = ip(u"192.0.2.11"_s, sndsServer());
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.json.contains(u"snds"_s));
        QVERIFY(run.json.value(u"snds"_s).isNull());
        run = ip(u"192.0.2.11"_s, sndsServer() + QStringList{u"--snds"_s});
        QCOMPARE(run.exitCode, 64);
        QVERIFY2(run.err.contains("no SNDS key"), run.err.constData());

        // A fetch that fails without a cache: could not check (3), never green.
        env = cleanEnv();
        env.insert(u"REBOUND_SNDS_KEY"_s, u"a1b2c3d4-e5f6-4711-8899-aabbccddeeff"_s);
        QStringList failing = sndsServer(u"snds-html.sts.test"_s);
        failing[failing.indexOf(m_dir.filePath(u"ipcache.json"_s))] = m_dir.filePath(u"nocache.json"_s);
        run = ip(u"192.0.2.10"_s, failing, env);
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.json.value(u"snds"_s)[u"filter_result"_s].toString(), u"none"_s);
        QVERIFY(!run.json.value(u"snds"_s)[u"error"_s].toString().isEmpty());
    }

    // The watch records each address's colour as the check "snds": green then red is "listed" (2), a
    // fetch that fails is "could not check" once (3) and never a colour change, and back to green after the
    // outage is "delisted" (good news); the Prometheus textfile carries rebound_snds_filter.
    void watchColourChanges() {
        QFile list(m_dir.filePath(u"watch.txt"_s));
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write("192.0.2.10\n192.0.2.12\n");
        list.close();
        const QString prom = m_dir.filePath(u"watch.prom"_s);
        int pass = 0;
        const auto watchPass = [&](const QString& host) {
            QStringList server = sndsServer(host);
            // A cache of its own per pass: each pass asks the server (a recent cache would be reused).
            server[server.indexOf(m_dir.filePath(u"ipcache.json"_s))] =
                m_dir.filePath(u"watchcache%1.json"_s.arg(++pass));
            return cli(QStringList{u"watch"_s, list.fileName(), u"--state"_s, m_dir.filePath(u"watch.db"_s),
                                   u"--force"_s, u"--prometheus"_s, prom, u"--lists"_s, u"spamcop"_s,
                                   u"--no-rdns"_s, u"--check-documentation-ranges"_s, u"--dns"_s,
                                   m_lab.server(), u"--snds-key-file"_s, m_dir.filePath(u"key"_s)}
                       + server);
        };
        Run run = watchPass(u"snds-good.sts.test"_s); // .10 green, .12 yellow (first seen: a warning)
        QVERIFY2(run.exitCode == 1, QByteArray(run.out + run.err).constData());
        QVERIFY2(run.out.contains("192.0.2.12  snds  changed:  -> yellow"), run.out.constData());
        QVERIFY2(!run.out.contains("192.0.2.10  snds"), run.out.constData());

        run = watchPass(u"snds-red.sts.test"_s); // .10 red, .12 green
        QVERIFY2(run.exitCode == 2, QByteArray(run.out + run.err).constData());
        QVERIFY2(run.out.contains("192.0.2.10  snds  listed: green -> red"), run.out.constData());
        QVERIFY2(run.out.contains("192.0.2.12  snds  fixed: yellow -> green"), run.out.constData());
        QFile textfile(prom);
        QVERIFY(textfile.open(QIODevice::ReadOnly));
        const QByteArray metrics = textfile.readAll();
        QVERIFY2(metrics.contains("rebound_snds_filter{target=\"192.0.2.10\"} 2"), metrics.constData());
        QVERIFY2(metrics.contains("rebound_snds_filter{target=\"192.0.2.12\"} 0"), metrics.constData());
        textfile.close();

        run = watchPass(u"snds-html.sts.test"_s); // a bad key, no cache: could not check, once
        QVERIFY2(run.exitCode == 3, QByteArray(run.out + run.err).constData());
        QVERIFY2(run.out.contains("192.0.2.10  snds  could_not_check: red -> could_not_check"),
                 run.out.constData());
        run = watchPass(u"snds-html.sts.test"_s);
        QVERIFY2(run.exitCode == 0 && !run.out.contains("snds"), QByteArray(run.out + run.err).constData());

        run = watchPass(u"snds-good.sts.test"_s); // back to green after the outage: good news
        QVERIFY2(run.exitCode == 1, QByteArray(run.out + run.err).constData()); // .12 yellow again
        QVERIFY2(run.out.contains("192.0.2.10  snds  delisted: could_not_check -> green"),
                 run.out.constData());
    }

    // No key anywhere (no file, no variable, no keychain in this session): a clear "no key", never a hang.
    void usage() {
        const Run none = cli({u"snds"_s});
        QCOMPARE(none.exitCode, 64);
        QVERIFY2(none.err.contains("no SNDS key") && none.err.contains("REBOUND_SNDS_KEY"),
                 none.err.constData());
        QCOMPARE(cli({u"snds"_s, u"--key-file"_s, u"/nonexistent/key"_s}).exitCode, 66);
    }
};

QTEST_GUILESS_MAIN(TestCliSnds)
#include "test_cli_snds.moc"
