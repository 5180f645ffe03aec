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

using namespace rebound::smtptest;

class TestCliSmtp : public QObject {
    Q_OBJECT

private:
    TestCertificates m_certs;
    QTemporaryDir m_zones;
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
        for (const QJsonValue& f : json.value(u"findings"_qs).toArray())
            out << f.toObject().value(u"id"_qs).toString();
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
        rebound::lab::DnsLabOptions options;
        options.zonesDir = m_zones.path();
        QVERIFY2(m_lab.start(options, &error), qPrintable(error));
        QVERIFY2(
            m_server.startAiosmtpd(u"127.0.0.1"_qs, m_port, m_certs.good().cert, m_certs.good().key, &error),
            qPrintable(error));
        m_blockedPort = freeTcpPort();
        QVERIFY2(m_blocked1.start(u"127.0.0.3"_qs, m_blockedPort, &error), qPrintable(error));
        QVERIFY2(m_blocked2.start(u"127.0.0.4"_qs, m_blockedPort, &error), qPrintable(error));
    }

    void jsonForAnIp() {
        const Run run = cli({u"smtp"_qs, u"127.0.0.1:"_qs + QString::number(m_port), u"--ehlo"_qs,
                             u"probe.rebound.test"_qs, u"--ca-file"_qs, m_certs.caFile(), u"--dns"_qs,
                             m_lab.server(), u"--json"_qs});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        for (const char* key :
             {"host", "address", "banner", "ehlo", "starttls", "transcript", "findings", "probes"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        QCOMPARE(json.value(u"address"_qs).toString(), u"127.0.0.1"_qs);
        QCOMPARE(json.value(u"ehlo"_qs).toObject().value(u"name_sent"_qs).toString(),
                 u"probe.rebound.test"_qs);
        const QJsonObject starttls = json.value(u"starttls"_qs).toObject();
        QCOMPARE(starttls.value(u"offered"_qs).toBool(), true);
        QCOMPARE(starttls.value(u"handshake"_qs).toString(), u"succeeded"_qs);
        // Only the IP to go by: the certificate is checked against the banner's name, which it lacks.
        QCOMPARE(starttls.value(u"summary"_qs).toString(), u"Trusted"_qs);
        QVERIFY(starttls.value(u"expires_days"_qs).toInt() > 0);
        QVERIFY(starttls.value(u"verify_errors"_qs).toArray().isEmpty());
        QVERIFY(json.value(u"transcript"_qs).toObject().value(u"entries"_qs).toArray().size() > 5);
        QVERIFY(json.value(u"dns"_qs).isNull());
    }

    void hostNameAndGlobalPort() {
        // --smtp-port as a global option before the command, the port taken from it.
        const Run run = cli({u"--dns"_qs, m_lab.server(), u"--smtp-port"_qs, QString::number(m_port),
                             u"smtp"_qs, u"mx.smtp.test"_qs, u"--ca-file"_qs, m_certs.caFile(), u"--json"_qs,
                             u"--connect-timeout"_qs, u"500"_qs});
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(u"host"_qs).toString(), u"mx.smtp.test"_qs);
        QCOMPARE(json.value(u"port"_qs).toInt(), int(m_port));
        // aiosmtpd listens on 127.0.0.1 only here, so ::1 is refused: an error about the server.
        QCOMPARE(json.value(u"probes"_qs).toArray().size(), 2);
        QCOMPARE(json.value(u"starttls"_qs).toObject().value(u"summary"_qs).toString(), u"Verified"_qs);
        QVERIFY(ids(json).contains(u"smtp.connect_refused"_qs));
        QVERIFY(ids(json).contains(u"smtp.tls.dane_match"_qs));
        QCOMPARE(run.exitCode, 1);
    }

    void portBlockedLocally() {
        const Run run = cli({u"--dns"_qs, m_lab.server(), u"smtp"_qs, u"--mx"_qs, u"blocked.smtp.test"_qs,
                             u"--smtp-port"_qs, QString::number(m_blockedPort), u"--connect-timeout"_qs,
                             u"300"_qs, u"--json"_qs});
        QCOMPARE(run.exitCode, 3);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(u"hosts"_qs).toArray().size(), 2);
        QVERIFY(ids(json).contains(u"smtp.port_blocked_locally"_qs));
    }

    void text() {
        const Run run = cli({u"smtp"_qs, u"127.0.0.1:"_qs + QString::number(m_port), u"--ca-file"_qs,
                             m_certs.caFile(), u"--dns"_qs, m_lab.server()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("C EHLO"));
        QVERIFY(run.out.contains("TLS: TLSv1.3"));
    }

    void usage_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no host") << QStringList{u"smtp"_qs};
        QTest::newRow("bad port") << QStringList{u"smtp"_qs, u"127.0.0.1:99999"_qs};
        QTest::newRow("bad host") << QStringList{u"smtp"_qs, u"a:b:c"_qs};
        QTest::newRow("ehlo with space") << QStringList{u"smtp"_qs, u"127.0.0.1"_qs, u"--ehlo"_qs, u"a b"_qs};
        QTest::newRow("bad timeout") << QStringList{u"smtp"_qs, u"127.0.0.1"_qs, u"--stage-timeout"_qs,
                                                    u"x"_qs};
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
