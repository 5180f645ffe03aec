// The domain checks against realistic broken setups served by the lab (tests/auth/zones/root.zone):
// 11 lookups through nested includes, a void-lookup bomb, an include loop, two SPF records, DMARC
// with an unauthorized external rua, a 512-bit and a revoked DKIM key, null MX, MX at a CNAME; plus
// rebound-cli domain --json.
#include "core/auth/domaincheck.h"
#include "core/auth/domainjson.h"
#include "core/auth/organizationaldomain.h"
#include "core/auth/spfevaluator.h"
#include "core/dns/resolver.h"
#include "core/dns/serverlist.h"
#include "lab/dnslab.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace rebound;

class TestDomainCheck : public QObject {
    Q_OBJECT

private:
    lab::DnsLab m_lab;
    std::unique_ptr<dns::Resolver> m_resolver;

    auth::DomainReport check(const auth::DomainCheckRequest& request) {
        auth::DomainChecker checker(m_resolver.get());
        std::optional<auth::DomainReport> report;
        QObject::connect(&checker, &auth::DomainChecker::finished, &checker,
                         [&] { report = checker.result(); });
        checker.start(request);
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
        options.dnsdistRules << u"addAction(QNameRule(\"silent.slow.example.com.\"), DropAction())"_s;
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
            << "198.51.100.7" << QStringList{u"selector1"_s} << "pass" << QStringList{}
            << QStringList{u"spf.missing"_s, u"dmarc.missing"_s, u"dkim.key_missing"_s, u"mx.cname"_s};
        QTest::newRow("good domain, stranger IP") << "good.example.com"
                                                  << "203.0.113.50" << QStringList{} << "fail"
                                                  << QStringList{u"spf.result_fail"_s} << QStringList{};
        QTest::newRow("11 lookups") << "toomany.example.com"
                                    << "203.0.113.200" << QStringList{} << "permerror"
                                    << QStringList{u"spf.too_many_lookups"_s} << QStringList{};
        QTest::newRow("void bomb") << "voidbomb.example.com"
                                   << "203.0.113.200" << QStringList{} << "permerror"
                                   << QStringList{u"spf.too_many_void_lookups"_s} << QStringList{};
        QTest::newRow("include loop")
            << "loop.example.com"
            << "203.0.113.200" << QStringList{} << "permerror"
            << QStringList{u"spf.include_loop"_s, u"spf.too_many_lookups"_s} << QStringList{};
        QTest::newRow("two spf records") << "twospf.example.com"
                                         << "192.0.2.1" << QStringList{} << "permerror"
                                         << QStringList{u"spf.multiple_records"_s} << QStringList{};
        QTest::newRow("dmarc external rua")
            << "dmarcext.example.com"
            << "" << QStringList{} << ""
            << QStringList{u"dmarc.external_unauthorized"_s, u"dmarc.policy_none"_s} << QStringList{};
        QTest::newRow("weak and revoked dkim")
            << "keys.example.com"
            << "" << QStringList{u"weak"_s, u"revoked"_s, u"absent"_s} << ""
            << QStringList{u"dkim.key_too_short"_s, u"dkim.key_revoked"_s, u"dkim.key_missing"_s}
            << QStringList{};
        QTest::newRow("null mx") << "nullmx.example.com"
                                 << "" << QStringList{} << "" << QStringList{u"mx.null"_s}
                                 << QStringList{u"mx.no_mail_route"_s};
        QTest::newRow("mx at cname, literal, private")
            << "cnamemx.example.com"
            << "" << QStringList{} << ""
            << QStringList{u"mx.cname"_s, u"mx.ip_literal"_s, u"mx.private_address"_s} << QStringList{};
        QTest::newRow("syntax error") << "syntax.example.com"
                                      << "192.0.2.1" << QStringList{} << "permerror"
                                      << QStringList{u"spf.syntax_error"_s} << QStringList{};
        QTest::newRow("+all and ptr")
            << "passall.example.com"
            << "203.0.113.9" << QStringList{} << "pass"
            << QStringList{u"spf.pass_all"_s, u"spf.deprecated_ptr"_s} << QStringList{};
        QTest::newRow("no such domain")
            << "absent.example.com"
            << "" << QStringList{} << ""
            << QStringList{u"mx.nxdomain"_s, u"spf.missing"_s, u"dmarc.missing"_s} << QStringList{};
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
            QVERIFY2(ids.contains(id), qPrintable(id + u" missing from "_s + ids.join(u", "_s)));
        for (const QString& id : absentFindings)
            QVERIFY2(!ids.contains(id), qPrintable(id + u" unexpected in "_s + ids.join(u", "_s)));
        if (!spfResult.isEmpty()) {
            QVERIFY(report.spfCheck);
            QCOMPARE(auth::spfResultName(report.spfCheck->result), spfResult);
        }
    }

    void senderDomainMx() {
        // The MAIL FROM domain gets bounces: its own MX is checked when it is another domain.
        auth::DomainCheckRequest request;
        request.domain = u"good.example.com"_s;
        request.sender = u"bounces@nullmx.example.com"_s;
        request.discoverSelectors = false;
        const auth::DomainReport report = check(request);
        QVERIFY(report.senderMx);
        QCOMPARE(report.senderMx->state, auth::MxReport::State::NullMx);
        QVERIFY(findingIds(report).contains(u"sender.mx.null"_s));
        // Each publishes its own record and nothing is at example.com, so RFC 9989's tree walk makes them
        // two organizations: not aligned (the Public Suffix List's answer, example.com for both, aligned).
        QVERIFY(report.alignment && !report.alignment->spfAligned);
        QVERIFY(auth::isAligned(request.domain, u"nullmx.example.com"_s, false));
        request.sender = u"bounces@mx1.good.example.com"_s;
        QVERIFY(check(request).alignment->spfAligned);
    }

    // RFC 9989's DNS tree walk: the policy found several labels up, a PSD's psd=y record, np= for a
    // subdomain that does not exist, t=y and the removed tags; and where an RFC 7489 receiver (Public
    // Suffix List) reaches another answer.
    void dmarcTreeWalk_data() {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("policyDomain");
        QTest::addColumn<QString>("orgDomain");
        QTest::addColumn<QString>("effective");
        QTest::addColumn<QString>("legacyEffective");
        QTest::addColumn<int>("steps");
        QTest::addColumn<QStringList>("expectedFindings");
        QTest::newRow("several labels up")
            << "a.b.c.walk.example.com"
            << "walk.example.com"
            << "walk.example.com"
            << "quarantine"
            << "" << 6
            << QStringList{u"dmarc.inherited"_s, u"dmarc.psl_organizational_domain"_s,
                           u"dmarc.psl_policy_differs"_s};
        QTest::newRow("psd=y") << "shop.brand.psd.example"
                               << "psd.example"
                               << "brand.psd.example"
                               << "reject"
                               << "reject" << 3 << QStringList{u"dmarc.psl_organizational_domain"_s};
        QTest::newRow("np, no such subdomain")
            << "ghost.npwalk.example.com"
            << "npwalk.example.com"
            << "npwalk.example.com"
            << "reject"
            << "" << 4 << QStringList{u"dmarc.inherited"_s, u"dmarc.psl_policy_differs"_s};
        QTest::newRow("t=y, removed tags") << "tagged.example.com"
                                           << "tagged.example.com"
                                           << "tagged.example.com"
                                           << "quarantine"
                                           << "quarantine" << 3
                                           << QStringList{u"dmarc.testing"_s, u"dmarc.removed_tag"_s,
                                                          u"dmarc.unknown_tag"_s, u"dmarc.partial_pct"_s};
    }

    void dmarcTreeWalk() {
        QFETCH(QString, domain);
        QFETCH(QString, policyDomain);
        QFETCH(QString, orgDomain);
        QFETCH(QString, effective);
        QFETCH(QString, legacyEffective);
        QFETCH(int, steps);
        QFETCH(QStringList, expectedFindings);
        auth::DomainCheckRequest request;
        request.domain = domain;
        request.discoverSelectors = false;
        const auth::DomainReport report = check(request);
        const QJsonObject dmarc = auth::toJson(report.dmarc);
        QCOMPARE(dmarc.value(u"discovery"_s).toString(), u"tree-walk"_s);
        QCOMPARE(dmarc.value(u"policy_domain"_s).toString(), policyDomain);
        QCOMPARE(dmarc.value(u"organizational_domain"_s).toString(), orgDomain);
        QCOMPARE(dmarc.value(u"effective_policy"_s).toString(), effective);
        const QJsonObject legacy = dmarc.value(u"legacy"_s).toObject();
        QCOMPARE(legacy.value(u"effective_policy"_s).toString(), legacyEffective);
        QCOMPARE(dmarc.value(u"tree_walk"_s).toArray().size(), steps);
        const QStringList ids = findingIds(report);
        for (const QString& id : expectedFindings)
            QVERIFY2(ids.contains(id), qPrintable(id + u" missing from "_s + ids.join(u", "_s)));
        if (domain.startsWith(u"ghost"_s)) {
            QCOMPARE(dmarc.value(u"policy_tag"_s).toString(), u"np"_s);
            QCOMPARE(dmarc.value(u"domain_exists"_s), QJsonValue(false));
        }
        if (domain.startsWith(u"tagged"_s)) {
            QCOMPARE(dmarc.value(u"removed_tags"_s).toArray().size(), 3);
            QCOMPARE(dmarc.value(u"unknown_tags"_s).toArray().first().toString(), u"zz"_s);
            QVERIFY(dmarc.value(u"t"_s).toBool());
        }
    }

    void dkimKeyDetails() {
        auth::DomainCheckRequest request;
        request.domain = u"good.example.com"_s;
        request.selectors = {u"selector1"_s};
        const auth::DomainReport report = check(request);
        QCOMPARE(report.dkim.size(), 1);
        QVERIFY(report.dkim.first().key);
        QCOMPARE(report.dkim.first().key->bits, 2048);
        QCOMPARE(report.dkim.first().key->txtStrings.size(), 2); // split key kept as stored
        QCOMPARE(report.mx.hosts.size(), 2);
        QCOMPARE(report.dmarc.state, auth::DmarcReport::State::Found);
    }

    // Selector discovery: the signature's selector first, then those of the providers the MX host
    // (Google) and the SPF include (SendGrid) point to, then the common ones; each says how it was found.
    void dkimSelectorDiscovery() {
        auth::DomainCheckRequest request;
        request.domain = u"provider.example.com"_s;
        const auth::DomainReport report = check(request);
        QHash<QString, QString> foundBy;
        for (const auth::DkimSelectorReport& dkim : report.dkim)
            if (dkim.state == auth::DkimSelectorReport::State::Found)
                foundBy.insert(dkim.selector, dkim.foundBy);
        QCOMPARE(foundBy.value(u"google"_s), u"provider:Google Workspace"_s);
        QCOMPARE(foundBy.value(u"s1"_s), u"provider:SendGrid"_s);
        QCOMPARE(foundBy.value(u"default"_s), u"common"_s);
        QCOMPARE(foundBy.size(), 3);
        // The providers' selectors are asked before the common list.
        QCOMPARE(report.dkim.first().foundBy.left(9), u"provider:"_s);
        const QJsonObject json = auth::toJson(report.dkim.first());
        QVERIFY(json.value(u"found_by"_s).toString().startsWith(u"provider:"_s));

        // With the signature's own selector, that is asked and nothing is guessed.
        request.signatureSelectors = {u"s1"_s};
        const auth::DomainReport signedReport = check(request);
        QCOMPARE(signedReport.dkim.size(), 1);
        QCOMPARE(signedReport.dkim.first().foundBy, u"signature"_s);
        QCOMPARE(signedReport.dkim.first().state, auth::DkimSelectorReport::State::Found);
    }

    void lookupCounting() {
        // The walk without an IP counts every DNS-querying term an unlisted host costs.
        auth::SpfEvaluator evaluator(m_resolver.get());
        auth::SpfRequest request;
        request.domain = u"bench.example.com"_s;
        std::optional<auth::SpfEvaluation> e;
        QObject::connect(&evaluator, &auth::SpfEvaluator::finished, &evaluator,
                         [&] { e = evaluator.result(); });
        evaluator.start(request);
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
        request.domain = u"slow.example.com"_s;
        request.ip = QHostAddress(u"192.0.2.1"_s);
        request.deadlineMs = 300;
        std::optional<auth::SpfEvaluation> e;
        QObject::connect(&evaluator, &auth::SpfEvaluator::finished, &evaluator,
                         [&] { e = evaluator.result(); });
        evaluator.start(request);
        QTRY_VERIFY_WITH_TIMEOUT(e.has_value(), 2500);
        QCOMPARE(e->result, auth::SpfResult::TempError);
        QVERIFY2(e->reason.contains(u"longer than 300 ms"_s), qPrintable(e->reason));
    }

    void timeoutIsTempError() {
        auth::SpfEvaluator evaluator(m_resolver.get());
        auth::SpfRequest request;
        request.domain = u"slow.example.com"_s;
        request.ip = QHostAddress(u"192.0.2.1"_s);
        std::optional<auth::SpfEvaluation> e;
        QObject::connect(&evaluator, &auth::SpfEvaluator::finished, &evaluator,
                         [&] { e = evaluator.result(); });
        evaluator.start(request);
        QTRY_VERIFY_WITH_TIMEOUT(e.has_value(), 10000);
        QCOMPARE(e->result, auth::SpfResult::TempError);
        QCOMPARE(e->nodes.size(), 2);
    }

    void cliJson() {
        QProcess cli;
        cli.start(QStringLiteral(REBOUND_CLI_PATH),
                  {u"domain"_s, u"good.example.com"_s, u"--dns"_s, m_lab.server(), u"--ip"_s, u"192.0.2.10"_s,
                   u"--sender"_s, u"bounce@good.example.com"_s, u"--helo"_s, u"mx1.good.example.com"_s,
                   u"--selector"_s, u"selector1"_s, u"--json"_s});
        QVERIFY(cli.waitForFinished(30000));
        const QByteArray output = cli.readAllStandardOutput();
        QFile dump(QDir::temp().filePath(u"rebound-cli-domain.json"_s));
        if (dump.open(QIODevice::WriteOnly))
            dump.write(output);
        QVERIFY2(cli.exitCode() == 0, "see rebound-cli-domain.json in the temp directory");
        const QJsonObject json = QJsonDocument::fromJson(output).object();
        for (const QString& key : {u"domain"_s, u"mx"_s, u"spf"_s, u"dmarc"_s, u"dkim"_s, u"findings"_s})
            QVERIFY2(json.contains(key), qPrintable(key));
        const QJsonObject spf = json.value(u"spf"_s).toObject();
        QCOMPARE(spf.value(u"result"_s).toString(), u"pass"_s);
        for (const QString& key : {u"record"_s, u"lookups"_s, u"void_lookups"_s, u"tree"_s})
            QVERIFY2(spf.contains(key), qPrintable(key));
        QCOMPARE(json.value(u"alignment"_s).toObject().value(u"dmarc_via_spf"_s).toString(), u"pass"_s);
        // The HELO name publishes no SPF record: none, which is no finding of its own.
        QCOMPARE(json.value(u"spf_helo"_s).toObject().value(u"result"_s).toString(), u"none"_s);
        for (const QJsonValue& f : json.value(u"findings"_s).toArray()) {
            for (const QString& key : {u"id"_s, u"severity"_s, u"title"_s, u"detail"_s})
                QVERIFY(f.toObject().contains(key));
        }
    }

    void cliText() {
        QProcess cli;
        cli.start(QStringLiteral(REBOUND_CLI_PATH), {u"--dns"_s, m_lab.server(), u"domain"_s,
                                                     u"toomany.example.com"_s, u"--no-selector-discovery"_s});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 1); // error findings
        const QString text = QString::fromUtf8(cli.readAllStandardOutput());
        QVERIFY2(text.contains(u"SPF: v=spf1 include:l1.toomany.example.com"_s), qPrintable(text));
        QVERIFY2(text.contains(u"[error] SPF of toomany.example.com needs more than 10 DNS lookups"_s),
                 qPrintable(text));
    }

    void cliUsage() {
        QProcess cli;
        cli.start(QStringLiteral(REBOUND_CLI_PATH), {u"domain"_s, u"not a domain"_s});
        QVERIFY(cli.waitForFinished(10000));
        QCOMPARE(cli.exitCode(), 64);
        cli.start(QStringLiteral(REBOUND_CLI_PATH),
                  {u"domain"_s, u"example.com"_s, u"--ip"_s, u"999.1.1.1"_s});
        QVERIFY(cli.waitForFinished(10000));
        QCOMPARE(cli.exitCode(), 64);
    }
};

QTEST_GUILESS_MAIN(TestDomainCheck)
#include "test_domaincheck.moc"
