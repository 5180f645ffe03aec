// MTA-STS (RFC 8461): the policy parser and the mx pattern rule offline, then DomainChecker with
// fetchMtaSts against the lab's DNS (tests/https/zones) and https_server.py with the test CA: a good
// policy, an MX the policy does not cover (enforce and testing), an id that differs, bad syntax, and the
// hostile hosts (certificate for another name, 10 MB policy, slow server, redirect to 127.0.0.1); last
// the command line's JSON.
#include "core/auth/domaincheck.h"
#include "core/auth/domainjson.h"
#include "core/auth/mtasts.h"
#include "core/diagnosis/diagnosisrun.h"
#include "core/dns/serverlist.h"
#include "httpslab.h"
#include "lab/clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rebound;
using namespace rebound::auth;

using httpstest::find;
using httpstest::ids;

class TestMtaSts : public QObject {
    Q_OBJECT

private:
    httpstest::HttpsLab m_lab;

    DomainReport check(const QString& domain, int timeoutMs = 10000) {
        DomainCheckRequest request;
        request.domain = domain;
        request.fetchMtaSts = true;
        request.https = m_lab.options(timeoutMs);
        return httpstest::checkDomain(m_lab.resolver(), request);
    }

private slots:
    void initTestCase() {
        QString error;
        QVERIFY2(m_lab.generate(&error), qPrintable(error));
        QVERIFY2(m_lab.start(QStringLiteral(REBOUND_TEST_DATA_DIR "/https/www"), &error), qPrintable(error));
    }

    void parsesAPolicy() {
        const MtaStsPolicy p = parseMtaStsPolicy("version: STSv1\r\nmode: enforce\r\nmx: "
                                                 "mail.example.com\r\nmx: *.example.net\r\nmax_age: 86400\r\n"
                                                 "x-extension: ignored\r\n");
        QVERIFY2(p.valid(), qPrintable(p.errors.join(u"; "_s)));
        QCOMPARE(p.version, u"STSv1"_s);
        QCOMPARE(p.mode, u"enforce"_s);
        QCOMPARE(p.mx, (QStringList{u"mail.example.com"_s, u"*.example.net"_s}));
        QCOMPARE(*p.maxAge, 86400);
        QVERIFY(p.warnings.isEmpty());
    }

    void rejectsBadPolicies() {
        QVERIFY(!parseMtaStsPolicy("").valid());
        QVERIFY(!parseMtaStsPolicy("version: STSv1\r\nmode: enforce\r\nmax_age: 1\r\n").valid()); // no mx
        QVERIFY(parseMtaStsPolicy("version: STSv1\r\nmode: none\r\nmax_age: 1\r\n").valid());
        QVERIFY(!parseMtaStsPolicy("version: STSv1\r\nmode: enforce\r\nmx: a.b\r\nmax_age: 31557601\r\n")
                     .valid());
        QVERIFY(!parseMtaStsPolicy("version: STSv1\r\nmode: enforce\r\nmx: a.b\r\nmax_age: -1\r\n").valid());
        QVERIFY(!parseMtaStsPolicy("version: STSv1\r\nmode: enforce\r\nmx: a.*.b\r\nmax_age: 1\r\n").valid());
        const MtaStsPolicy lf = parseMtaStsPolicy("version: STSv1\nmode: testing\nmx: a.b\nmax_age: 1\n");
        QVERIFY(lf.valid());
        QCOMPARE(lf.warnings.size(), 1);
        // Untrusted bytes come back escaped.
        const MtaStsPolicy hostile = parseMtaStsPolicy("version: STSv1\r\nmode: \x1b[31menforce\r\n");
        QVERIFY(!hostile.mode.contains(QChar(0x1b)));
    }

    void wildcardMatchesOneLabel() {
        QVERIFY(mtaStsMxMatches(u"mx1.example.com"_s, u"*.example.com"_s));
        QVERIFY(mtaStsMxMatches(u"MX1.Example.com."_s, u"*.example.com"_s));
        QVERIFY(!mtaStsMxMatches(u"a.mx1.example.com"_s, u"*.example.com"_s));
        QVERIFY(!mtaStsMxMatches(u"example.com"_s, u"*.example.com"_s));
        QVERIFY(mtaStsMxMatches(u"mail.example.com"_s, u"mail.example.com"_s));
        QVERIFY(!mtaStsMxMatches(u"mail.example.com"_s, u"mail.example.org"_s));
    }

    void goodPolicy() {
        const DomainReport r = check(u"ok.sts.test"_s);
        QVERIFY(r.mtaSts);
        const MtaStsReport& m = *r.mtaSts;
        QVERIFY2(m.fetch.ok(), qPrintable(m.fetch.errorText));
        QCOMPARE(m.fetch.status, 200);
        QVERIFY(m.fetch.certificateOk);
        QVERIFY(m.policy && m.policy->valid());
        QCOMPARE(m.policy->mode, u"enforce"_s);
        QCOMPARE(m.mxMatch.size(), 2);
        for (const MtaStsMxMatch& match : m.mxMatch)
            QVERIFY2(match.matched, qPrintable(match.mx));
        QVERIFY2(m.findings.isEmpty(), qPrintable(ids(m.findings).join(u' ')));
        const QJsonObject json = toJson(r).value(u"mta_sts"_s).toObject();
        QCOMPARE(json.value(u"state"_s).toString(), u"found"_s);
        QCOMPARE(json.value(u"policy"_s).toObject().value(u"max_age"_s).toInt(), 604800);
        QCOMPARE(json.value(u"fetch"_s).toObject().value(u"certificate_ok"_s).toBool(), true);
        QCOMPARE(json.value(u"mx_match"_s).toArray().size(), 2);
    }

    void mxNotCovered() {
        const DomainReport r = check(u"mismatch.sts.test"_s);
        const Finding* f = find(r.mtaSts->findings, u"mta_sts.mx_mismatch"_s);
        QVERIFY2(f, qPrintable(ids(r.mtaSts->findings).join(u' ')));
        QCOMPARE(f->severity, Severity::Error);
        QVERIFY(f->title.contains(u"backup.elsewhere.sts.test"_s));
        QVERIFY(!f->title.contains(u"mx.mismatch.sts.test"_s));
        QVERIFY(find(r.findings, u"mta_sts.mx_mismatch"_s)); // among the domain's findings too
        QVERIFY(find(r.mtaSts->findings, u"mta_sts.no_tls_rpt"_s));
    }

    void testingModeMismatchIsAWarning() {
        const DomainReport r = check(u"testing.sts.test"_s);
        const Finding* f = find(r.mtaSts->findings, u"mta_sts.mx_mismatch"_s);
        QVERIFY(f);
        QCOMPARE(f->severity, Severity::Warning);
        QVERIFY(find(r.mtaSts->findings, u"mta_sts.mode_testing"_s));
    }

    void idMismatch() {
        const DomainReport r = check(u"idmismatch.sts.test"_s);
        QVERIFY2(find(r.mtaSts->findings, u"mta_sts.id_mismatch"_s),
                 qPrintable(ids(r.mtaSts->findings).join(u' ')));
        QCOMPARE(r.mtaSts->policy->id, u"1"_s);
    }

    void badSyntax() {
        const DomainReport r = check(u"badsyntax.sts.test"_s);
        const Finding* f = find(r.mtaSts->findings, u"mta_sts.syntax"_s);
        QVERIFY(f);
        QVERIFY(f->detail.contains(u"STSv2"_s));
        QVERIFY(!r.mtaSts->policy->valid());
    }

    void certificateForAnotherName() {
        const DomainReport r = check(u"wrongname.sts.test"_s);
        const Finding* f = find(r.mtaSts->findings, u"mta_sts.certificate"_s);
        QVERIFY2(f, qPrintable(ids(r.mtaSts->findings).join(u' ')));
        QCOMPARE(f->severity, Severity::Critical);
        QVERIFY(!r.mtaSts->policy);
        QVERIFY(!r.mtaSts->fetch.certificateOk);
    }

    void hugePolicy() {
        const DomainReport r = check(u"big.sts.test"_s);
        QVERIFY2(find(r.mtaSts->findings, u"mta_sts.too_large"_s),
                 qPrintable(ids(r.mtaSts->findings).join(u' ')));
        QVERIFY(r.mtaSts->fetch.body.size() <= kMtaStsMaxPolicyBytes);
    }

    void slowServer() {
        const DomainReport r = check(u"slow.sts.test"_s, 1500);
        QVERIFY2(find(r.mtaSts->findings, u"mta_sts.timeout"_s),
                 qPrintable(ids(r.mtaSts->findings).join(u' ')));
    }

    void redirectRefused() {
        const DomainReport r = check(u"redirect.sts.test"_s);
        const Finding* f = find(r.mtaSts->findings, u"mta_sts.redirect"_s);
        QVERIFY(f);
        QCOMPARE(f->evidence, QStringList{u"https://127.0.0.1/"_s});
    }

    void noMtaStsAtAll() {
        const DomainReport r = check(u"nosts.sts.test"_s);
        QVERIFY(r.mtaSts);
        QVERIFY2(r.mtaSts->findings.isEmpty(), qPrintable(ids(r.mtaSts->findings).join(u' ')));
    }

    void commandLine() {
        const lab::CliRun run =
            lab::runCli(QStringList{u"domain"_s, u"mismatch.sts.test"_s, u"--mta-sts"_s, u"--json"_s}
                        + m_lab.cliOptions());
        QCOMPARE(run.exitCode, 1); // an error finding
        const QJsonObject mta = QJsonDocument::fromJson(run.out).object().value(u"mta_sts"_s).toObject();
        for (const char* key : {"record", "policy", "fetch", "mx_match", "findings"})
            QVERIFY2(mta.contains(QLatin1String(key)), key);
        const QJsonObject policy = mta.value(u"policy"_s).toObject();
        for (const char* key : {"version", "mode", "mx", "max_age"})
            QVERIFY2(policy.contains(QLatin1String(key)), key);
        const QJsonObject fetch = mta.value(u"fetch"_s).toObject();
        for (const char* key : {"url", "status", "certificate_ok", "error"})
            QVERIFY2(fetch.contains(QLatin1String(key)), key);
        QCOMPARE(fetch.value(u"url"_s).toString(),
                 u"https://mta-sts.mismatch.sts.test/.well-known/mta-sts.txt"_s);
        const QJsonArray match = mta.value(u"mx_match"_s).toArray();
        QCOMPARE(match.size(), 2);
        // Without the lab switch the loopback policy host is refused.
        const lab::CliRun refused =
            lab::runCli({u"domain"_s, u"ok.sts.test"_s, u"--mta-sts"_s, u"--no-selector-discovery"_s,
                         u"--dns"_s, m_lab.dnsServer(), u"--json"_s});
        const QJsonObject refusedMta =
            QJsonDocument::fromJson(refused.out).object().value(u"mta_sts"_s).toObject();
        QCOMPARE(refusedMta.value(u"fetch"_s).toObject().value(u"error_kind"_s).toString(),
                 u"address_refused"_s);
        // The text output names the policy.
        const lab::CliRun text =
            lab::runCli(QStringList{u"domain"_s, u"ok.sts.test"_s, u"--mta-sts"_s} + m_lab.cliOptions());
        QVERIFY2(text.out.contains("mode enforce"), text.out.constData());
    }

    // A TLS-required bounce from a sender that honours MTA-STS, for a recipient whose enforce policy does not
    // cover one of its MX hosts: the diagnosis fetches the recipient's policy and names the cause.
    void diagnosisOfATlsBounce() {
        const QString bounce = QStringLiteral(
            "From: MAILER-DAEMON@sender.example\r\nTo: alice@sender.example\r\n"
            "Subject: Undelivered Mail Returned to Sender\r\nMIME-Version: 1.0\r\n"
            "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n"
            "--b\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n"
            "--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; "
            "mail.sender.example\r\n\r\n"
            "Final-Recipient: rfc822; bob@mismatch.sts.test\r\nAction: failed\r\nStatus: 5.7.10\r\n"
            "Diagnostic-Code: X-Postfix; MTA-STS policy enforcement: TLS is required, but host "
            "backup.elsewhere.sts.test is not in the policy\r\n\r\n--b--\r\n");
        diagnosis::RunOptions options;
        options.resolver.servers = *dns::parseServerList(m_lab.dnsServer());
        options.smtpPort = smtptest::freeTcpPort(); // nothing listens: the SMTP probe ends at once
        options.smtpTimeoutMs = 1500;
        options.https = m_lab.options();
        diagnosis::DiagnosisRun run(options);
        QSignalSpy finished(&run, &diagnosis::DiagnosisRun::finished);
        run.start(bounce);
        QVERIFY(finished.wait(30000));
        QStringList causes;
        for (const diagnosis::Cause& cause : run.session().diagnosis)
            causes << cause.id;
        QVERIFY2(!causes.isEmpty() && causes.first() == u"tls.mta_sts_enforced"_s,
                 qPrintable(causes.join(u' ')));
        QVERIFY(!causes.contains(u"tls.required"_s)); // superseded
    }

    void cleanupTestCase() { m_lab.stop(); }
};

QTEST_GUILESS_MAIN(TestMtaSts)
#include "test_mtasts.moc"
