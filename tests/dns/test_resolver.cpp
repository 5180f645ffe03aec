// The resolver against the lab's Knot behind dnsdist, over the real network path.
#include "core/dns/querylog.h"
#include "core/dns/resolver.h"
#include "core/dns/serverlist.h"
#include "lab/dnslab.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace rebound::dns;

class TestResolver : public QObject {
    Q_OBJECT

private:
    rebound::lab::DnsLab m_lab;

    ResolverConfig configFor(const QString& servers, int timeoutMs = 3000) {
        ResolverConfig config;
        config.servers = *parseServerList(servers);
        config.timeoutMs = timeoutMs;
        return config;
    }

    DnsResult resolve(Resolver& resolver, const QString& name, quint16 type) {
        DnsResult result;
        bool done = false;
        resolver.query(name, type, this, [&](const DnsResult& r) {
            result = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            qFatal("query did not end");
        return result;
    }

private slots:
    void initTestCase() {
        rebound::lab::DnsLabOptions options;
        options.zonesDir = rebound::lab::DnsLab::defaultZonesDir();
        options.servfailZones << u"servfail.test"_s;
        options.dnsdistRules
            << u"addAction(QNameRule(\"silent.example.com.\"), DropAction())"_s
            // Answered after c-ares's first try has timed out (600 ms deadline, 2 tries: 200 ms).
            << u"addAction(QNameRule(\"late.example.com.\"), DelayAction(350))"_s
            << u"addAction(QNameRule(\"big.example.com.\"), TCAction())"_s
            << u"addAction(QNameRule(\"refused.example.com.\"), RCodeAction(DNSRCode.REFUSED))"_s;
        QString error;
        QVERIFY2(m_lab.start(options, &error), qPrintable(error));
    }

    void recordTypes_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("expected");
        QTest::newRow("A") << "example.com"
                           << "A"
                           << "192.0.2.10";
        QTest::newRow("AAAA") << "example.com"
                              << "AAAA"
                              << "2001:db8::10";
        QTest::newRow("MX") << "example.com"
                            << "MX"
                            << "10 mx1.example.com.";
        QTest::newRow("TXT") << "example.com"
                             << "TXT"
                             << "\"v=spf1 \" \"include:_spf.example.net \" \"-all\"";
        QTest::newRow("PTR") << "10.2.0.192.in-addr.arpa"
                             << "PTR"
                             << "example.com.";
        QTest::newRow("CNAME") << "www.example.com"
                               << "CNAME"
                               << "example.com.";
        QTest::newRow("NS") << "example.com"
                            << "NS"
                            << "ns1.example.com.";
        QTest::newRow("SOA") << "example.com"
                             << "SOA"
                             << "ns1.example.com. hostmaster.example.com. 2026112301 3600 600 86400 120";
        QTest::newRow("TLSA") << "_25._tcp.mx1.example.com"
                              << "TLSA"
                              << "3 1 1 8cb0fc6c527506a053f4f14c8464bebbd6dede2738d11468dd953d7d6a3021f1";
        QTest::newRow("CAA") << "example.com"
                             << "CAA"
                             << "0 issue \"letsencrypt.org\"";
        QTest::newRow("SRV") << "_sip._tcp.example.com"
                             << "SRV"
                             << "10 60 5060 sip.example.com.";
    }

    void recordTypes() {
        QFETCH(QString, name);
        QFETCH(QString, type);
        QFETCH(QString, expected);
        Resolver resolver(configFor(m_lab.server()));
        const DnsResult result = resolve(resolver, name, quint16(*recordTypeFromName(type)));
        QCOMPARE(outcomeName(result.outcome), u"answer"_s);
        QStringList data;
        for (const DnsRecord& record : result.records()) {
            data << record.presentation();
            QCOMPARE(record.ttl, 300u);
        }
        QVERIFY2(data.contains(expected), qPrintable(data.join(u" | ")));
        QCOMPARE(result.server, m_lab.server());
        QVERIFY(result.flags.aa);
        QVERIFY(!result.usedTcp);
        QVERIFY(result.elapsedMs >= 0);
    }

    void txtStringsKeptApart() {
        Resolver resolver(configFor(m_lab.server()));
        const DnsResult result = resolve(resolver, u"example.com"_s, quint16(RecordType::TXT));
        const QList<DnsRecord> records = result.records();
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().txtStrings,
                 (QList<QByteArray>{"v=spf1 ", "include:_spf.example.net ", "-all"}));
        QCOMPARE(records.first().txtJoined(), QByteArray("v=spf1 include:_spf.example.net -all"));
    }

    void largeTxtFitsWithEdns() {
        Resolver resolver(configFor(m_lab.server()));
        const DnsResult result =
            resolve(resolver, u"google._domainkey.example.com"_s, quint16(RecordType::TXT));
        QCOMPARE(result.outcome, Outcome::Answer);
        const QByteArray key = result.records().first().txtJoined();
        QVERIFY(key.startsWith("v=DKIM1; k=rsa; p="));
        QVERIFY(key.size() > 400); // more than a 512-byte DNS message can carry with headers
        QVERIFY(!result.usedTcp);
        QVERIFY(!result.truncatedOverUdp);
    }

    void truncatedAnswerRetriedOverTcp() {
        Resolver resolver(configFor(m_lab.server()));
        const DnsResult result = resolve(resolver, u"big.example.com"_s, quint16(RecordType::TXT));
        QCOMPARE(result.outcome, Outcome::Answer);
        QVERIFY(result.truncatedOverUdp);
        QVERIFY(result.usedTcp);
        QCOMPARE(result.records().first().txtStrings.size(), 3);
        QCOMPARE(result.records().first().txtStrings.at(2), QByteArray(250, 'z'));
    }

    void negativeAnswers_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("outcome");
        QTest::newRow("nxdomain") << "nonexistent.example.com" << int(Outcome::NxDomain);
        QTest::newRow("nodata") << "nodata.example.com" << int(Outcome::NoData);
        QTest::newRow("servfail") << "anything.servfail.test" << int(Outcome::ServFail);
        QTest::newRow("refused") << "refused.example.com" << int(Outcome::Refused);
    }

    void negativeAnswers() {
        QFETCH(QString, name);
        QFETCH(int, outcome);
        Resolver resolver(configFor(m_lab.server()));
        const DnsResult result = resolve(resolver, name, quint16(RecordType::A));
        QCOMPARE(outcomeName(result.outcome), outcomeName(Outcome(outcome)));
        QVERIFY(result.records().isEmpty());
        QCOMPARE(result.server, m_lab.server());
        if (result.outcome == Outcome::NxDomain || result.outcome == Outcome::NoData) {
            QVERIFY(result.negativeTtl().has_value());
            QCOMPARE(*result.negativeTtl(), 120u);
            QVERIFY(result.error.isEmpty());
        } else {
            QVERIFY(!result.error.isEmpty());
        }
    }

    void silentServerTimesOutWithinDeadline() {
        Resolver resolver(configFor(m_lab.server(), 600));
        QElapsedTimer timer;
        timer.start();
        const DnsResult result = resolve(resolver, u"silent.example.com"_s, quint16(RecordType::A));
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(result.outcome, Outcome::Timeout);
        QVERIFY2(elapsed >= 400 && elapsed < 1500, qPrintable(QString::number(elapsed)));
        QVERIFY(result.server.isEmpty());
    }

    void closedPortIsNetworkErrorOrTimeout() {
        const quint16 port = rebound::lab::DnsLab::freePort();
        Resolver resolver(configFor(u"127.0.0.1:"_s + QString::number(port), 600));
        const DnsResult result = resolve(resolver, u"example.com"_s, quint16(RecordType::A));
        QVERIFY2(result.outcome == Outcome::NetworkError || result.outcome == Outcome::Timeout,
                 qPrintable(outcomeName(result.outcome)));
        QVERIFY(!isDefinite(result.outcome));
    }

    void ipv6Server() {
        Resolver resolver(configFor(m_lab.serverV6()));
        const DnsResult result = resolve(resolver, u"mx1.example.com"_s, quint16(RecordType::A));
        QCOMPARE(result.outcome, Outcome::Answer);
        QCOMPARE(result.records().first().address, QHostAddress(u"192.0.2.25"_s));
        QCOMPARE(result.server, m_lab.serverV6());
    }

    void invalidNamesSendNothing_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << "";
        QTest::newRow("empty label") << "a..example.com";
        QTest::newRow("long label") << QString(64, u'a') + u".example.com"_s;
        QTest::newRow("long name") << QString(QString(60, u'a') + u'.').repeated(5) + u"com"_s;
    }

    void invalidNamesSendNothing() {
        QFETCH(QString, name);
        Resolver resolver(configFor(m_lab.server()));
        const DnsResult result = resolve(resolver, name, quint16(RecordType::A));
        QCOMPARE(result.outcome, Outcome::InvalidQuery);
        QVERIFY(!result.error.isEmpty());
        QVERIFY(result.server.isEmpty());
        QCOMPARE(resolver.inFlight(), 0);
    }

    void callbacksAreAsynchronous() {
        Resolver resolver(configFor(m_lab.server()));
        bool called = false;
        resolver.query(u""_s, quint16(RecordType::A), this, [&](const DnsResult&) { called = true; });
        QVERIFY(!called); // even an immediate failure arrives through the event loop
        QTRY_VERIFY(called);
    }

    void cancelInFlight() {
        Resolver resolver(configFor(m_lab.server(), 3000));
        QList<Outcome> outcomes;
        const QueryId silent = resolver.query(u"silent.example.com"_s, RecordType::A, this,
                                              [&](const DnsResult& r) { outcomes << r.outcome; });
        resolver.query(u"silent.example.com"_s, RecordType::AAAA, this,
                       [&](const DnsResult& r) { outcomes << r.outcome; });
        QTest::qWait(50);
        QElapsedTimer timer;
        timer.start();
        resolver.cancel(silent);
        QTRY_COMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first(), Outcome::Cancelled);
        resolver.cancelAll();
        QTRY_COMPARE(outcomes.size(), 2);
        QCOMPARE(outcomes.last(), Outcome::Cancelled);
        QVERIFY(timer.elapsed() < 1000);
    }

    void destroyedContextDropsCallback() {
        Resolver resolver(configFor(m_lab.server()));
        bool called = false;
        auto* context = new QObject;
        resolver.query(u"example.com"_s, RecordType::A, context, [&](const DnsResult&) { called = true; });
        delete context;
        QSignalSpy idle(&resolver, &Resolver::idle);
        QVERIFY(idle.wait(5000));
        QVERIFY(!called);
    }

    void thousandConcurrentQueries() {
        ResolverConfig config = configFor(m_lab.server(), 10000);
        config.maxInFlight = 1000;
        Resolver resolver(config);
        int answered = 0;
        int other = 0;
        for (int i = 0; i < 1000; ++i) {
            const QString name = (i % 2) ? u"mx1.example.com"_s : u"n%1.example.com"_s.arg(i);
            resolver.query(name, RecordType::A, this, [&, i](const DnsResult& r) {
                const Outcome expected = (i % 2) ? Outcome::Answer : Outcome::NxDomain;
                if (r.outcome != expected && other < 5)
                    qWarning() << i << outcomeName(r.outcome) << r.error << r.elapsedMs;
                (r.outcome == expected && r.server == m_lab.server() ? answered : other)++;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(answered + other, 1000, 20000);
        QCOMPARE(other, 0);
        QCOMPARE(resolver.inFlight(), 0);
    }

    // Hundreds of queries meet their deadline together (one timer serves them all): each ends once,
    // as a timeout, and none before its deadline.
    void manyQueriesMeetTheirDeadlines() {
        ResolverConfig config = configFor(m_lab.server(), 600);
        config.initialInFlight = 512;
        config.maxInFlight = 512;
        Resolver resolver(config);
        QList<DnsResult> results;
        for (int i = 0; i < 300; ++i)
            resolver.query(u"silent.example.com"_s, quint16(1000 + i), this,
                           [&](const DnsResult& r) { results << r; });
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 300, 10000);
        for (const DnsResult& r : std::as_const(results)) {
            QCOMPARE(r.outcome, Outcome::Timeout);
            QVERIFY2(r.elapsedMs >= 590, qPrintable(QString::number(r.elapsedMs)));
        }
        QTest::qWait(50);
        QCOMPARE(results.size(), 300);
        QCOMPARE(resolver.inFlight(), 0);
    }

    // Results reach their callbacks in batches: a callback may delete the resolver or the context of
    // a later result of the same batch, and what follows is still safe (the later one is dropped).
    void callbacksMayDestroyWhatLaterOnesUse() {
        auto* resolver = new Resolver(configFor(m_lab.server()));
        auto* doomed = new QObject;
        int called = 0;
        int doomedCalled = 0;
        for (int i = 0; i < 5; ++i)
            resolver->cancel(
                resolver->query(u"mx1.example.com"_s, RecordType::A, this, [&](const DnsResult&) {
                    if (++called == 1) {
                        delete doomed;
                        delete resolver;
                    }
                }));
        resolver->cancel(resolver->query(u"mx1.example.com"_s, RecordType::A, doomed,
                                         [&](const DnsResult&) { ++doomedCalled; }));
        QTRY_COMPARE(called, 5); // cancelled together: one batch
        QTest::qWait(20);
        QCOMPARE(doomedCalled, 0);
    }

    void queueCapRespected() {
        ResolverConfig config = configFor(m_lab.server());
        config.maxInFlight = 4;
        Resolver resolver(config);
        int done = 0;
        int maxSeen = 0;
        for (int i = 0; i < 40; ++i) {
            resolver.query(u"example.com"_s, RecordType::A, this, [&](const DnsResult& r) {
                QCOMPARE(r.outcome, Outcome::Answer);
                ++done;
            });
        }
        QTRY_VERIFY_WITH_TIMEOUT((maxSeen = qMax(maxSeen, resolver.inFlight()), done == 40), 10000);
        QVERIFY(maxSeen <= 4);
    }

    // The in-flight window doubles each round trip while every answer comes at the first try, up to
    // maxInFlight.
    void windowGrowsWithCleanAnswers() {
        ResolverConfig config = configFor(m_lab.server());
        config.initialInFlight = 4;
        config.maxInFlight = 1000;
        Resolver resolver(config);
        QCOMPARE(resolver.window(), 4);
        int done = 0;
        int maxSeen = 0;
        for (int i = 0; i < 300; ++i)
            resolver.query(u"n%1.example.com"_s.arg(i), RecordType::A, this,
                           [&](const DnsResult&) { ++done; });
        QTRY_VERIFY_WITH_TIMEOUT((maxSeen = qMax(maxSeen, resolver.inFlight()), done == 300), 20000);
        QCOMPARE(resolver.window(), 304); // one more per clean answer
        QVERIFY2(maxSeen > 4, qPrintable(QString::number(maxSeen)));
        config.maxInFlight = 8; // the ceiling holds
        Resolver capped(config);
        done = 0;
        for (int i = 0; i < 50; ++i)
            capped.query(u"example.com"_s, RecordType::A, this, [&](const DnsResult&) { ++done; });
        QTRY_COMPARE_WITH_TIMEOUT(done, 50, 10000);
        QCOMPARE(capped.window(), 8);
    }

    // An answer that comes only after c-ares asked again halves the window, once per round: the
    // queries already on the wire when it halved belong to the same round. A query that never gets an
    // answer does not count.
    void windowHalvesOnLateAnswers() {
        ResolverConfig config = configFor(m_lab.server(), 600);
        config.initialInFlight = 128;
        Resolver resolver(config);
        int done = 0;
        resolver.query(u"silent.example.com"_s, RecordType::A, this, [&](const DnsResult&) { ++done; });
        QTRY_COMPARE_WITH_TIMEOUT(done, 1, 5000);
        QCOMPARE(resolver.window(), 128);
        for (int i = 0; i < 3; ++i)
            resolver.query(u"late.example.com"_s, RecordType::A, this, [&](const DnsResult& r) {
                QVERIFY2(r.outcome != Outcome::Timeout, qPrintable(r.error));
                ++done;
            });
        QTRY_COMPARE_WITH_TIMEOUT(done, 4, 5000);
        QCOMPARE(resolver.window(), 64);
        resolver.query(u"late.example.com"_s, RecordType::A, this, [&](const DnsResult&) { ++done; });
        QTRY_COMPARE_WITH_TIMEOUT(done, 5, 5000);
        QCOMPARE(resolver.window(), 32);
    }

    // The query log sees every query that ends, with what the server said, from the real lab server.
    void queryLogRecordsEachQuery() {
        Resolver resolver(configFor(m_lab.server()));
        QueryLog log;
        resolver.setQueryLog(&log);
        resolve(resolver, u"example.com"_s, quint16(RecordType::MX));
        resolve(resolver, u"nonexistent.example.com"_s, quint16(RecordType::A));
        resolve(resolver, u"nodata.example.com"_s, quint16(RecordType::A));
        resolve(resolver, u"anything.servfail.test"_s, quint16(RecordType::A));
        QCOMPARE(log.entries().size(), 4);
        QCOMPARE(log.total(), 4);
        QVERIFY(!log.cut());
        const QueryLogEntry& mx = log.entries().at(0);
        QCOMPARE(mx.name, u"example.com"_s);
        QCOMPARE(mx.type, quint16(RecordType::MX));
        QCOMPARE(mx.server, m_lab.server());
        QCOMPARE(mx.outcome, Outcome::Answer);
        QVERIFY(mx.data.contains(u"10 mx1.example.com."_s));
        QVERIFY(mx.ttl.has_value());
        QCOMPARE(log.entries().at(1).outcome, Outcome::NxDomain);
        QCOMPARE(log.entries().at(1).ttl, std::optional<quint32>(120u)); // the SOA's negative TTL
        QCOMPARE(log.entries().at(2).outcome, Outcome::NoData);
        QCOMPARE(log.entries().at(3).outcome, Outcome::ServFail);
        QVERIFY(!log.entries().at(3).error.isEmpty());

        // The session JSON form reads back the same.
        const QueryLog back = QueryLog::fromJson(log.toJson());
        QCOMPARE(back.entries().size(), 4);
        QCOMPARE(back.entries().at(0).data, mx.data);
        QCOMPARE(back.entries().at(2).outcome, Outcome::NoData);
        QCOMPARE(back.entries().at(0).type, quint16(RecordType::MX));

        resolver.setQueryLog(nullptr);
        resolve(resolver, u"example.com"_s, quint16(RecordType::A));
        QCOMPARE(log.total(), 4);
    }

    // Past its capacity the log only counts: 300 real queries into a log of 100 keep the first 100
    // and say 200 were cut, in memory and in JSON; a hostile JSON cannot grow it past the default cap.
    void queryLogIsBounded() {
        ResolverConfig config = configFor(m_lab.server(), 10000);
        Resolver resolver(config);
        QueryLog log(100);
        resolver.setQueryLog(&log);
        int done = 0;
        for (int i = 0; i < 300; ++i)
            resolver.query(u"n%1.example.com"_s.arg(i), RecordType::A, this,
                           [&](const DnsResult&) { ++done; });
        QTRY_COMPARE_WITH_TIMEOUT(done, 300, 20000);
        QCOMPARE(log.entries().size(), 100);
        QCOMPARE(log.total(), 300);
        QCOMPARE(log.dropped(), 200);
        QVERIFY(log.cut());
        const QJsonObject json = log.toJson();
        QCOMPARE(json.value(u"queries").toArray().size(), 100);
        QCOMPARE(json.value(u"dropped").toInteger(), 200);
        QCOMPARE(json.value(u"total").toInteger(), 300);

        // A full log (5,000 answers of a long TXT record, the records as received above) is written
        // and read back quickly enough for the end of a run; printed for docs/PERFORMANCE.md.
        QueryLog full;
        DnsResult txt = resolve(resolver, u"example.com"_s, quint16(RecordType::TXT));
        for (int i = 0; i < QueryLog::DefaultCapacity + 10; ++i)
            full.record(txt);
        QCOMPARE(full.entries().size(), QueryLog::DefaultCapacity);
        QCOMPARE(full.dropped(), 10);
        QElapsedTimer timer;
        timer.start();
        const QJsonObject fullJson = full.toJson();
        const qint64 writeMs = timer.restart();
        const QueryLog fullBack = QueryLog::fromJson(fullJson);
        const qint64 readMs = timer.elapsed();
        QCOMPARE(fullBack.entries().size(), QueryLog::DefaultCapacity);
        QCOMPARE(fullBack.dropped(), 10);
        qInfo("query log of %d entries: toJson %lld ms, fromJson %lld ms", int(QueryLog::DefaultCapacity),
              writeMs, readMs);
        QVERIFY2(writeMs < 500 && readMs < 500, qPrintable(u"%1 / %2 ms"_s.arg(writeMs).arg(readMs)));

        QJsonArray many;
        for (int i = 0; i < QueryLog::DefaultCapacity + 50; ++i)
            many.append(QJsonObject{{u"name"_s, QString(1000, u'a')}, {u"outcome"_s, u"nxdomain"_s}});
        const QueryLog hostile =
            QueryLog::fromJson({{u"queries"_s, many}, {u"capacity"_s, 1 << 30}, {u"total"_s, 3}});
        QCOMPARE(hostile.entries().size(), QueryLog::DefaultCapacity);
        QVERIFY(hostile.entries().first().name.size() <= 256);
        QCOMPARE(hostile.total(), qint64(QueryLog::DefaultCapacity));
    }
};

QTEST_GUILESS_MAIN(TestResolver)
#include "test_resolver.moc"
