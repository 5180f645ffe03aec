// Hostile DNS end to end: the real Resolver, the blocklist check, SPF evaluation and the domain check
// against a DNS server in the test code that answers with compression loops, pointers outside the
// message, records cut short, 64 KB TXT over TCP, a thousand A records, CNAME chains and loops, silence.
// Every case ends within its deadline with a clear finding ("could not check" is never clean), and the
// peak RSS of the whole run stays bounded.
#include "core/auth/domaincheck.h"
#include "core/auth/spfevaluator.h"
#include "core/blocklist/blocklistcheck.h"
#include "core/dns/resolver.h"
#include "core/dns/serverlist.h"
#include "hostilednsserver.h"
#include "peakmemory.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace rebound;
using rebound::hostile::HostileDnsServer;
using Behaviour = HostileDnsServer::Behaviour;

Q_DECLARE_METATYPE(rebound::dns::Outcome)
Q_DECLARE_METATYPE(rebound::hostile::HostileDnsServer::Behaviour)

class TestHostileDns final : public QObject {
    Q_OBJECT

private:
    HostileDnsServer m_server;
    std::unique_ptr<dns::Resolver> m_resolver;
    static constexpr int kQueryTimeoutMs = 1500;
    // A query's deadline covers retries and the TCP fallback; a whole check adds its own steps.
    static constexpr int kCheckDeadlineMs = 4 * kQueryTimeoutMs + 2000;

    dns::DnsResult ask(const QString& name, dns::RecordType type) {
        std::optional<dns::DnsResult> result;
        m_resolver->query(name, type, this, [&](const dns::DnsResult& r) { result = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kQueryTimeoutMs + 2000); }();
        return result.value_or(dns::DnsResult{});
    }

private slots:
    void initTestCase() {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        dns::ResolverConfig config;
        config.servers = *dns::parseServerList(m_server.address());
        config.timeoutMs = kQueryTimeoutMs;
        m_resolver = std::make_unique<dns::Resolver>(config);
        QVERIFY2(m_resolver->isValid(), qPrintable(m_resolver->initError()));
        qInfo("peak RSS at start: %.1f MiB", hostile::peakRssMiB());
    }

    void resolver_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("type");
        QTest::addColumn<dns::Outcome>("outcome");
        QTest::addColumn<int>("records");
        QTest::addColumn<bool>("tcp");
        const int a = int(dns::RecordType::A);
        const int txt = int(dns::RecordType::TXT);
        QTest::newRow("compression loop")
            << u"loop.hostile.test"_s << a << dns::Outcome::BadResponse << 0 << false;
        QTest::newRow("two-step pointer loop")
            << u"forward.hostile.test"_s << a << dns::Outcome::BadResponse << 0 << false;
        QTest::newRow("pointer outside")
            << u"outside.hostile.test"_s << a << dns::Outcome::BadResponse << 0 << false;
        QTest::newRow("record cut short")
            << u"truncated.hostile.test"_s << a << dns::Outcome::BadResponse << 0 << false;
        QTest::newRow("40000 records announced, one sent")
            << u"count.hostile.test"_s << a << dns::Outcome::BadResponse << 0 << false;
        QTest::newRow("64 KB TXT over TCP")
            << u"bigtxt.hostile.test"_s << txt << dns::Outcome::Answer << 1 << true;
        QTest::newRow("1000 A records over TCP")
            << u"thousand.hostile.test"_s << a << dns::Outcome::Answer << 1000 << true;
        QTest::newRow("40 CNAMEs then an A")
            << u"chain.hostile.test"_s << a << dns::Outcome::Answer << 1 << true;
        QTest::newRow("CNAME loop") << u"cnameloop.hostile.test"_s << a << dns::Outcome::NoData << 0 << false;
        // Not an answer to the question: a DNSBL must not read it as a listing.
        QTest::newRow("A record of another owner")
            << u"foreign.hostile.test"_s << a << dns::Outcome::NoData << 0 << false;
        QTest::newRow("silence") << u"silent.hostile.test"_s << a << dns::Outcome::Timeout << 0 << false;
        QTest::newRow("TCP answer that never ends")
            << u"tcpneverends.hostile.test"_s << txt << dns::Outcome::Timeout << 0 << true;
    }

    void resolver() {
        QFETCH(QString, name);
        QFETCH(int, type);
        QFETCH(dns::Outcome, outcome);
        QFETCH(int, records);
        QFETCH(bool, tcp);
        QElapsedTimer timer;
        timer.start();
        const dns::DnsResult result = ask(name, dns::RecordType(type));
        QVERIFY2(timer.elapsed() <= kQueryTimeoutMs + 500, qPrintable(u"took %1 ms"_s.arg(timer.elapsed())));
        QVERIFY2(result.outcome == outcome,
                 qPrintable(dns::outcomeName(result.outcome) + u": "_s + result.error));
        QCOMPARE(result.records().size(), records);
        if (!dns::isDefinite(outcome))
            QVERIFY2(!result.error.isEmpty(), "an error names its reason");
        if (tcp && outcome == dns::Outcome::Answer) {
            QVERIFY(result.truncatedOverUdp);
            QVERIFY(result.usedTcp);
        }
        if (name.startsWith(u"bigtxt"))
            QCOMPARE(result.records().first().txtJoined().size(), 250 * 255);
    }

    void blocklistNeverCleanOnHostileAnswers_data() {
        QTest::addColumn<Behaviour>("behaviour");
        QTest::newRow("compression loop") << Behaviour::CompressionLoop;
        QTest::newRow("pointer outside") << Behaviour::PointerOutside;
        QTest::newRow("record cut short") << Behaviour::TruncatedRecord;
        QTest::newRow("count mismatch") << Behaviour::CountMismatch;
        QTest::newRow("1000 A records outside 127/8") << Behaviour::ThousandA;
        QTest::newRow("CNAME loop") << Behaviour::CnameLoop;
        QTest::newRow("silence") << Behaviour::Silent;
    }

    void blocklistNeverCleanOnHostileAnswers() {
        QFETCH(Behaviour, behaviour);
        m_server.setDefaultBehaviour(behaviour);
        blocklist::CheckOptions options;
        options.enabledIds = {u"spamhaus-zen"_s};
        blocklist::BlocklistCheck check(m_resolver.get(), blocklist::BlocklistCatalog::builtin(), options);
        QSignalSpy finished(&check, &blocklist::BlocklistCheck::finished);
        QElapsedTimer timer;
        timer.start();
        check.start(QHostAddress(u"192.0.2.99"_s));
        QVERIFY(finished.wait(kCheckDeadlineMs));
        m_server.setDefaultBehaviour(Behaviour::Normal);
        const QList<blocklist::ListResult> results = check.results();
        QCOMPARE(results.size(), 1);
        const blocklist::ListResult& zen = results.first();
        QVERIFY2(blocklist::isCouldNotCheck(zen.status),
                 qPrintable(blocklist::listStatusName(zen.status) + u": "_s + zen.reason));
        QVERIFY2(!zen.reason.isEmpty(), "the verdict says why");
        QVERIFY2(zen.reason.size() < 1000, "a thousand records do not make a reason of a thousand codes");
        qInfo("%s in %lld ms: %s", qPrintable(blocklist::listStatusName(zen.status)), timer.elapsed(),
              qPrintable(zen.reason));
    }

    void spfOnHostileAnswers_data() {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("result");
        QTest::newRow("compression loop") << u"loop.hostile.test"_s << u"temperror"_s;
        QTest::newRow("pointer outside") << u"outside.hostile.test"_s << u"temperror"_s;
        QTest::newRow("record cut short") << u"truncated.hostile.test"_s << u"temperror"_s;
        QTest::newRow("silence") << u"silent.hostile.test"_s << u"temperror"_s;
        QTest::newRow("TCP answer that never ends") << u"tcpneverends.hostile.test"_s << u"temperror"_s;
        // 63,750 octets starting "v=spf1 aaaa...": an SPF record whose term is not valid.
        QTest::newRow("64 KB TXT") << u"bigtxt.hostile.test"_s << u"permerror"_s;
        QTest::newRow("CNAME loop: no TXT") << u"cnameloop.hostile.test"_s << u"none"_s;
    }

    void spfOnHostileAnswers() {
        QFETCH(QString, domain);
        QFETCH(QString, result);
        auth::SpfEvaluator evaluator(m_resolver.get());
        auth::SpfRequest request;
        request.ip = QHostAddress(u"192.0.2.1"_s);
        request.domain = domain;
        request.sender = u"postmaster@"_s + domain;
        request.helo = domain;
        request.deadlineMs = kCheckDeadlineMs;
        std::optional<auth::SpfEvaluation> evaluation;
        QElapsedTimer timer;
        timer.start();
        QObject::connect(&evaluator, &auth::SpfEvaluator::finished, &evaluator,
                         [&] { evaluation = evaluator.result(); });
        evaluator.start(request);
        QTRY_VERIFY_WITH_TIMEOUT(evaluation.has_value(), kCheckDeadlineMs);
        QCOMPARE(auth::spfResultName(evaluation->result), result);
        if (result != u"none")
            QVERIFY2(!evaluation->reason.isEmpty(), "the result says why");
        QVERIFY(evaluation->record.size() <= 64 * 1024 * 4); // escaped, never more than 4 characters an octet
        qInfo("%s in %lld ms: %s", qPrintable(result), timer.elapsed(),
              qPrintable(evaluation->reason.left(200)));
    }

    void domainCheckEndsOnHostileAnswers_data() {
        QTest::addColumn<Behaviour>("behaviour");
        QTest::newRow("compression loop") << Behaviour::CompressionLoop;
        QTest::newRow("pointer outside") << Behaviour::PointerOutside;
        QTest::newRow("64 KB TXT for every name") << Behaviour::BigTxt;
        QTest::newRow("1000 A records for every name") << Behaviour::ThousandA;
        QTest::newRow("CNAME chain for every name") << Behaviour::CnameChain;
        QTest::newRow("silence") << Behaviour::Silent;
    }

    void domainCheckEndsOnHostileAnswers() {
        QFETCH(Behaviour, behaviour);
        m_server.setDefaultBehaviour(behaviour);
        auth::DomainChecker checker(m_resolver.get());
        auth::DomainCheckRequest request;
        request.domain = u"example.org"_s;
        request.ip = QHostAddress(u"192.0.2.1"_s);
        request.sender = u"bounce@example.org"_s;
        std::optional<auth::DomainReport> report;
        QElapsedTimer timer;
        timer.start();
        QObject::connect(&checker, &auth::DomainChecker::finished, &checker,
                         [&] { report = checker.result(); });
        checker.start(request);
        // Every part runs at once: a dead resolver costs a few query deadlines, not one per DKIM selector.
        QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), kCheckDeadlineMs);
        m_server.setDefaultBehaviour(Behaviour::Normal);
        QVERIFY(!report->findings.isEmpty());
        QVERIFY(report->spfCheck.has_value());
        QVERIFY2(report->spfCheck->result != auth::SpfResult::Pass, "a hostile answer never passes SPF");
        qInfo("ended in %lld ms with %lld findings, SPF %s", timer.elapsed(),
              qlonglong(report->findings.size()), qPrintable(auth::spfResultName(report->spfCheck->result)));
    }

    void peakMemoryStaysBounded() {
        const double peak = hostile::peakRssMiB();
        qInfo("peak RSS after every hostile DNS case: %.1f MiB (allowed %.0f)", peak,
              hostile::kRssAllowanceMiB);
        QVERIFY2(peak < hostile::kRssAllowanceMiB, qPrintable(u"peak RSS %1 MiB"_s.arg(peak)));
    }
};

QTEST_GUILESS_MAIN(TestHostileDns)
#include "test_hostile_dns.moc"
