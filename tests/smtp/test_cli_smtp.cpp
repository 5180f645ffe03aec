// rebound-cli smtp, run as a real process against the DNS lab and aiosmtpd on loopback.
#include "adversarialserver.h"
#include "lab/dnslab.h"
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
        QVERIFY(ids(json).contains(u"dane.match"_s));
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
