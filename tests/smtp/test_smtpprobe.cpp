// SmtpProbe against real servers on loopback: the adversarial server (what no real server does on
// demand), Postfix's smtp-sink (rejections, disconnects, no ESMTP) and aiosmtpd with STARTTLS and
// certificates made at test time. Every case must end within its deadline with the right finding.
#include "adversarialserver.h"
#include "core/bounce/bounceanalyzer.h"
#include "core/smtp/smtpjson.h"
#include "core/smtp/smtpprobe.h"
#include "serverprocess.h"
#include "testcertificates.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTest>

#include <openssl/x509_vfy.h>

using namespace Qt::StringLiterals;

using namespace rebound;
using namespace rebound::smtp;
using namespace rebound::smtptest;
using Behaviour = AdversarialServer::Behaviour;

Q_DECLARE_METATYPE(Behaviour)

namespace {

SmtpProbeOptions shortDeadlines() {
    SmtpProbeOptions options;
    options.ehloName = u"probe.rebound.test"_s;
    options.deadlines = {1000, 1500, 1500, 1500, 1500, 1500, 500};
    return options;
}

QStringList findingIds(const SmtpProbeResult& result) {
    QStringList ids;
    for (const Finding& f : result.findings)
        ids << f.id;
    return ids;
}

const Finding* findingById(const SmtpProbeResult& result, const QString& id) {
    for (const Finding& f : result.findings) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

struct Run {
    SmtpProbeResult result;
    qint64 elapsedMs = 0;
};

Run probe(const QString& host, const QHostAddress& address, quint16 port, const SmtpProbeOptions& options,
          int waitMs = 10000) {
    SmtpProbe probe(host, address, port, options);
    QSignalSpy spy(&probe, &SmtpProbe::finished);
    QElapsedTimer clock;
    clock.start();
    probe.start();
    if (!spy.wait(waitMs))
        qWarning("the probe did not finish");
    Run run{probe.result(), clock.elapsed()};
    return run;
}

} // namespace

class TestSmtpProbe : public QObject {
    Q_OBJECT

private:
    TestCertificates m_certs;

private slots:
    void initTestCase() {
        QString error;
        QVERIFY2(m_certs.generate(&error), qPrintable(error));
    }

    void adversarial_data() {
        QTest::addColumn<Behaviour>("behaviour");
        QTest::addColumn<QString>("end");
        QTest::addColumn<QString>("stage");
        QTest::addColumn<QString>("finding");
        QTest::addColumn<QString>("absentFinding");
        QTest::addColumn<int>("maxMs");
        QTest::newRow("554 at connect") << Behaviour::RejectAtConnect << u"rejected_at_connect"_s << u"quit"_s
                                        << u"smtp.rejected_at_connect"_s << u"smtp.no_starttls"_s << 1000;
        QTest::newRow("greylisting at connect") << Behaviour::GreylistAtConnect << u"deferred_at_connect"_s
                                                << u"quit"_s << u"smtp.greylisting"_s << QString() << 1000;
        QTest::newRow("banner never ends") << Behaviour::NeverEndingBanner << u"protocol_error"_s
                                           << u"banner"_s << u"smtp.protocol_error"_s << QString() << 1500;
        QTest::newRow("1 MB line") << Behaviour::HugeLine << u"protocol_error"_s << u"banner"_s
                                   << u"smtp.protocol_error"_s << QString() << 1500;
        QTest::newRow("one byte a second")
            << Behaviour::Trickle << u"timeout"_s << u"banner"_s << u"smtp.timeout"_s << QString() << 2500;
        QTest::newRow("no banner") << Behaviour::Silent << u"timeout"_s << u"banner"_s << u"smtp.timeout"_s
                                   << QString() << 2500;
        QTest::newRow("slow banner") << Behaviour::SlowBanner << u"completed"_s << u"quit"_s
                                     << u"smtp.slow_banner"_s << u"smtp.timeout"_s << 3000;
        QTest::newRow("garbage instead of TLS")
            << Behaviour::GarbageTls << u"tls_failed"_s << u"handshake"_s
            << u"smtp.starttls_handshake_failed"_s << u"smtp.no_starttls"_s << 2500;
        QTest::newRow("plain SMTP instead of TLS")
            << Behaviour::PlainAfterStartTls << u"tls_failed"_s << u"handshake"_s
            << u"smtp.starttls_handshake_failed"_s << u"smtp.no_starttls"_s << 2500;
        QTest::newRow("bytes after STARTTLS 220")
            << Behaviour::InjectAfterStartTls << u"completed"_s << u"quit"_s << u"smtp.starttls_injection"_s
            << QString() << 3000;
        QTest::newRow("banner reply never finished") << Behaviour::StalledReply << u"timeout"_s << u"banner"_s
                                                     << u"smtp.timeout"_s << QString() << 2500;
        QTest::newRow("EHLO reply never ends") << Behaviour::EhloNeverEnds << u"protocol_error"_s << u"ehlo"_s
                                               << u"smtp.protocol_error"_s << QString() << 2500;
        QTest::newRow("8 MiB of noise instead of TLS")
            << Behaviour::TlsGarbageFlood << u"tls_failed"_s << u"handshake"_s
            << u"smtp.starttls_handshake_failed"_s << QString() << 2500;
        QTest::newRow("normal") << Behaviour::Normal << u"completed"_s << u"quit"_s << u"smtp.tls.summary"_s
                                << u"smtp.tls.untrusted"_s << 3000;
        // Each stage has its own deadline (1500 ms here; QUIT 500 ms, after which the result stands).
        QTest::newRow("no answer to EHLO") << Behaviour::SilentToEhlo << u"timeout"_s << u"ehlo"_s
                                           << u"smtp.timeout"_s << u"smtp.no_starttls"_s << 2500;
        QTest::newRow("no answer to STARTTLS") << Behaviour::SilentToStartTls << u"timeout"_s << u"starttls"_s
                                               << u"smtp.timeout"_s << QString() << 2500;
        QTest::newRow("handshake never answered")
            << Behaviour::StalledHandshake << u"timeout"_s << u"handshake"_s
            << u"smtp.starttls_handshake_failed"_s << u"smtp.no_starttls"_s << 2500;
        QTest::newRow("no answer to EHLO over TLS")
            << Behaviour::SilentToEhloOverTls << u"timeout"_s << u"ehlo_tls"_s << u"smtp.timeout"_s
            << QString() << 2500;
        QTest::newRow("no answer to QUIT") << Behaviour::SilentToQuit << u"completed"_s << u"quit"_s
                                           << u"smtp.tls.summary"_s << u"smtp.timeout"_s << 1500;
    }

    void adversarial() {
        QFETCH(Behaviour, behaviour);
        QFETCH(QString, end);
        QFETCH(QString, stage);
        QFETCH(QString, finding);
        QFETCH(QString, absentFinding);
        QFETCH(int, maxMs);
        if ((behaviour == Behaviour::InjectAfterStartTls || behaviour == Behaviour::Normal
             || behaviour == Behaviour::SilentToEhloOverTls || behaviour == Behaviour::SilentToQuit)
            && !QSslSocket::supportsSsl())
            QSKIP("Qt has no TLS backend for the test server");
        AdversarialServer server(behaviour);
        server.setCertificate(m_certs.good().cert, m_certs.good().key);
        server.delayMs = 300;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        SmtpProbeOptions options = shortDeadlines();
        options.caFile = m_certs.caFile();
        options.slowBannerMs = 200;
        const Run run = probe(u"mx.smtp.test"_s, QHostAddress::LocalHost, server.serverPort(), options);
        const SmtpProbeResult& r = run.result;
        QCOMPARE(endName(r.end), end);
        QCOMPARE(stageName(r.endStage), stage);
        QVERIFY2(findingIds(r).contains(finding), qPrintable(findingIds(r).join(u' ')));
        if (!absentFinding.isEmpty())
            QVERIFY2(!findingIds(r).contains(absentFinding), qPrintable(findingIds(r).join(u' ')));
        QVERIFY2(run.elapsedMs < maxMs, qPrintable(QString::number(run.elapsedMs)));
        QVERIFY(r.bytesReceived <= options.maxBytes);
        QVERIFY(!r.transcript.entries.isEmpty());
        // The transcript is bounded whatever the server sends: lines cut (an escape may straddle the cut,
        // then the ellipsis), entries capped and the rest counted.
        QVERIFY(r.transcript.entries.size() <= r.transcript.maxEntries);
        for (const Transcript::Entry& entry : r.transcript.entries)
            QVERIFY2(entry.text.size() <= r.transcript.maxLineChars + 5, qPrintable(entry.text.left(80)));
        const qsizetype transcriptJson =
            QJsonDocument(toJson(r).value(u"transcript"_s).toArray()).toJson(QJsonDocument::Compact).size();
        QVERIFY2(transcriptJson < 300 * 1024, qPrintable(QString::number(transcriptJson)));
        // The probe never sends a message.
        for (const QByteArray verb : {"MAIL", "RCPT", "DATA"})
            QVERIFY(!server.received().contains(verb));

        if (behaviour == Behaviour::RejectAtConnect) {
            // The whole text is kept for the bounce analyser.
            const QString rejection = findingById(r, finding)->evidence.join(u' ');
            QVERIFY(rejection.contains(u"zen.spamhaus.org"_s));
            // ... and the bounce analyser reads the list and the sending IP out of it.
            const bounce::BounceAnalysis analysis = bounce::analyzeBounce(rejection);
            QVERIFY2(!analysis.recipients.isEmpty(), qPrintable(analysis.error));
            QVERIFY2(analysis.recipients.first().blocklists.contains(u"zen.spamhaus.org"_s),
                     qPrintable(analysis.recipients.first().blocklists.join(u' ')));
            QCOMPARE(analysis.recipients.first().senderIp, u"127.0.0.1"_s);
            QCOMPARE(r.banner->enhancedCode, u"5.7.1"_s);
            QVERIFY(r.quit && r.quit->code == 221);
        }
        if (behaviour == Behaviour::HugeLine)
            QVERIFY(r.bytesReceived < 300 * 1024);
        if (behaviour == Behaviour::Trickle)
            QVERIFY(!r.partialReply.isEmpty());
        if (behaviour == Behaviour::InjectAfterStartTls) {
            QCOMPARE(r.starttls.bytesAfterReady, QByteArray("250 injected\r\n"));
            QCOMPARE(r.starttls.handshake, StartTlsResult::Handshake::Succeeded);
            QVERIFY(r.ehloTls && r.ehloTls->code == 250);
        }
        if (behaviour == Behaviour::PlainAfterStartTls)
            QVERIFY2(r.starttls.error.contains(u"plain text instead of TLS: 500 5.5.1"_s),
                     qPrintable(r.starttls.error));
        if (behaviour == Behaviour::GarbageTls) {
            QVERIFY(!r.starttls.error.contains(u"plain text"_s));
            QCOMPARE(r.starttls.handshake, StartTlsResult::Handshake::Failed);
            QVERIFY(r.starttls.offered);
            QVERIFY(!r.starttls.error.isEmpty());
        }
        if (behaviour == Behaviour::StalledHandshake)
            QCOMPARE(r.starttls.handshake, StartTlsResult::Handshake::TimedOut);
        if (behaviour == Behaviour::SilentToEhloOverTls)
            QCOMPARE(r.starttls.handshake, StartTlsResult::Handshake::Succeeded);
        if (behaviour == Behaviour::SilentToQuit) {
            QVERIFY(!r.quit);
            QVERIFY(r.ehloTls && r.ehloTls->code == 250);
        }
        if (behaviour == Behaviour::Normal) {
            QCOMPARE(r.starttls.summary, u"Verified"_s);
            QVERIFY(r.capabilitiesTls.contains(u"SIZE 1000"_s));
            QVERIFY(r.quit && r.quit->code == 221);
        }
    }

    // Untrusted text never reaches the result unescaped: no control character in what is shown.
    void hostileTextIsEscaped() {
        AdversarialServer server(Behaviour::HostileText);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        const Run run =
            probe(u"mx.smtp.test"_s, QHostAddress::LocalHost, server.serverPort(), shortDeadlines());
        const SmtpProbeResult& r = run.result;
        QCOMPARE(r.end, ProbeEnd::Completed);
        const auto clean = [](const QString& text) {
            return std::none_of(text.cbegin(), text.cend(),
                                [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
        };
        QVERIFY2(clean(r.bannerName), qPrintable(r.bannerName));
        QVERIFY(r.bannerName.startsWith(u"evil\\027[31m\\000\\255"_s));
        for (const QString& capability : r.capabilities)
            QVERIFY2(clean(capability), qPrintable(capability));
        for (const Transcript::Entry& entry : r.transcript.entries)
            QVERIFY2(clean(entry.text), qPrintable(entry.text));
        const QByteArray json = QJsonDocument(toJson(r)).toJson();
        QVERIFY(!json.contains('\x1b'));
        QVERIFY(!json.contains("\\u001b"));
    }

    void cancelWhileWaiting() {
        AdversarialServer server(Behaviour::Silent);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        SmtpProbe probe(u"mx.smtp.test"_s, QHostAddress::LocalHost, server.serverPort(), shortDeadlines());
        QSignalSpy spy(&probe, &SmtpProbe::finished);
        probe.start();
        QTRY_VERIFY(probe.result().connectMs >= 0);
        probe.cancel();
        QVERIFY(probe.isFinished());
        QVERIFY(spy.isEmpty()); // always asynchronous
        QVERIFY(spy.wait(1000));
        QCOMPARE(probe.result().end, ProbeEnd::Cancelled);
        QVERIFY(probe.result().findings.isEmpty()); // a cancelled probe says nothing about the server
    }

    void connectRefusedAndTimeout() {
        const quint16 closedPort = freeTcpPort();
        Run run = probe(u"127.0.0.1"_s, QHostAddress::LocalHost, closedPort, shortDeadlines());
        QCOMPARE(run.result.end, ProbeEnd::ConnectRefused);
        QVERIFY(findingIds(run.result).contains(u"smtp.connect_refused"_s));

        BackloggedPort filtered;
        const quint16 port = freeTcpPort();
        QString error;
        QVERIFY2(filtered.start(u"127.0.0.1"_s, port, &error), qPrintable(error));
        run = probe(u"127.0.0.1"_s, QHostAddress::LocalHost, port, shortDeadlines());
        QCOMPARE(run.result.end, ProbeEnd::ConnectTimeout);
        QVERIFY(findingIds(run.result).contains(u"smtp.connect_timeout"_s));
        QVERIFY(run.elapsedMs < 2000);
        QVERIFY(!run.result.connected());
    }

    void smtpSink_data() {
        QTest::addColumn<QStringList>("switches");
        QTest::addColumn<QString>("end");
        QTest::addColumn<QString>("finding");
        QTest::newRow("plain ESMTP") << QStringList{} << u"completed"_s << u"smtp.no_starttls"_s;
        QTest::newRow("5xx at connect") << QStringList{u"-f"_s, u"connect"_s} << u"rejected_at_connect"_s
                                        << u"smtp.rejected_at_connect"_s;
        QTest::newRow("4xx at connect") << QStringList{u"-r"_s, u"connect"_s} << u"deferred_at_connect"_s
                                        << u"smtp.deferred_at_connect"_s;
        QTest::newRow("no ESMTP") << QStringList{u"-e"_s} << u"completed"_s << u"smtp.no_esmtp"_s;
        QTest::newRow("421 to EHLO") << QStringList{u"-Q"_s, u"ehlo"_s} << u"closed_by_server"_s
                                     << u"smtp.closed_by_server"_s;
        QTest::newRow("hang-up at EHLO")
            << QStringList{u"-q"_s, u"ehlo"_s} << u"closed_by_server"_s << u"smtp.closed_by_server"_s;
    }

    void smtpSink() {
        QFETCH(QStringList, switches);
        QFETCH(QString, end);
        QFETCH(QString, finding);
        ServerProcess sink;
        const quint16 port = freeTcpPort();
        QString error;
        QVERIFY2(sink.startSmtpSink(u"127.0.0.1"_s, port, switches, &error), qPrintable(error));
        const Run run = probe(u"127.0.0.1"_s, QHostAddress::LocalHost, port, shortDeadlines());
        QCOMPARE(endName(run.result.end), end);
        QVERIFY2(findingIds(run.result).contains(finding), qPrintable(findingIds(run.result).join(u' ')));
        QVERIFY(run.elapsedMs < 3000);
        if (switches.isEmpty()) {
            QCOMPARE(run.result.bannerName, u"mx.sink.test"_s);
            QVERIFY(run.result.capabilities.contains(u"PIPELINING"_s));
            QVERIFY(!run.result.starttls.offered);
        }
        if (switches == QStringList{u"-e"_s})
            QVERIFY(run.result.usedHelo);
    }

    void aiosmtpdTls_data() {
        QTest::addColumn<QString>("cert");
        QTest::addColumn<QString>("summary");
        QTest::addColumn<QStringList>("errors"); // "depth:code"
        QTest::addColumn<bool>("nameMatch");
        QTest::addColumn<QStringList>("findings");
        QTest::newRow("good") << u"good"_s << u"Verified"_s << QStringList{} << true
                              << QStringList{u"smtp.tls.summary"_s};
        QTest::newRow("self-signed") << u"selfsigned"_s << u"Untrusted"_s
                                     << QStringList{QStringLiteral("0:%1").arg(
                                            X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT)}
                                     << true << QStringList{u"smtp.tls.untrusted"_s};
        QTest::newRow("expired") << u"expired"_s << u"Untrusted"_s
                                 << QStringList{QStringLiteral("0:%1").arg(X509_V_ERR_CERT_HAS_EXPIRED)}
                                 << true << QStringList{u"smtp.tls.expired"_s, u"smtp.tls.untrusted"_s};
        QTest::newRow("wrong name") << u"wrongname"_s << u"Trusted"_s << QStringList{} << false
                                    << QStringList{u"smtp.tls.name_mismatch"_s};
        QTest::newRow("short key") << u"shortkey"_s << u"Verified"_s << QStringList{} << true
                                   << QStringList{u"smtp.tls.weak_key"_s};
        // Every error at every depth, not just the last one.
        QTest::newRow("expired leaf, untrusted root")
            << u"untrusted"_s << u"Untrusted"_s
            << QStringList{QStringLiteral("0:%1").arg(X509_V_ERR_CERT_HAS_EXPIRED),
                           QStringLiteral("1:%1").arg(X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN)}
            << true << QStringList{u"smtp.tls.expired"_s, u"smtp.tls.untrusted"_s};
    }

    void aiosmtpdTls() {
        QFETCH(QString, cert);
        QFETCH(QString, summary);
        QFETCH(QStringList, errors);
        QFETCH(bool, nameMatch);
        QFETCH(QStringList, findings);
        ServerProcess server;
        const quint16 port = freeTcpPort();
        QString error;
        const auto pair = m_certs.byName(cert);
        QVERIFY2(server.startAiosmtpd(u"127.0.0.1"_s, port, pair.cert, pair.key, &error), qPrintable(error));
        SmtpProbeOptions options = shortDeadlines();
        options.caFile = m_certs.caFile();
        const Run run = probe(u"mx.smtp.test"_s, QHostAddress::LocalHost, port, options);
        const SmtpProbeResult& r = run.result;
        QCOMPARE(endName(r.end), u"completed"_s);
        const StartTlsResult& tls = r.starttls;
        QVERIFY(tls.offered);
        QCOMPARE(tls.handshake, StartTlsResult::Handshake::Succeeded);
        QCOMPARE(tls.summary, summary);
        QStringList seen;
        for (const VerifyError& e : tls.verifyErrors)
            seen << QStringLiteral("%1:%2").arg(e.depth).arg(e.code);
        seen.sort();
        errors.sort();
        QCOMPARE(seen, errors);
        QCOMPARE(tls.nameMatch, nameMatch);
        for (const QString& id : findings)
            QVERIFY2(findingIds(r).contains(id), qPrintable(id + u" not in "_s + findingIds(r).join(u' ')));
        QVERIFY(tls.protocol.startsWith(u"TLSv1."_s));
        QVERIFY(!tls.cipher.isEmpty());
        QVERIFY(!tls.group.isEmpty());
        QVERIFY(!tls.chainSent.isEmpty());
        QVERIFY(tls.expiresDays.has_value());
        QVERIFY(r.ehloTls && r.ehloTls->code == 250);
        const QString spki = TestCertificates::spkiSha256(pair.cert, &error);
        QCOMPARE(tls.tlsa311, u"3 1 1 "_s + spki);
        // The certificate is checked against the MX name and, for information, the banner's name
        // (aiosmtpd greets as mx.aiosmtpd.test, which no test certificate names).
        QStringList checks;
        for (const NameCheck& check : tls.nameChecks)
            checks
                << QStringLiteral("%1 %2 %3").arg(check.role, check.name, check.matches ? u"yes"_s : u"no"_s);
        QVERIFY2(checks.contains(QStringLiteral("mx mx.smtp.test %1").arg(nameMatch ? u"yes"_s : u"no"_s)),
                 qPrintable(checks.join(u'|')));
        QVERIFY2(checks.contains(u"banner mx.aiosmtpd.test no"_s), qPrintable(checks.join(u'|')));
        if (cert == u"good") {
            QCOMPARE(tls.chainVerified.size(), 2);
            QVERIFY(tls.chainTrusted);
            QVERIFY(*tls.expiresDays >= 28 && *tls.expiresDays <= 30);
            QVERIFY(!tls.ocsp.present);
        }
        if (cert == u"expired")
            QVERIFY(*tls.expiresDays < -365);
        if (cert == u"shortkey")
            QCOMPARE(tls.chainSent.first().keyBits, 1024);
        // The JSON carries the keys the issue asks for.
        const QJsonObject json = toJson(r);
        for (const char* key : {"host", "address", "banner", "ehlo", "starttls", "transcript", "findings"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        const QJsonObject starttls = json.value(u"starttls"_s).toObject();
        for (const char* key : {"offered", "handshake", "protocol", "cipher", "verify_errors", "name_match",
                                "expires_days", "summary"})
            QVERIFY2(starttls.contains(QLatin1String(key)), key);
        QCOMPARE(starttls.value(u"verify_errors"_s).toArray().size(), errors.size());
    }

    void implicitTls_data() {
        QTest::addColumn<bool>("tlsServer");
        QTest::newRow("SMTPS server") << true;
        QTest::newRow("plain server on the TLS port") << false;
    }

    void implicitTls() {
        QFETCH(bool, tlsServer);
        ServerProcess server;
        const quint16 port = freeTcpPort();
        QString error;
        if (tlsServer)
            QVERIFY2(server.startAiosmtpd(u"127.0.0.1"_s, port, m_certs.good().cert, m_certs.good().key,
                                          &error, true),
                     qPrintable(error));
        else
            QVERIFY2(server.startSmtpSink(u"127.0.0.1"_s, port, {}, &error), qPrintable(error));
        SmtpProbeOptions options = shortDeadlines();
        options.caFile = m_certs.caFile();
        options.implicitTls = true;
        const Run run = probe(u"mx.smtp.test"_s, QHostAddress::LocalHost, port, options);
        const SmtpProbeResult& r = run.result;
        QVERIFY(r.starttls.implicitTls);
        QVERIFY(!findingIds(r).contains(u"smtp.no_starttls"_s));
        QVERIFY(run.elapsedMs < 3000);
        if (tlsServer) {
            QCOMPARE(endName(r.end), u"completed"_s);
            QCOMPARE(r.starttls.summary, u"Verified"_s);
            QVERIFY(r.banner && r.banner->code == 220);
            QVERIFY(r.ehlo && r.ehlo->code == 250);
            QVERIFY(r.quit && r.quit->code == 221);
        } else {
            QCOMPARE(endName(r.end), u"tls_failed"_s);
            QVERIFY(findingIds(r).contains(u"smtp.starttls_handshake_failed"_s));
        }
    }

    // openssl s_server (implicit TLS) for what aiosmtpd does not do: staple the test CA's OCSP answer,
    // anonymous ciphers (no certificate at all), TLS 1.0 only.
    void openSslServer_data() {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("summary");
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<QString>("ocspStatus"); // empty: no staple
        QTest::addColumn<QString>("finding");
        QTest::addColumn<QString>("absentFinding");
        QTest::newRow("OCSP staple, good") << u"good"_s << u"Verified"_s << QString() << u"good"_s
                                           << u"smtp.tls.summary"_s << u"smtp.tls.ocsp_not_good"_s;
        QTest::newRow("OCSP staple, revoked") << u"revoked"_s << u"Verified"_s << QString() << u"revoked"_s
                                              << u"smtp.tls.ocsp_not_good"_s << QString();
        QTest::newRow("anonymous") << u"anonymous"_s << u"Anonymous"_s << u"TLSv1.2"_s << QString()
                                   << u"smtp.tls.summary"_s << u"smtp.tls.untrusted"_s;
        QTest::newRow("TLS 1.0 only") << u"tls1"_s << u"Verified"_s << u"TLSv1"_s << QString()
                                      << u"smtp.tls.old_protocol"_s << QString();
    }

    void openSslServer() {
        QFETCH(QString, setup);
        QFETCH(QString, summary);
        QFETCH(QString, protocol);
        QFETCH(QString, ocspStatus);
        QFETCH(QString, finding);
        QFETCH(QString, absentFinding);
        QStringList switches;
        if (setup == u"anonymous") {
            switches << u"-nocert"_s << u"-cipher"_s << u"aNULL:@SECLEVEL=0"_s << u"-tls1_2"_s;
        } else {
            const auto pair = m_certs.byName(setup == u"tls1" ? u"good"_s : setup);
            switches << u"-cert"_s << pair.cert << u"-key"_s << pair.key;
            if (setup == u"tls1")
                switches << u"-tls1"_s << u"-cipher"_s << u"ALL:@SECLEVEL=0"_s;
            else
                switches << u"-status_file"_s << m_certs.ocspResponse(setup);
        }
        ServerProcess server;
        const quint16 port = freeTcpPort();
        QString error;
        QVERIFY2(server.startOpenSslSmtps(port, switches, &error), qPrintable(error));
        SmtpProbeOptions options = shortDeadlines();
        options.caFile = m_certs.caFile();
        options.implicitTls = true;
        const Run run = probe(u"mx.smtp.test"_s, QHostAddress::LocalHost, port, options);
        const SmtpProbeResult& r = run.result;
        QCOMPARE(endName(r.end), u"completed"_s);
        const StartTlsResult& tls = r.starttls;
        QCOMPARE(tls.handshake, StartTlsResult::Handshake::Succeeded);
        QCOMPARE(tls.summary, summary);
        if (!protocol.isEmpty())
            QCOMPARE(tls.protocol, protocol);
        QVERIFY2(findingIds(r).contains(finding), qPrintable(findingIds(r).join(u' ')));
        if (!absentFinding.isEmpty())
            QVERIFY2(!findingIds(r).contains(absentFinding), qPrintable(findingIds(r).join(u' ')));
        QCOMPARE(tls.ocsp.present, !ocspStatus.isEmpty());
        const QJsonObject ocsp = toJson(r).value(u"starttls"_s).toObject().value(u"ocsp"_s).toObject();
        QCOMPARE(ocsp.value(u"present"_s).toBool(), !ocspStatus.isEmpty());
        if (!ocspStatus.isEmpty()) {
            QCOMPARE(tls.ocsp.responseStatus, u"successful"_s);
            QCOMPARE(tls.ocsp.certStatus, ocspStatus);
            QCOMPARE(ocsp.value(u"cert_status"_s).toString(), ocspStatus);
        }
        if (setup == u"anonymous") {
            QVERIFY(tls.chainSent.isEmpty());
            QVERIFY(tls.tlsa311.isEmpty());
        }
    }

    void daneAgainstTlsa_data() {
        QTest::addColumn<QString>("record"); // "spki" for the right 3 1 1, else the hex to publish
        QTest::addColumn<bool>("matched");
        QTest::addColumn<bool>("validated");
        QTest::newRow("3 1 1 matches") << u"spki"_s << true << true;
        QTest::newRow("3 1 1 stale") << QString(64, u'a') << false << true;
        // RFC 7672 2.2: records that are not DNSSEC-validated are not checked at all.
        QTest::newRow("not validated") << u"spki"_s << false << false;
    }

    void daneAgainstTlsa() {
        QFETCH(QString, record);
        QFETCH(bool, matched);
        QFETCH(bool, validated);
        ServerProcess server;
        const quint16 port = freeTcpPort();
        QString error;
        // A self-signed certificate: DANE-EE needs no CA at all.
        QVERIFY2(server.startAiosmtpd(u"127.0.0.1"_s, port, m_certs.selfSigned().cert,
                                      m_certs.selfSigned().key, &error),
                 qPrintable(error));
        const QString hex =
            record == u"spki" ? TestCertificates::spkiSha256(m_certs.selfSigned().cert, &error) : record;
        SmtpProbeOptions options = shortDeadlines();
        options.caFile = m_certs.caFile();
        options.tlsa << TlsaRecord{3, 1, 1, QByteArray::fromHex(hex.toLatin1())};
        options.tlsaAuthenticated = validated;
        const Run run = probe(u"mx.smtp.test"_s, QHostAddress::LocalHost, port, options);
        const StartTlsResult& tls = run.result.starttls;
        QCOMPARE(tls.dane.checked, validated);
        QCOMPARE(tls.dane.matched, matched);
        QCOMPARE(tls.dane.dnssecValidated, validated);
        QCOMPARE(tls.summary, matched ? u"Verified"_s : u"Untrusted"_s);
        const QStringList ids = findingIds(run.result);
        if (validated)
            QVERIFY(ids.contains(matched ? u"smtp.tls.dane_match"_s : u"smtp.tls.dane_mismatch"_s));
        else
            QVERIFY(!ids.contains(u"smtp.tls.dane_match"_s) && !ids.contains(u"smtp.tls.dane_mismatch"_s)
                    && tls.dane.error == u"not DNSSEC-validated");
        if (matched)
            QCOMPARE(tls.dane.matchedRecord, u"3 1 1 "_s + hex);
    }
};

QTEST_GUILESS_MAIN(TestSmtpProbe)
#include "test_smtpprobe.moc"
