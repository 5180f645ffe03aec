// SPF records built to exhaust an evaluator (tests/hostile/zones/root.zone), served by the lab's real
// Knot behind dnsdist: include loops, redirect loops, an include bomb of 1,110 names, an MX with 30
// exchanges, void lookups, macro fan-out, repeated ptr. check_host() and the structure walk (no IP, as
// the domain check runs it) must end quickly with the RFC 7208 result and a bounded number of queries.
#include "core/auth/spfevaluator.h"
#include "core/dns/resolver.h"
#include "core/dns/serverlist.h"
#include "lab/dnslab.h"
#include "peakmemory.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace rebound;

class TestHostileSpf final : public QObject {
    Q_OBJECT

private:
    lab::DnsLab m_lab;
    std::unique_ptr<dns::Resolver> m_resolver;
    static constexpr int kDeadlineMs = 10000;
    // The limits allow 10 lookups of up to 10 names each, plus prefetching; far below a bomb's 1,110.
    static constexpr int kMaxQueries = 150;

    auth::SpfEvaluation evaluate(const QString& domain, bool withIp, qint64* elapsedMs) {
        auth::SpfEvaluator evaluator(m_resolver.get());
        auth::SpfRequest request;
        if (withIp)
            request.ip = QHostAddress(u"192.0.2.1"_s);
        request.domain = domain;
        request.sender = u"x.y.z@"_s + domain;
        request.helo = domain;
        std::optional<auth::SpfEvaluation> evaluation;
        QElapsedTimer timer;
        timer.start();
        QObject::connect(&evaluator, &auth::SpfEvaluator::finished, &evaluator,
                         [&] { evaluation = evaluator.result(); });
        evaluator.start(request);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(evaluation.has_value(), kDeadlineMs); }();
        *elapsedMs = timer.elapsed();
        return evaluation.value_or(auth::SpfEvaluation{});
    }

private slots:
    void initTestCase() {
        lab::DnsLabOptions options;
        options.zonesDir = QStringLiteral(REBOUND_TEST_DATA_DIR "/hostile/zones");
        QString error;
        QVERIFY2(m_lab.start(options, &error), qPrintable(error));
        dns::ResolverConfig config;
        config.servers = *dns::parseServerList(m_lab.server());
        config.timeoutMs = 2000;
        m_resolver = std::make_unique<dns::Resolver>(config);
    }

    void bombs_data() {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("result");
        QTest::newRow("include itself") << u"self.spf.example"_s << u"permerror"_s;
        QTest::newRow("include loop") << u"loop-a.spf.example"_s << u"permerror"_s;
        QTest::newRow("redirect loop") << u"redirect-a.spf.example"_s << u"permerror"_s;
        QTest::newRow("include bomb") << u"bomb.spf.example"_s << u"permerror"_s;
        QTest::newRow("30 MX names") << u"mxbomb.spf.example"_s << u"permerror"_s;
        QTest::newRow("4 void lookups") << u"void.spf.example"_s << u"permerror"_s;
        QTest::newRow("macro fan-out") << u"macro.spf.example"_s << u"fail"_s;
        QTest::newRow("11 ptr terms") << u"ptrbomb.spf.example"_s << u"permerror"_s;
    }

    void bombs() {
        QFETCH(QString, domain);
        QFETCH(QString, result);
        qint64 elapsed = 0;
        const auth::SpfEvaluation checked = evaluate(domain, true, &elapsed);
        QCOMPARE(auth::spfResultName(checked.result), result);
        QVERIFY2(!checked.reason.isEmpty(), "the result says why");
        QVERIFY2(checked.dnsQueries <= kMaxQueries, qPrintable(u"%1 queries"_s.arg(checked.dnsQueries)));
        QVERIFY(checked.lookups <= 11);
        qInfo("check_host: %s after %d queries, %d lookups, %lld ms: %s", qPrintable(result),
              checked.dnsQueries, checked.lookups, elapsed, qPrintable(checked.reason.left(160)));

        const auth::SpfEvaluation walked = evaluate(domain, false, &elapsed);
        QVERIFY2(walked.dnsQueries <= kMaxQueries, qPrintable(u"walk: %1 queries"_s.arg(walked.dnsQueries)));
        QVERIFY(elapsed < kDeadlineMs);
        qInfo("structure walk: %d queries, %d lookups, %lld ms", walked.dnsQueries, walked.lookups, elapsed);
    }

    void peakMemoryStaysBounded() {
        const double peak = hostile::peakRssMiB();
        qInfo("peak RSS after every SPF bomb: %.1f MiB (allowed %.0f)", peak, hostile::kRssAllowanceMiB);
        QVERIFY(peak < hostile::kRssAllowanceMiB);
    }
};

QTEST_GUILESS_MAIN(TestHostileSpf)
#include "test_hostile_spf.moc"
