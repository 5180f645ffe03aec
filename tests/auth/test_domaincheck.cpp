// The domain checks against realistic broken setups served by the lab (tests/auth/zones/root.zone):
// 11 lookups through nested includes, a void-lookup bomb, an include loop, two SPF records, DMARC
// with an unauthorized external rua, a 512-bit and a revoked DKIM key, null MX, MX at a CNAME; plus
// rebound-cli domain --json.
#include "core/auth/domaincheck.h"
#include "core/auth/domainjson.h"
#include "core/auth/spfevaluator.h"
#include "core/dns/resolver.h"
#include "lab/dnslab.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace rebound;

class TestDomainCheck : public QObject {
    Q_OBJECT

private:
    lab::DnsLab m_lab;
    std::unique_ptr<dns::Resolver> m_resolver;

    auth::DomainReport check(const auth::DomainCheckRequest& request) {
        auth::DomainChecker checker(m_resolver.get());
        std::optional<auth::DomainReport> report;
        checker.check(request, [&](const auth::DomainReport& r) { report = r; });
        if (!QTest::qWaitFor([&] { return report.has_value(); }, 30000))
            qFatal("the domain check did not end");
        return *report;
    }

    static QStringList findingIds(const auth::DomainReport& report) {
        QStringList ids;
        for (const Finding& f : report.findings)
            ids << f.id;
        return ids;
    }

private slots:
    void initTestCase() {
        lab::DnsLabOptions options;
        options.zonesDir = QStringLiteral(REBOUND_TEST_DATA_DIR "/auth/zones");
        options.dnsdistRules << u"addAction(QNameRule(\"silent.slow.example.com.\"), DropAction())"_qs;
        QString error;
        QVERIFY2(m_lab.start(options, &error), qPrintable(error));
        dns::ResolverConfig config;
        config.servers = *dns::parseServerList(m_lab.server());
        config.timeoutMs = 3000;
        m_resolver = std::make_unique<dns::Resolver>(config);
    }

    void scenarios_data() {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("ip");
        QTest::addColumn<QStringList>("selectors");
        QTest::addColumn<QString>("spfResult");
        QTest::addColumn<QStringList>("expectedFindings");
        QTest::addColumn<QStringList>("absentFindings");
        QTest::newRow("good domain, listed IP")
            << "good.example.com"
            << "198.51.100.7" << QStringList{u"selector1"_qs} << "pass" << QStringList{}
            << QStringList{u"spf.missing"_qs, u"dmarc.missing"_qs, u"dkim.key_missing"_qs, u"mx.cname"_qs};
        QTest::newRow("good domain, stranger IP") << "good.example.com"
                                                  << "203.0.113.50" << QStringList{} << "fail"
                                                  << QStringList{u"spf.result_fail"_qs} << QStringList{};
        QTest::newRow("11 lookups") << "toomany.example.com"
                                    << "203.0.113.200" << QStringList{} << "permerror"
                                    << QStringList{u"spf.too_many_lookups"_qs} << QStringList{};
        QTest::newRow("void bomb") << "voidbomb.example.com"
                                   << "203.0.113.200" << QStringList{} << "permerror"
                                   << QStringList{u"spf.too_many_void_lookups"_qs} << QStringList{};
        QTest::newRow("include loop")
            << "loop.example.com"
            << "203.0.113.200" << QStringList{} << "permerror"
            << QStringList{u"spf.include_loop"_qs, u"spf.too_many_lookups"_qs} << QStringList{};
        QTest::newRow("two spf records") << "twospf.example.com"
                                         << "192.0.2.1" << QStringList{} << "permerror"
                                         << QStringList{u"spf.multiple_records"_qs} << QStringList{};
        QTest::newRow("dmarc external rua")
            << "dmarcext.example.com"
            << "" << QStringList{} << ""
            << QStringList{u"dmarc.external_unauthorized"_qs, u"dmarc.policy_none"_qs} << QStringList{};
        QTest::newRow("weak and revoked dkim")
            << "keys.example.com"
            << "" << QStringList{u"weak"_qs, u"revoked"_qs, u"absent"_qs} << ""
            << QStringList{u"dkim.key_too_short"_qs, u"dkim.key_revoked"_qs, u"dkim.key_missing"_qs}
            << QStringList{};
        QTest::newRow("null mx") << "nullmx.example.com"
                                 << "" << QStringList{} << "" << QStringList{u"mx.null"_qs}
                                 << QStringList{u"mx.no_mail_route"_qs};
        QTest::newRow("mx at cname, literal, private")
            << "cnamemx.example.com"
            << "" << QStringList{} << ""
            << QStringList{u"mx.cname"_qs, u"mx.ip_literal"_qs, u"mx.private_address"_qs} << QStringList{};
        QTest::newRow("syntax error") << "syntax.example.com"
                                      << "192.0.2.1" << QStringList{} << "permerror"
                                      << QStringList{u"spf.syntax_error"_qs} << QStringList{};
        QTest::newRow("+all and ptr")
            << "passall.example.com"
            << "203.0.113.9" << QStringList{} << "pass"
            << QStringList{u"spf.pass_all"_qs, u"spf.deprecated_ptr"_qs} << QStringList{};
        QTest::newRow("no such domain")
            << "absent.example.com"
            << "" << QStringList{} << ""
            << QStringList{u"mx.nxdomain"_qs, u"spf.missing"_qs, u"dmarc.missing"_qs} << QStringList{};
    }

    void scenarios() {
        QFETCH(QString, domain);
        QFETCH(QString, ip);
        QFETCH(QStringList, selectors);
        QFETCH(QString, spfResult);
        QFETCH(QStringList, expectedFindings);
        QFETCH(QStringList, absentFindings);
        auth::DomainCheckRequest request;
        request.domain = domain;
        if (!ip.isEmpty()) {
            request.ip = QHostAddress(ip);
            request.ipSpelling = ip;
        }
        request.selectors = selectors;
        request.discoverSelectors = false;
        const auth::DomainReport report = check(request);
        const QStringList ids = findingIds(report);
        for (const QString& id : expectedFindings)
            QVERIFY2(ids.contains(id), qPrintable(id + u" missing from "_qs + ids.join(u", "_qs)));
        for (const QString& id : absentFindings)
            QVERIFY2(!ids.contains(id), qPrintable(id + u" unexpected in "_qs + ids.join(u", "_qs)));
        if (!spfResult.isEmpty()) {
            QVERIFY(report.spfCheck);
            QCOMPARE(auth::spfResultName(report.spfCheck->result), spfResult);
        }
    }

    void senderDomainMx() {
        // The MAIL FROM domain gets bounces: its own MX is checked when it is another domain.
        auth::DomainCheckRequest request;
        request.domain = u"good.example.com"_qs;
        request.sender = u"bounces@nullmx.example.com"_qs;
        request.discoverSelectors = false;
        const auth::DomainReport report = check(request);
        QVERIFY(report.senderMx);
        QCOMPARE(report.senderMx->state, auth::MxReport::State::NullMx);
        QVERIFY(findingIds(report).contains(u"sender.mx.null"_qs));
        // Both are under example.com, so relaxed alignment holds.
        QVERIFY(report.alignment && report.alignment->spfAligned);
    }

    void dkimKeyDetails() {
        auth::DomainCheckRequest request;
        request.domain = u"good.example.com"_qs;
        request.selectors = {u"selector1"_qs};
        const auth::DomainReport report = check(request);
        QCOMPARE(report.dkim.size(), 1);
        QVERIFY(report.dkim.first().key);
        QCOMPARE(report.dkim.first().key->bits, 2048);
        QCOMPARE(report.dkim.first().key->txtStrings.size(), 2); // split key kept as stored
        QCOMPARE(report.mx.hosts.size(), 2);
        QCOMPARE(report.dmarc.state, auth::DmarcReport::State::Found);
    }

    void lookupCounting() {
        // The walk without an IP counts every DNS-querying term an unlisted host costs.
        auth::SpfEvaluator evaluator(m_resolver.get());
        auth::SpfRequest request;
        request.domain = u"bench.example.com"_qs;
        std::optional<auth::SpfEvaluation> e;
        evaluator.evaluate(request, [&](const auth::SpfEvaluation& r) { e = r; });
        QTRY_VERIFY_WITH_TIMEOUT(e.has_value(), 10000);
        QCOMPARE(e->lookups, 8);
        QCOMPARE(e->voidLookups, 0);
        QCOMPARE(e->nodes.first().lookupsInBranch, 8);
        // With prefetching, the tree of includes costs fewer sequential waits than lookups.
        QVERIFY2(e->roundTrips < 1 + e->lookups, qPrintable(QString::number(e->roundTrips)));
    }

    void deadline() {
        // An include whose TXT query never gets an answer: the evaluation deadline ends it first.
        auth::SpfEvaluator evaluator(m_resolver.get());
        auth::SpfRequest request;
        request.domain = u"slow.example.com"_qs;
        request.ip = QHostAddress(u"192.0.2.1"_qs);
        request.deadlineMs = 300;
        std::optional<auth::SpfEvaluation> e;
        evaluator.evaluate(request, [&](const auth::SpfEvaluation& r) { e = r; });
        QTRY_VERIFY_WITH_TIMEOUT(e.has_value(), 2500);
        QCOMPARE(e->result, auth::SpfResult::TempError);
        QVERIFY2(e->reason.contains(u"longer than 300 ms"_qs), qPrintable(e->reason));
    }

    void timeoutIsTempError() {
        auth::SpfEvaluator evaluator(m_resolver.get());
        auth::SpfRequest request;
        request.domain = u"slow.example.com"_qs;
        request.ip = QHostAddress(u"192.0.2.1"_qs);
        std::optional<auth::SpfEvaluation> e;
        evaluator.evaluate(request, [&](const auth::SpfEvaluation& r) { e = r; });
        QTRY_VERIFY_WITH_TIMEOUT(e.has_value(), 10000);
        QCOMPARE(e->result, auth::SpfResult::TempError);
        QCOMPARE(e->nodes.size(), 2);
    }

    void cliJson() {
        QProcess cli;
        cli.start(QStringLiteral(REBOUND_CLI_PATH),
                  {u"domain"_qs, u"good.example.com"_qs, u"--dns"_qs, m_lab.server(), u"--ip"_qs,
                   u"192.0.2.10"_qs, u"--sender"_qs, u"bounce@good.example.com"_qs, u"--helo"_qs,
                   u"mx1.good.example.com"_qs, u"--selector"_qs, u"selector1"_qs, u"--json"_qs});
        QVERIFY(cli.waitForFinished(30000));
        const QByteArray output = cli.readAllStandardOutput();
        QFile dump(QDir::temp().filePath(u"rebound-cli-domain.json"_qs));
        if (dump.open(QIODevice::WriteOnly))
            dump.write(output);
        QVERIFY2(cli.exitCode() == 0, "see rebound-cli-domain.json in the temp directory");
        const QJsonObject json = QJsonDocument::fromJson(output).object();
        for (const QString& key :
             {u"domain"_qs, u"mx"_qs, u"spf"_qs, u"dmarc"_qs, u"dkim"_qs, u"findings"_qs})
            QVERIFY2(json.contains(key), qPrintable(key));
        const QJsonObject spf = json.value(u"spf"_qs).toObject();
        QCOMPARE(spf.value(u"result"_qs).toString(), u"pass"_qs);
        for (const QString& key : {u"record"_qs, u"lookups"_qs, u"void_lookups"_qs, u"tree"_qs})
            QVERIFY2(spf.contains(key), qPrintable(key));
        QCOMPARE(json.value(u"alignment"_qs).toObject().value(u"dmarc_via_spf"_qs).toString(), u"pass"_qs);
        // The HELO name publishes no SPF record: none, which is no finding of its own.
        QCOMPARE(json.value(u"spf_helo"_qs).toObject().value(u"result"_qs).toString(), u"none"_qs);
        for (const QJsonValue& f : json.value(u"findings"_qs).toArray()) {
            for (const QString& key : {u"id"_qs, u"severity"_qs, u"title"_qs, u"detail"_qs})
                QVERIFY(f.toObject().contains(key));
        }
    }

    void cliText() {
        QProcess cli;
        cli.start(QStringLiteral(REBOUND_CLI_PATH),
                  {u"--dns"_qs, m_lab.server(), u"domain"_qs, u"toomany.example.com"_qs,
                   u"--no-selector-discovery"_qs});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 1); // error findings
        const QString text = QString::fromUtf8(cli.readAllStandardOutput());
        QVERIFY2(text.contains(u"SPF: v=spf1 include:l1.toomany.example.com"_qs), qPrintable(text));
        QVERIFY2(text.contains(u"[error] SPF of toomany.example.com needs more than 10 DNS lookups"_qs),
                 qPrintable(text));
    }

    void cliUsage() {
        QProcess cli;
        cli.start(QStringLiteral(REBOUND_CLI_PATH), {u"domain"_qs, u"not a domain"_qs});
        QVERIFY(cli.waitForFinished(10000));
        QCOMPARE(cli.exitCode(), 64);
        cli.start(QStringLiteral(REBOUND_CLI_PATH),
                  {u"domain"_qs, u"example.com"_qs, u"--ip"_qs, u"999.1.1.1"_qs});
        QVERIFY(cli.waitForFinished(10000));
        QCOMPARE(cli.exitCode(), 64);
    }
};

QTEST_GUILESS_MAIN(TestDomainCheck)
#include "test_domaincheck.moc"
