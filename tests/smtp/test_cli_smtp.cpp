// rebound-cli smtp, run as a real process against the DNS lab and aiosmtpd on loopback.
#include "adversarialserver.h"
#include "lab/dnslab.h"
#include "mailboxzones.h"
#include "serverprocess.h"
#include "smtpzones.h"
#include "testcertificates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace rebound::smtptest;

class TestCliSmtp : public QObject {
    Q_OBJECT

private:
    TestCertificates m_certs;
    QTemporaryDir m_zones;
    QTemporaryDir m_keys;
    QString m_anchor; // the key smtp.test is signed with: the trust anchor of the DANE lookups
    rebound::lab::DnsLab m_lab;
    ServerProcess m_server;
    quint16 m_port = 0;
    quint16 m_blockedPort = 0;
    BackloggedPort m_blocked1;
    BackloggedPort m_blocked2;
    ServerProcess m_mailboxServer;
    quint16 m_mailboxPort = 0;
    QTemporaryDir m_config; // XDG_CONFIG_HOME of the address runs: the probe rate limit starts empty
    QString m_mailboxLog;

    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run cli(const QStringList& args) {
        QProcess process;
        process.start(QStringLiteral(REBOUND_CLI_PATH), args);
        if (!process.waitForFinished(30000))
            qFatal("rebound-cli did not finish");
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

    // rebound-cli address ADDRESS --probe against the mailbox server, with a config home of its own.
    Run probe(const QString& address, const QString& from = u"me@sender.test"_s) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, m_config.path());
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(REBOUND_CLI_PATH),
                      {u"address"_s, address, u"--probe"_s, u"--from"_s, from, u"--dns"_s, m_lab.server(),
                       u"--smtp-port"_s, QString::number(m_mailboxPort), u"--json"_s});
        if (!process.waitForFinished(30000))
            qFatal("rebound-cli did not finish");
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

    static QJsonObject probeJson(const Run& run) {
        return QJsonDocument::fromJson(run.out).object().value(u"probe"_s).toObject();
    }

    static QStringList ids(const QJsonObject& json) {
        QStringList out;
        for (const QJsonValue& f : json.value(u"findings"_s).toArray())
            out << f.toObject().value(u"id"_s).toString();
        return out;
    }

private slots:
    void initTestCase() {
        QString error;
        QVERIFY2(m_certs.generate(&error), qPrintable(error));
        m_port = freeTcpPort();
        QVERIFY2(writeSmtpZones(m_zones.path(), m_port,
                                TestCertificates::spkiSha256(m_certs.good().cert, &error), &error),
                 qPrintable(error));
        QVERIFY2(writeMailboxZones(m_zones.path(), &error), qPrintable(error));
        QVERIFY2(generateZoneKey(u"smtp.test"_s, m_keys.path(), &m_anchor, &error), qPrintable(error));
        QVERIFY2(signSmtpZone(m_zones.path(), m_anchor, &error), qPrintable(error));
        rebound::lab::DnsLabOptions options;
        options.zonesDir = m_zones.path();
        QVERIFY2(m_lab.start(options, &error), qPrintable(error));
        QVERIFY2(
            m_server.startAiosmtpd(u"127.0.0.1"_s, m_port, m_certs.good().cert, m_certs.good().key, &error),
            qPrintable(error));
        m_blockedPort = freeTcpPort();
        QVERIFY2(m_blocked1.start(u"127.0.0.3"_s, m_blockedPort, &error), qPrintable(error));
        QVERIFY2(m_blocked2.start(u"127.0.0.4"_s, m_blockedPort, &error), qPrintable(error));
        m_mailboxPort = freeTcpPort();
        m_mailboxLog = m_config.filePath(u"mailbox-server.log"_s);
        QVERIFY2(m_mailboxServer.startMailboxServer(m_mailboxPort, m_mailboxLog, m_certs.good().cert,
                                                    m_certs.good().key, &error),
                 qPrintable(error));
    }

    void mailboxProbe_data() {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<int>("rcptCode");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("accepted") << u"known@accept.mbox.test"_s << QString() << u"accepted"_s << 250 << 0;
        QTest::newRow("rejected") << u"nobody@Reject.mbox.test"_s << QString() << u"rejected"_s << 550 << 1;
        QTest::newRow("greylisted") << u"someone@grey.mbox.test"_s << QString() << u"greylisted"_s << 450
                                    << 3;
        QTest::newRow("catch-all") << u"anyone@catchall.mbox.test"_s << QString() << u"catch_all"_s << 250
                                   << 0;
        QTest::newRow("accept-all provider")
            << u"anyone@ymail.mbox.test"_s << QString() << u"unverifiable"_s << 250 << 0;
        QTest::newRow("sender refused")
            << u"known@other.mbox.test"_s << u"refused@sender.test"_s << u"sender_refused"_s << 0 << 3;
        QTest::newRow("null MX") << u"a@nullmx.mbox.test"_s << QString() << u"no_mail_server"_s << 0 << 1;
        // The same domain again at once: the rate limit refuses, and says when it may be probed.
        QTest::newRow("rate limited")
            << u"other@accept.mbox.test"_s << QString() << u"rate_limited"_s << 0 << 3;
    }

    void mailboxProbe() {
        QFETCH(QString, address);
        QFETCH(QString, from);
        QFETCH(QString, verdict);
        QFETCH(int, rcptCode);
        QFETCH(int, exitCode);
        const Run run = from.isEmpty() ? probe(address) : probe(address, from);
        QVERIFY2(run.exitCode == exitCode, run.out.constData());
        const QJsonObject json = probeJson(run);
        QCOMPARE(json.value(u"verdict"_s).toString(), verdict);
        QCOMPARE(json.value(u"rcpt"_s).toObject().value(u"code"_s).toInt(), rcptCode);
        const QJsonArray findings = json.value(u"findings"_s).toArray();
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().toObject().value(u"id"_s).toString(), u"smtp.mailbox."_s + verdict);
        if (verdict == u"accepted") {
            // The random local part at the same domain was refused: the server checks recipients.
            QCOMPARE(json.value(u"random_rcpt"_s).toObject().value(u"code"_s).toInt(), 550);
            QVERIFY(json.value(u"random_address"_s).toString().endsWith(u"@accept.mbox.test"_s));
            QCOMPARE(json.value(u"mail"_s).toObject().value(u"code"_s).toInt(), 250);
            // The envelope went over TLS (STARTTLS offered by the server).
            const QJsonObject host =
                json.value(u"smtp"_s).toObject().value(u"hosts"_s).toArray().first().toObject();
            QCOMPARE(host.value(u"starttls"_s).toObject().value(u"handshake"_s).toString(), u"succeeded"_s);
            QCOMPARE(host.value(u"dialogue"_s).toArray().last().toObject().value(u"command"_s).toString(),
                     u"RSET"_s);
        }
        if (verdict == u"unverifiable")
            QCOMPARE(json.value(u"provider"_s).toObject().value(u"id"_s).toString(), u"yahoo"_s);
        if (verdict == u"rate_limited")
            QVERIFY(json.value(u"retry_after_seconds"_s).toInt() > 0);
    }

    void mailboxProbeNeverSendsData() {
        QFile log(m_mailboxLog);
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray text = log.readAll();
        QVERIFY2(text.contains("RCPT known@accept.mbox.test"), text.constData());
        QVERIFY(text.contains("RSET"));
        QVERIFY2(!text.contains("DATA") && !text.contains("BDAT"), text.constData());
    }

    void mailboxProbeUsage_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("probe without --from")
            << QStringList{u"address"_s, u"a@accept.mbox.test"_s, u"--probe"_s};
        QTest::newRow("bad sender") << QStringList{u"address"_s, u"a@accept.mbox.test"_s, u"--probe"_s,
                                                   u"--from"_s, u"not an address"_s};
        QTest::newRow("bad address") << QStringList{u"address"_s, u"a@@b"_s, u"--probe"_s, u"--from"_s,
                                                    u"me@sender.test"_s};
        QTest::newRow("no address") << QStringList{u"address"_s};
    }

    void mailboxProbeUsage() {
        QFETCH(QStringList, args);
        const Run run = cli(args);
        QCOMPARE(run.exitCode, 64);
        QVERIFY(run.out.isEmpty());
    }

    void addressWithoutProbe() {
        const Run run = cli({u"address"_s, u"someone@accept.mbox.test"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(u"valid"_s).toBool(), true);
        QVERIFY(json.value(u"probe"_s).isNull());
    }

    void jsonForAnIp() {
        const Run run =
            cli({u"smtp"_s, u"127.0.0.1:"_s + QString::number(m_port), u"--ehlo"_s, u"probe.rebound.test"_s,
                 u"--ca-file"_s, m_certs.caFile(), u"--dns"_s, m_lab.server(), u"--json"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        for (const char* key :
             {"host", "address", "banner", "ehlo", "starttls", "transcript", "findings", "probes"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        QCOMPARE(json.value(u"address"_s).toString(), u"127.0.0.1"_s);
        QCOMPARE(json.value(u"ehlo"_s).toObject().value(u"name_sent"_s).toString(), u"probe.rebound.test"_s);
        const QJsonObject starttls = json.value(u"starttls"_s).toObject();
        QCOMPARE(starttls.value(u"offered"_s).toBool(), true);
        QCOMPARE(starttls.value(u"handshake"_s).toString(), u"succeeded"_s);
        // Only the IP to go by: the certificate is checked against the banner's name, which it lacks.
        QCOMPARE(starttls.value(u"summary"_s).toString(), u"Trusted"_s);
        QVERIFY(starttls.value(u"expires_days"_s).toInt() > 0);
        QVERIFY(starttls.value(u"verify_errors"_s).toArray().isEmpty());
        QVERIFY(json.value(u"transcript"_s).toObject().value(u"entries"_s).toArray().size() > 5);
        QVERIFY(json.value(u"dns"_s).isNull());
    }

    void hostNameAndGlobalPort() {
        // --smtp-port as a global option before the command, the port taken from it.
        const Run run = cli({u"--dns"_s, m_lab.server(), u"--smtp-port"_s, QString::number(m_port),
                             u"--trust-anchor"_s, m_anchor, u"smtp"_s, u"mx.smtp.test"_s, u"--ca-file"_s,
                             m_certs.caFile(), u"--json"_s, u"--connect-timeout"_s, u"500"_s});
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(u"host"_s).toString(), u"mx.smtp.test"_s);
        QCOMPARE(json.value(u"port"_s).toInt(), int(m_port));
        // aiosmtpd listens on 127.0.0.1 only here, so ::1 is refused: an error about the server.
        QCOMPARE(json.value(u"probes"_s).toArray().size(), 2);
        QCOMPARE(json.value(u"starttls"_s).toObject().value(u"summary"_s).toString(), u"Verified"_s);
        QVERIFY(ids(json).contains(u"smtp.connect_refused"_s));
        QVERIFY(ids(json).contains(u"smtp.tls.dane_match"_s));
        // DANE (RFC 7672): the TLSA records validated by libunbound against the zone's own key.
        const QJsonObject dane = json.value(u"dane"_s).toObject();
        QCOMPARE(dane.value(u"validated"_s).toBool(), true);
        QCOMPARE(dane.value(u"matched"_s).toBool(), true);
        QCOMPARE(dane.value(u"tlsa"_s).toArray().size(), 1);
        QVERIFY(dane.value(u"error"_s).isNull());
        QCOMPARE(run.exitCode, 1);
    }

    void portBlockedLocally() {
        const Run run =
            cli({u"--dns"_s, m_lab.server(), u"smtp"_s, u"--mx"_s, u"blocked.smtp.test"_s, u"--smtp-port"_s,
                 QString::number(m_blockedPort), u"--connect-timeout"_s, u"300"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 3);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(u"hosts"_s).toArray().size(), 2);
        QVERIFY(ids(json).contains(u"smtp.port_blocked_locally"_s));
    }

    void text() {
        const Run run = cli({u"smtp"_s, u"127.0.0.1:"_s + QString::number(m_port), u"--ca-file"_s,
                             m_certs.caFile(), u"--dns"_s, m_lab.server()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("C EHLO"));
        QVERIFY(run.out.contains("TLS: TLSv1.3"));
    }

    void usage_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no host") << QStringList{u"smtp"_s};
        QTest::newRow("bad port") << QStringList{u"smtp"_s, u"127.0.0.1:99999"_s};
        QTest::newRow("bad host") << QStringList{u"smtp"_s, u"a:b:c"_s};
        QTest::newRow("ehlo with space") << QStringList{u"smtp"_s, u"127.0.0.1"_s, u"--ehlo"_s, u"a b"_s};
        QTest::newRow("bad timeout") << QStringList{u"smtp"_s, u"127.0.0.1"_s, u"--stage-timeout"_s, u"x"_s};
    }

    void usage() {
        QFETCH(QStringList, args);
        const Run run = cli(args);
        QCOMPARE(run.exitCode, 64);
        QVERIFY(run.out.isEmpty());
        QVERIFY(!run.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliSmtp)
#include "test_cli_smtp.moc"
