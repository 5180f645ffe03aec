// BlocklistCheck, ReverseDnsCheck, IpHealthCheck and IpHealthBatch against the lab: Knot serving real
// list names (tests/blocklist/zones/root.zone) behind dnsdist, which drops one list (timeout) and answers
// SERVFAIL for another; a third list's zone answers SERVFAIL from Knot. Each case asserts the exact verdict.
#include "core/blocklist/blocklistcheck.h"
#include "core/blocklist/blocklistjson.h"
#include "core/blocklist/testpointprobe.h"
#include "core/dns/ipaddress.h"
#include "core/dns/resolver.h"
#include "core/dns/serverlist.h"
#include "core/iphealth/iphealthbatch.h"
#include "core/iphealth/iphealthcheck.h"
#include "core/iphealth/iphealthjson.h"
#include "lab/dnslab.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace rebound;
using namespace rebound::blocklist;

class TestBlocklistCheck : public QObject {
    Q_OBJECT

private:
    lab::DnsLab m_lab;
    std::unique_ptr<dns::Resolver> m_resolver;

    static constexpr int timeoutMs = 1000;

    QList<ListResult> check(const QString& target, const QStringList& ids, CheckOptions options = {},
                            QList<ListResult>* streamed = nullptr) {
        options.enabledIds = ids;
        BlocklistCheck check(m_resolver.get(), BlocklistCatalog::builtin(), options);
        QList<ListResult> emitted;
        connect(&check, &BlocklistCheck::listFinished, this, [&](const ListResult& r) { emitted << r; });
        QSignalSpy finished(&check, &BlocklistCheck::finished);
        if (const auto address = dns::parseIpAddress(target))
            check.start(*address);
        else
            check.startDomain(target);
        if (!finished.wait(timeoutMs * 10))
            qFatal("the check did not finish");
        QTest::qWait(0);
        if (finished.size() != 1)
            qFatal("finished() was not emitted exactly once");
        if (streamed)
            *streamed = emitted;
        return check.results();
    }

    // The resolver numbers its queries in order: the id of a query asked (and cancelled at once) after a
    // run, minus the one asked before it, counts every query the run sent.
    dns::QueryId markerQuery() {
        const dns::QueryId id =
            m_resolver->query(u"marker.invalid."_s, quint16(1), this, [](const dns::DnsResult&) {});
        m_resolver->cancel(id);
        return id;
    }

private slots:
    void initTestCase() {
        lab::DnsLabOptions options;
        options.zonesDir = QStringLiteral(REBOUND_TEST_DATA_DIR "/blocklist/zones");
        options.servfailZones << u"bl.mailspike.net"_s;
        options.dnsdistRules << u"local drop = newSuffixMatchNode(); drop:add(\"dnsbl.dronebl.org.\")"_s
                             << u"addAction(SuffixMatchNodeRule(drop), DropAction())"_s
                             << u"local sf = newSuffixMatchNode(); sf:add(\"bl.0spam.org.\")"_s
                             << u"addAction(SuffixMatchNodeRule(sf), RCodeAction(DNSRCode.SERVFAIL))"_s
                             // IPv4 names only: the IPv6 case above still reads NordSpam's listing.
                             << u"addAction(RegexRule([[^([0-9]+\\.){4}bl\\.nordspam\\.com\\.?$]]), "
                                u"RCodeAction(DNSRCode.REFUSED))"_s;
        QString error;
        QVERIFY2(m_lab.start(options, &error), qPrintable(error));
        dns::ResolverConfig config;
        config.servers = *dns::parseServerList(m_lab.server());
        config.timeoutMs = timeoutMs;
        m_resolver = std::make_unique<dns::Resolver>(config);
        QVERIFY(m_resolver->isValid());
    }

    void cleanupTestCase() { m_resolver.reset(); }

    void verdicts_data() {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("list");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QStringList>("codes");
        QTest::addColumn<QString>("reason"); // contained in the reason (or the meaning when listed)
        QTest::addColumn<QString>("txt");    // contained in the TXT
        const QString ip = u"203.0.113.7"_s;
        QTest::newRow("ZEN multi-code with TXT")
            << ip << u"spamhaus-zen"_s << QString() << u"listed"_s
            << QStringList{u"127.0.0.2"_s, u"127.0.0.4"_s, u"127.0.0.10"_s} << u"PBL, ISP-maintained"_s
            << u"https://www.spamhaus.org/query/ip/203.0.113.7"_s;
        QTest::newRow("SpamCop with TXT")
            << ip << u"spamcop"_s << QString() << u"listed"_s << QStringList{u"127.0.0.2"_s}
            << u"Reported"_s << u"Blocked - see https://www.spamcop.net/bl.shtml?203.0.113.7"_s;
        QTest::newRow("Barracuda clean")
            << ip << u"barracuda"_s << QString() << u"clean"_s << QStringList{} << QString() << QString();
        QTest::newRow("ZEN refuses a public resolver")
            << u"203.0.113.8"_s << u"spamhaus-zen"_s << QString() << u"refused"_s
            << QStringList{u"127.255.255.254"_s} << u"public or open resolver"_s << QString();
        QTest::newRow("PSBL answer outside 127/8")
            << ip << u"psbl"_s << QString() << u"broken"_s << QStringList{u"192.0.2.55"_s}
            << u"outside 127.0.0.0/8"_s << QString();
        QTest::newRow("dead list: test point not listed")
            << ip << u"uceprotect-2"_s << QString() << u"unavailable"_s << QStringList{u"127.0.0.2"_s}
            << u"test point 127.0.0.2 is not listed"_s << QString();
        QTest::newRow("wildcard lists 127.0.0.1")
            << ip << u"uceprotect-3"_s << QString() << u"broken"_s << QStringList{u"127.0.0.2"_s}
            << u"wildcard"_s << QString();
        QTest::newRow("timeout (dnsdist drops)") << ip << u"dronebl"_s << QString() << u"unavailable"_s
                                                 << QStringList{} << u"timeout"_s << QString();
        QTest::newRow("SERVFAIL") << ip << u"mailspike-bl"_s << QString() << u"unavailable"_s
                                  << QStringList{} << u"servfail"_s << QString();
        QTest::newRow("SERVFAIL from dnsdist") << ip << u"0spam-bl"_s << QString() << u"unavailable"_s
                                               << QStringList{} << u"servfail"_s << QString();
        QTest::newRow("Barracuda listed") << u"203.0.113.9"_s << u"barracuda"_s << QString() << u"listed"_s
                                          << QStringList{u"127.0.0.2"_s} << u"Barracuda"_s << QString();
        QTest::newRow("ZEN over quota")
            << u"203.0.113.21"_s << u"spamhaus-zen"_s << QString() << u"refused"_s
            << QStringList{u"127.255.255.255"_s} << u"Excessive number of queries"_s << QString();
        QTest::newRow("DQS key rejected")
            << ip << u"spamhaus-zen"_s << u"badkey1"_s << u"refused"_s
            << QStringList{u"127.255.255.251"_s} << u"DQS key rejected"_s << QString();
        QTest::newRow("dnswl blocked")
            << u"203.0.113.21"_s << u"dnswl"_s << QString() << u"refused"_s
            << QStringList{u"127.0.0.255"_s} << u"over the free limit"_s << QString();
        QTest::newRow("Blocklist.de with TXT")
            << u"203.0.113.21"_s << u"blocklist-de"_s << QString() << u"listed"_s
            << QStringList{u"127.0.0.9"_s} << u"Mail attack"_s << u"Infected System (Service: mail"_s;
        QTest::newRow("undocumented code")
            << ip << u"s5h"_s << QString() << u"unknown"_s << QStringList{u"127.0.0.99"_s}
            << u"not documented"_s << QString();
        QTest::newRow("allowlisted on dnswl")
            << ip << u"dnswl"_s << QString() << u"listed"_s << QStringList{u"127.0.5.2"_s}
            << u"service or network provider"_s << QString();
        QTest::newRow("Abusix needs a key") << ip << u"abusix-combined"_s << QString() << u"skipped"_s
                                            << QStringList{} << u"needs an Abusix key"_s << QString();
        QTest::newRow("DQS key switches zones") << ip << u"spamhaus-zen"_s << u"labkey123"_s << u"listed"_s
                                                << QStringList{u"127.0.0.3"_s} << u"CSS"_s << QString();
        QTest::newRow("IPv6 nibbles")
            << u"2001:db8::7"_s << u"nordspam-bl"_s << QString() << u"listed"_s
            << QStringList{u"127.0.0.2"_s} << u"NordSpam"_s << u"Listed: spam run \\007 \"quoted\""_s;
        QTest::newRow("IPv6 not served") << u"2001:db8::7"_s << u"spamcop"_s << QString() << u"skipped"_s
                                         << QStringList{} << u"does not cover IPv6"_s << QString();
        QTest::newRow("IPv6 clean on ZEN") << u"2001:db8::8"_s << u"spamhaus-zen"_s << QString()
                                           << u"clean"_s << QStringList{} << QString() << QString();
        QTest::newRow("URIBL black") << u"spammer.example"_s << u"uribl-multi"_s << QString()
                                     << u"listed"_s << QStringList{u"127.0.0.2"_s} << u"black"_s
                                     << QString();
        QTest::newRow("URIBL refused bit")
            << u"blocked.example"_s << u"uribl-multi"_s << QString() << u"refused"_s
            << QStringList{u"127.0.0.1"_s} << u"Query refused"_s << u"uribl.com/refused.shtml"_s;
        QTest::newRow("DBL phishing")
            << u"phish.example"_s << u"spamhaus-dbl"_s << QString() << u"listed"_s
            << QStringList{u"127.0.1.4"_s} << u"Phishing"_s << QString();
        QTest::newRow("DBL clean") << u"good.example"_s << u"spamhaus-dbl"_s << QString() << u"clean"_s
                                   << QStringList{} << QString() << QString();
    }

    void verdicts() {
        QFETCH(QString, target);
        QFETCH(QString, list);
        QFETCH(QString, key);
        QFETCH(QString, status);
        QFETCH(QStringList, codes);
        QFETCH(QString, reason);
        QFETCH(QString, txt);
        CheckOptions options;
        options.spamhausDqsKey = key;
        const QList<ListResult> results = check(target, {list}, options);
        QCOMPARE(results.size(), 1);
        const ListResult& r = results.first();
        QCOMPARE(r.id, list);
        QCOMPARE(listStatusName(r.status), status);
        QCOMPARE(r.codes, codes);
        const QString text = r.status == ListStatus::Listed ? r.meaning() : r.reason;
        QVERIFY2(text.contains(reason), qPrintable(text));
        if (!txt.isEmpty())
            QVERIFY2(r.txt.join(u'\n').contains(txt), qPrintable(r.txt.join(u'\n')));
        // The test points passed unless the list itself is dead, a wildcard, unreachable or not asked,
        // or refuses everything (a rejected DQS key answers its error code to the test points too).
        const bool refusesAll = key == u"badkey1";
        const bool tested = status == u"listed" || status == u"clean" || status == u"unknown"
                            || (status == u"refused" && !refusesAll)
                            || (status == u"broken" && reason.contains(u"outside"_s));
        QCOMPARE(r.testPassed, tested);
        if (isCouldNotCheck(r.status) || r.status == ListStatus::Skipped)
            QCOMPARE(r.impact, Impact::None);
        if (!key.isEmpty()) {
            QCOMPARE(r.zone, u"zen.dq.spamhaus.net"_s);
            QVERIFY(!r.query.contains(key)); // the key is never shown
            QCOMPARE(r.query, u"7.113.0.203.zen.dq.spamhaus.net"_s);
        }
        if (r.status == ListStatus::Listed && r.kind != ListKind::Allowlist)
            QVERIFY(r.impact != Impact::None);
        const QJsonObject json = toJson(r);
        for (const QString& k : {u"zone"_s, u"name"_s, u"status"_s, u"codes"_s, u"meaning"_s, u"txt"_s,
                                 u"lookup_url"_s, u"removal_url"_s})
            QVERIFY2(json.contains(k), qPrintable(k));
    }

    // Every list in one check: each is emitted once, in about one query deadline (the timeout list),
    // not one deadline per list.
    void allListsAtOnceStreamed() {
        const QStringList ids{u"spamhaus-zen"_s, u"spamcop"_s,         u"barracuda"_s,
                              u"psbl"_s,         u"uceprotect-2"_s,    u"uceprotect-3"_s,
                              u"dronebl"_s,      u"mailspike-bl"_s,    u"s5h"_s,
                              u"dnswl"_s,        u"abusix-combined"_s, u"uceprotect-1"_s};
        QList<ListResult> streamed;
        QElapsedTimer timer;
        timer.start();
        const QList<ListResult> results = check(u"203.0.113.7"_s, ids, {}, &streamed);
        QVERIFY2(timer.elapsed() < 3 * timeoutMs, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(results.size(), ids.size());
        QCOMPARE(streamed.size(), ids.size());
        QStringList seen;
        for (const ListResult& r : streamed) {
            QVERIFY2(!seen.contains(r.id), qPrintable(r.id));
            seen << r.id;
        }
        // uceprotect-1 is not in the lab at all: its test point is NXDOMAIN, so it is not "clean".
        for (const ListResult& r : results) {
            if (r.id == u"uceprotect-1")
                QCOMPARE(r.status, ListStatus::Unavailable);
        }
        // The timed-out list ends last; the quick ones were streamed before it.
        QCOMPARE(streamed.last().id, u"dronebl"_s);
    }

    void defaultCatalogNeverShowsUncheckedAsClean() {
        // None of the default lists except those in the lab can pass their test points here.
        const QList<ListResult> results = check(u"203.0.113.7"_s, BlocklistCatalog::builtin().defaultIds());
        QVERIFY2(results.size() >= 25, qPrintable(QString::number(results.size())));
        for (const ListResult& r : results) {
            if (r.status == ListStatus::Clean || r.status == ListStatus::Listed)
                QVERIFY2(r.testPassed, qPrintable(r.id));
        }
    }

    void cancelEndsAtOnce() {
        CheckOptions options;
        options.enabledIds = {u"dronebl"_s, u"spamcop"_s};
        BlocklistCheck check(m_resolver.get(), BlocklistCatalog::builtin(), options);
        QSignalSpy lists(&check, &BlocklistCheck::listFinished);
        QSignalSpy finished(&check, &BlocklistCheck::finished);
        check.start(QHostAddress(u"203.0.113.7"_s));
        check.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(lists.size(), 2);
        for (const ListResult& r : check.results()) {
            QCOMPARE(r.status, ListStatus::Skipped);
            QCOMPARE(r.reason, u"cancelled"_s);
        }
        QTest::qWait(50); // late callbacks are ignored
        QCOMPARE(finished.size(), 1);
    }

    void reverseDns_data() {
        QTest::addColumn<QString>("ip");
        QTest::addColumn<QStringList>("ptr");
        QTest::addColumn<QString>("fcrdns");
        QTest::addColumn<bool>("generic");
        QTest::newRow("confirmed") << u"203.0.113.7"_s << QStringList{u"mail.example.com"_s} << u"pass"_s
                                   << false;
        QTest::newRow("generic, not confirmed")
            << u"203.0.113.8"_s << QStringList{u"203-0-113-8.dsl.dyn.example.net"_s} << u"fail"_s << true;
        QTest::newRow("no PTR") << u"203.0.113.9"_s << QStringList{} << u"no_ptr"_s << false;
    }

    void reverseDns() {
        QFETCH(QString, ip);
        QFETCH(QStringList, ptr);
        QFETCH(QString, fcrdns);
        QFETCH(bool, generic);
        iphealth::IpHealthOptions options;
        options.checkDocumentationRanges = true;
        options.blocklists.enabledIds = {u"spamcop"_s};
        iphealth::IpHealthCheck check(m_resolver.get(), BlocklistCatalog::builtin(), options);
        QSignalSpy finished(&check, &iphealth::IpHealthCheck::finished);
        check.start(QHostAddress(ip));
        QVERIFY(finished.wait(timeoutMs * 10));
        const iphealth::IpHealthResult& r = check.result();
        QVERIFY(r.checked);
        QCOMPARE(r.rdns.ptrNames, ptr);
        QCOMPARE(iphealth::fcrdnsStatusName(r.rdns.fcrdns), fcrdns);
        QCOMPARE(r.rdns.generic.generic, generic);
        if (fcrdns == u"pass") {
            QCOMPARE(r.rdns.forward.size(), 1);
            QCOMPARE(r.rdns.forward.first().addresses, QStringList{ip});
        }
        const QJsonObject json = iphealth::toJson(r);
        QCOMPARE(json.value(u"ip"_s).toString(), ip);
        QCOMPARE(json.value(u"fcrdns"_s).toObject().value(u"status"_s).toString(), fcrdns);
        QCOMPARE(json.value(u"ptr"_s).toArray().size(), ptr.size());
        QCOMPARE(json.value(u"blocklists"_s).toArray().size(), 1);
    }

    void specialPurposeExplainedNotQueried_data() {
        QTest::addColumn<QString>("ip");
        QTest::addColumn<QString>("words");
        QTest::newRow("private") << u"10.1.2.3"_s << u"RFC 1918"_s;
        QTest::newRow("loopback") << u"127.0.0.2"_s << u"oopback"_s;
        QTest::newRow("documentation") << u"203.0.113.7"_s << u"ocumentation"_s;
        QTest::newRow("v6 link-local") << u"fe80::1"_s << u"ink"_s;
    }

    void specialPurposeExplainedNotQueried() {
        QFETCH(QString, ip);
        QFETCH(QString, words);
        iphealth::IpHealthCheck check(m_resolver.get(), BlocklistCatalog::builtin(), {});
        QSignalSpy finished(&check, &iphealth::IpHealthCheck::finished);
        check.start(QHostAddress(ip));
        QCOMPARE(m_resolver->inFlight(), 0); // nothing sent
        QVERIFY(finished.wait(1000));
        QVERIFY(!check.result().checked);
        QVERIFY2(check.result().notCheckedReason.contains(words),
                 qPrintable(check.result().notCheckedReason));
        QCOMPARE(iphealth::nagiosCode(check.result()), iphealth::NagiosUnknown);
    }

    void rangeStreamsWithBoundedConcurrency() {
        iphealth::IpHealthOptions options;
        options.checkDocumentationRanges = true;
        options.blocklists.enabledIds = {u"spamhaus-zen"_s, u"spamcop"_s};
        iphealth::IpHealthBatch batch(m_resolver.get(), BlocklistCatalog::builtin(), options, 2);
        QList<QHostAddress> addresses;
        for (int i = 0; i < 16; ++i)
            addresses << QHostAddress(u"203.0.113.%1"_s.arg(i));
        QMap<int, iphealth::IpHealthResult> results;
        connect(&batch, &iphealth::IpHealthBatch::resultReady, this,
                [&](int index, const iphealth::IpHealthResult& r) { results.insert(index, r); });
        QSignalSpy finished(&batch, &iphealth::IpHealthBatch::finished);
        batch.start(addresses);
        QVERIFY(finished.wait(timeoutMs * 20));
        QCOMPARE(results.size(), 16);
        QCOMPARE(iphealth::nagiosCode(results.value(7)), iphealth::NagiosCritical); // ZEN: major
        QCOMPARE(iphealth::nagiosCode(results.value(8)), iphealth::NagiosUnknown);  // ZEN refused
        QCOMPARE(iphealth::nagiosCode(results.value(12)), iphealth::NagiosOk);
        for (const auto& r : results)
            QCOMPARE(r.blocklists.size(), 2);
    }

    // A /26 against a list that dnsdist drops (dronebl), one that answers SERVFAIL (0spam-bl), one that
    // answers REFUSED (nordspam-bl) and one that answers (spamcop), 16 addresses at a time: the dropped list
    // is learnt once for the run, so every address gets "could not check (list not answering)", the run ends
    // in about one deadline (not one per wave of addresses), and the dead lists are asked a handful of times,
    // not per address.
    void deadListLearntOncePerRun() {
        iphealth::IpHealthOptions options;
        options.checkDocumentationRanges = true;
        options.reverseDns = false;
        options.blocklists.enabledIds = {u"spamcop"_s, u"dronebl"_s, u"0spam-bl"_s, u"nordspam-bl"_s};
        iphealth::IpHealthBatch batch(m_resolver.get(), BlocklistCatalog::builtin(), options, 16);
        QList<QHostAddress> addresses;
        for (int i = 0; i < 64; ++i)
            addresses << QHostAddress(u"203.0.113.%1"_s.arg(i));
        QMap<int, iphealth::IpHealthResult> results;
        connect(&batch, &iphealth::IpHealthBatch::resultReady, this,
                [&](int index, const iphealth::IpHealthResult& r) { results.insert(index, r); });
        QSignalSpy finished(&batch, &iphealth::IpHealthBatch::finished);
        const dns::QueryId before = markerQuery();
        QElapsedTimer timer;
        timer.start();
        batch.start(addresses);
        QVERIFY(finished.wait(timeoutMs * 20));
        const qint64 wall = timer.elapsed();
        const int queries = int(markerQuery() - before - 1);
        // 64 addresses, 16 at a time: waves would take 4 deadlines; learnt once, about one.
        QVERIFY2(wall < timeoutMs * 2, qPrintable(QString::number(wall)));
        QCOMPARE(results.size(), 64);
        int listed = 0;
        for (const iphealth::IpHealthResult& r : std::as_const(results)) {
            QCOMPARE(r.blocklists.size(), 4);
            for (const ListResult& list : r.blocklists) {
                const QJsonObject json = toJson(list);
                if (list.id == u"dronebl") {
                    QCOMPARE(list.status, ListStatus::Unavailable);
                    QCOMPARE(list.listHealth, ListHealth::NotAnswering);
                    QCOMPARE(json.value(u"list_health"_s).toString(), u"not_answering"_s);
                    QVERIFY2(list.reason.contains(u"list not answering"_s), qPrintable(list.reason));
                    QVERIFY(isCouldNotCheck(list.status));
                } else if (list.id == u"0spam-bl") {
                    QCOMPARE(list.status, ListStatus::Unavailable);
                    QCOMPARE(json.value(u"list_health"_s).toString(), u"failing"_s);
                } else if (list.id == u"nordspam-bl") {
                    QCOMPARE(list.status, ListStatus::Refused);
                    QCOMPARE(json.value(u"list_health"_s).toString(), u"refusing"_s);
                    QVERIFY(isCouldNotCheck(list.status));
                } else {
                    QVERIFY(list.status == ListStatus::Clean || list.status == ListStatus::Listed);
                    QCOMPARE(list.listHealth, ListHealth::Answering);
                    listed += list.status == ListStatus::Listed ? 1 : 0;
                }
            }
            QCOMPARE(iphealth::nagiosCode(r) == iphealth::NagiosOk, false); // never "clean" overall
        }
        // SpamCop once per address (+ TXT when listed), eight test-point queries, and at most the
        // probation queries of each of the three dead lists: not one query per address and dead list.
        const int bound = 64 + listed + 8 + 3 * TestPointProbe::FailuresToGiveUp;
        QVERIFY2(queries <= bound, qPrintable(u"%1 queries, at most %2 expected"_s.arg(queries).arg(bound)));
    }

    void nagiosCodes() {
        iphealth::IpHealthResult r;
        r.checked = true;
        ListResult list;
        list.status = ListStatus::Clean;
        r.blocklists = {list};
        QCOMPARE(iphealth::nagiosCode(r), iphealth::NagiosOk);
        r.blocklists.first().status = ListStatus::Listed;
        r.blocklists.first().impact = Impact::Minor;
        QCOMPARE(iphealth::nagiosCode(r), iphealth::NagiosWarning);
        r.blocklists.first().impact = Impact::Major;
        QCOMPARE(iphealth::nagiosCode(r), iphealth::NagiosCritical);
        r.blocklists.first().kind = ListKind::Allowlist;
        r.blocklists.first().impact = Impact::None;
        QCOMPARE(iphealth::nagiosCode(r), iphealth::NagiosOk);
        list.status = ListStatus::Unavailable;
        r.blocklists << list;
        QCOMPARE(iphealth::nagiosCode(r), iphealth::NagiosUnknown);
        QCOMPARE(iphealth::worseNagiosCode(iphealth::NagiosUnknown, iphealth::NagiosWarning),
                 iphealth::NagiosWarning);
    }
};

QTEST_GUILESS_MAIN(TestBlocklistCheck)
#include "test_blocklist_check.moc"
