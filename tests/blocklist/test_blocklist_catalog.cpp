// The catalog loader (built-in data and malformed entries), name/zone lookup, DQS zone switching, and
// the pure classification of answers and test points.
#include "core/blocklist/answerclassifier.h"
#include "core/blocklist/blocklistcatalog.h"
#include "core/blocklist/blocklistcheck.h"
#include "core/iphealth/genericname.h"
#include "core/iphealth/iptargets.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>
#include <QTest>

using namespace rebound::blocklist;

namespace {

// A minimal valid entry; tests break one field at a time.
QJsonObject validEntry() {
    return QJsonDocument::fromJson(
               "{"
               "\"id\": \"example-bl\", \"name\": \"Example BL\", \"aliases\": [\"Example\"], \"operator\": "
               "\"Example\","
               "\"status\": \"active\", \"kind\": \"blocklist\", \"zone\": \"bl.example.net\", \"access\": "
               "\"public\","
               "\"ipv4\": true, \"ipv6\": false, \"domain\": false, \"default_enabled\": true,"
               "\"codes\": [{\"code\": \"127.0.0.2\", \"kind\": \"listing\", \"meaning\": \"listed\"},"
               "{\"code\": \"127.255.255.254\", \"kind\": \"error\", \"meaning\": \"blocked\", \"remedy\": "
               "\"own resolver\"}],"
               "\"txt\": null, \"tests\": {\"ipv4\": {\"answers\": [\"127.0.0.2\"], \"source\": "
               "\"operator\"}},"
               "\"severity\": \"minor\", \"severity_reason\": \"small\", \"lookup_url\": "
               "\"https://example.net/?ip={query}\","
               "\"removal_url\": null, \"delisting\": [\"self_service\"], \"sources\": [\"example (P)\"]"
               "}")
        .object();
}

QByteArray document(const QJsonArray& lists) {
    QJsonObject root;
    root.insert(u"schema"_qs, u"rebound.blocklist.catalog"_qs);
    root.insert(u"version"_qs, 1);
    root.insert(u"lists"_qs, lists);
    return QJsonDocument(root).toJson();
}

rebound::dns::DnsResult reply(rebound::dns::Outcome outcome, const QStringList& addresses = {}) {
    rebound::dns::DnsResult result;
    result.type = 1;
    result.outcome = outcome;
    for (const QString& address : addresses) {
        rebound::dns::DnsRecord record;
        record.type = 1;
        record.address = QHostAddress(address);
        result.answers << record;
    }
    return result;
}

QList<quint32> codes(const QStringList& dotted) {
    QList<quint32> list;
    for (const QString& d : dotted)
        list << QHostAddress(d).toIPv4Address();
    return list;
}

} // namespace

class TestBlocklistCatalog : public QObject {
    Q_OBJECT

private slots:
    void builtinLoadsCleanly() {
        const BlocklistCatalog& catalog = BlocklistCatalog::builtin();
        QVERIFY(catalog.isValid());
        QVERIFY2(catalog.errors().isEmpty(), qPrintable(catalog.errors().join(u'\n')));
        int queryable = 0, defunct = 0;
        for (const BlocklistEntry& entry : catalog.entries()) {
            queryable += entry.isQueryable() ? 1 : 0;
            defunct += entry.state == ListState::Defunct ? 1 : 0;
            QVERIFY2(!entry.sources.isEmpty(), qPrintable(entry.id));
            QVERIFY2(!entry.impactReason.isEmpty(), qPrintable(entry.id));
        }
        QVERIFY2(queryable >= 40, qPrintable(QString::number(queryable)));
        QVERIFY(defunct >= 3);
        for (const QString& id :
             {u"spamhaus-zen"_qs, u"spamhaus-dbl"_qs, u"barracuda"_qs, u"spamcop"_qs, u"uceprotect-1"_qs,
              u"uceprotect-2"_qs, u"uceprotect-3"_qs, u"psbl"_qs, u"mailspike-bl"_qs, u"surbl-multi"_qs,
              u"uribl-multi"_qs, u"abusix-combined"_qs, u"spamrats"_qs, u"dronebl"_qs, u"s5h"_qs,
              u"nordspam-bl"_qs, u"0spam-bl"_qs, u"blocklist-de"_qs, u"dnswl"_qs})
            QVERIFY2(catalog.byId(id) && catalog.byId(id)->isQueryable(), qPrintable(id));
        // Facts pinned from DNSBL-FACTS.md.
        const BlocklistEntry* zen = catalog.byId(u"spamhaus-zen"_qs);
        QCOMPARE(zen->ipv4Test->answers.value(), codes({u"127.0.0.2"_qs, u"127.0.0.4"_qs, u"127.0.0.10"_qs}));
        QCOMPARE(catalog.byId(u"blocklist-de"_qs)->ipv4Test->answers.value(), codes({u"127.0.0.15"_qs}));
        QCOMPARE(catalog.byId(u"spamhaus-dbl"_qs)->domainTest->listed, u"dbltest.com"_qs);
        QCOMPARE(catalog.byId(u"nordspam-bl"_qs)->ipv6Test->listed, u"::ffff:7f00:2"_qs);
        QCOMPARE(catalog.byId(u"psbl"_qs)->ipv4Test->notListed, u"127.0.0.1"_qs);
        QVERIFY(!catalog.byId(u"uceprotect-1"_qs)->ipv4Test->answers); // not documented: not guessed
    }

    void findByZoneAndName_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("id");
        QTest::newRow("zone") << u"zen.spamhaus.org"_qs << u"spamhaus-zen"_qs;
        QTest::newRow("query under zone") << u"2.0.0.127.zen.spamhaus.org."_qs << u"spamhaus-zen"_qs;
        QTest::newRow("dqs zone") << u"abcdef.zen.dq.spamhaus.net"_qs << u"spamhaus-zen"_qs;
        QTest::newRow("longest wins") << u"dnsbl-2.uceprotect.net"_qs << u"uceprotect-2"_qs;
        QTest::newRow("sorbs sub-zone") << u"new.spam.dnsbl.sorbs.net"_qs << u"sorbs"_qs;
        QTest::newRow("sorbs any zone") << u"problems.dnsbl.sorbs.net"_qs << u"sorbs"_qs;
        QTest::newRow("Spamhaus") << u"Spamhaus"_qs << u"spamhaus-zen"_qs;
        QTest::newRow("Barracuda Reputation") << u"Barracuda Reputation"_qs << u"barracuda"_qs;
        QTest::newRow("SpamCop") << u"spamcop"_qs << u"spamcop"_qs;
        QTest::newRow("UCEPROTECT-Level1") << u"UCEPROTECT-Level1"_qs << u"uceprotect-1"_qs;
        QTest::newRow("NiX Spam") << u"NiX Spam"_qs << u"nixspam"_qs;
        QTest::newRow("WPBL zone") << u"db.wpbl.info"_qs << u"wpbl"_qs;
        QTest::newRow("unknown") << u"no such list"_qs << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void findByZoneAndName() {
        QFETCH(QString, text);
        QFETCH(QString, id);
        const BlocklistEntry* entry = BlocklistCatalog::builtin().find(text);
        QCOMPARE(entry ? entry->id : QString(), id);
    }

    void defunctListsAreRecognisedButNotQueried() {
        const BlocklistEntry* sorbs = BlocklistCatalog::builtin().findByName(u"SORBS"_qs);
        QVERIFY(sorbs);
        QCOMPARE(sorbs->state, ListState::Defunct);
        QVERIFY(!sorbs->isQueryable());
        QVERIFY(!BlocklistCatalog::builtin().defaultIds().contains(sorbs->id));
    }

    // Every dead list of DNSBL-FACTS.md section 3 is recognised by the zone a bounce or a log names, and
    // never queried (its domain may answer for everything one day).
    void deadListsOfTheFactTable_data() {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("id");
        QTest::newRow("SORBS") << u"dnsbl.sorbs.net"_qs << u"sorbs"_qs;
        QTest::newRow("NiX Spam") << u"ix.dnsbl.manitu.net"_qs << u"nixspam"_qs;
        QTest::newRow("WPBL") << u"db.wpbl.info"_qs << u"wpbl"_qs;
        QTest::newRow("SpamCannibal") << u"bl.spamcannibal.org"_qs << u"spamcannibal"_qs;
        QTest::newRow("emailbasura") << u"bl.emailbasura.org"_qs << u"emailbasura"_qs;
        QTest::newRow("drand spamtrap") << u"spamtrap.drbl.drand.net"_qs << u"drand-spamtrap"_qs;
        QTest::newRow("anonmails") << u"spam.dnsbl.anonmails.de"_qs << u"anonmails"_qs;
    }

    void deadListsOfTheFactTable() {
        QFETCH(QString, zone);
        QFETCH(QString, id);
        const BlocklistCatalog& catalog = BlocklistCatalog::builtin();
        const BlocklistEntry* entry = catalog.find(zone);
        QVERIFY(entry);
        QCOMPARE(entry->id, id);
        QCOMPARE(entry->state, ListState::Defunct);
        QVERIFY(!entry->isQueryable());
        QVERIFY(!entry->stateNote.isEmpty() || !entry->defunctSince.isEmpty());
        QVERIFY(!catalog.defaultIds().contains(id));
    }

    void dqsKeySwitchesZones() {
        const BlocklistCatalog& catalog = BlocklistCatalog::builtin();
        const BlocklistEntry* zen = catalog.byId(u"spamhaus-zen"_qs);
        QCOMPARE(zen->zoneFor({}), u"zen.spamhaus.org"_qs);
        QCOMPARE(zen->zoneFor(u"abc123"_qs), u"abc123.zen.dq.spamhaus.net"_qs);
        QCOMPARE(zen->displayZone(u"abc123"_qs), u"zen.dq.spamhaus.net"_qs);
        const BlocklistEntry* zrd = catalog.byId(u"spamhaus-zrd"_qs);
        QVERIFY(zrd->zoneFor({}).isEmpty()); // DQS only
        QCOMPARE(zrd->zoneFor(u"abc123"_qs), u"abc123.zrd.dq.spamhaus.net"_qs);
        QVERIFY(CheckOptions::isValidKey(u"abc123"_qs));
        QVERIFY(!CheckOptions::isValidKey(u"abc.evil"_qs));
        QVERIFY(!CheckOptions::isValidKey(u"a b"_qs));
    }

    void malformedEntriesRejected_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing id") << u"id"_qs << QJsonValue(QJsonValue::Undefined) << u".id: missing"_qs;
        QTest::newRow("bad id") << u"id"_qs << QJsonValue(u"Bad Id"_qs) << u"lower-case"_qs;
        QTest::newRow("bad status") << u"status"_qs << QJsonValue(u"alive"_qs)
                                    << u"\"alive\" is not one of"_qs;
        QTest::newRow("bad zone") << u"zone"_qs << QJsonValue(u"not a zone"_qs) << u"not a DNS zone name"_qs;
        QTest::newRow("zone missing")
            << u"zone"_qs << QJsonValue(QJsonValue::Undefined) << u"zone: missing"_qs;
        QTest::newRow("ipv6 wrong type") << u"ipv6"_qs << QJsonValue(u"yes"_qs) << u"true, false or null"_qs;
        QTest::newRow("unknown key") << u"colour"_qs << QJsonValue(u"red"_qs) << u"colour: unknown key"_qs;
        QTest::newRow("code not ipv4")
            << u"codes"_qs
            << QJsonValue(QJsonArray{QJsonObject{
                   {u"code"_qs, u"127.0.0.300"_qs}, {u"kind"_qs, u"listing"_qs}, {u"meaning"_qs, u"x"_qs}}})
            << u"codes[0].code: \"127.0.0.300\" is not an IPv4 address"_qs;
        QTest::newRow("code outside 127/8")
            << u"codes"_qs
            << QJsonValue(QJsonArray{QJsonObject{
                   {u"code"_qs, u"10.0.0.2"_qs}, {u"kind"_qs, u"listing"_qs}, {u"meaning"_qs, u"x"_qs}}})
            << u"outside 127.0.0.0/8"_qs;
        QTest::newRow("error without remedy")
            << u"codes"_qs
            << QJsonValue(QJsonArray{QJsonObject{
                   {u"code"_qs, u"127.0.0.2"_qs}, {u"kind"_qs, u"error"_qs}, {u"meaning"_qs, u"x"_qs}}})
            << u"needs a remedy"_qs;
        QTest::newRow("range reversed") << u"codes"_qs
                                        << QJsonValue(QJsonArray{QJsonObject{{u"code"_qs, u"127.0.0.9"_qs},
                                                                             {u"to"_qs, u"127.0.0.3"_qs},
                                                                             {u"kind"_qs, u"listing"_qs},
                                                                             {u"meaning"_qs, u"x"_qs}}})
                                        << u"ends before"_qs;
        QTest::newRow("bit not power of two")
            << u"bits"_qs
            << QJsonValue(QJsonArray{
                   QJsonObject{{u"bit"_qs, 3}, {u"kind"_qs, u"listing"_qs}, {u"meaning"_qs, u"x"_qs}}})
            << u"bits[0].bit: must be one of"_qs;
        QTest::newRow("url not http")
            << u"lookup_url"_qs << QJsonValue(u"javascript:alert(1)"_qs) << u"not an http(s) URL"_qs;
        QTest::newRow("url bad placeholder")
            << u"lookup_url"_qs << QJsonValue(u"https://x.example/{ip}"_qs) << u"only placeholder"_qs;
        QTest::newRow("tests for unserved family")
            << u"tests"_qs
            << QJsonValue(QJsonObject{
                   {u"ipv6"_qs, QJsonObject{{u"answers"_qs, QJsonValue::Null}, {u"source"_qs, u"x"_qs}}}})
            << u"a family the list does not serve"_qs;
        QTest::newRow("empty test answers")
            << u"tests"_qs
            << QJsonValue(QJsonObject{
                   {u"ipv4"_qs, QJsonObject{{u"answers"_qs, QJsonArray{}}, {u"source"_qs, u"x"_qs}}}})
            << u"use null when the answer is not documented"_qs;
        QTest::newRow("bad delisting") << u"delisting"_qs << QJsonValue(QJsonArray{u"ask nicely"_qs})
                                       << u"\"ask nicely\" is not one of"_qs;
        QTest::newRow("bad severity")
            << u"severity"_qs << QJsonValue(u"huge"_qs) << u"\"huge\" is not one of"_qs;
        QTest::newRow("required key without keyed zone")
            << u"key_required"_qs << QJsonValue(true) << u"needs a keyed_zone"_qs;
        QTest::newRow("bad keyed zone")
            << u"keyed_zone"_qs << QJsonValue(u"zen.example.net"_qs) << u"{key}.zone.example"_qs;
        QTest::newRow("negative rate") << u"rate"_qs << QJsonValue(QJsonObject{{u"per_second"_qs, -5}})
                                       << u"rate.per_second: must be a whole number"_qs;
        QTest::newRow("fractional rate") << u"rate"_qs << QJsonValue(QJsonObject{{u"burst"_qs, 1.5}})
                                         << u"rate.burst: must be a whole number"_qs;
        QTest::newRow("unknown rate key")
            << u"rate"_qs << QJsonValue(QJsonObject{{u"per_minute"_qs, 5}}) << u"per_minute: unknown key"_qs;
    }

    // The built-in pacing: every list has a rate (its own or the default), and the published daily
    // quotas are where DNSBL-FACTS.md puts them.
    void ratesFromTheCatalog() {
        const BlocklistCatalog& catalog = BlocklistCatalog::builtin();
        for (const BlocklistEntry& entry : catalog.entries()) {
            QVERIFY2(entry.rate.perSecond > 0 && entry.rate.burst >= 1 && entry.rate.probation >= 1,
                     qPrintable(entry.id));
            // Never more than 0spam's 4,000 requests in any 5 seconds.
            QVERIFY2(entry.rate.burst + 5 * entry.rate.perSecond <= 4000, qPrintable(entry.id));
        }
        QCOMPARE(catalog.byId(u"spamhaus-zen"_qs)->rate.perDay, 300000);
        QCOMPARE(catalog.byId(u"nordspam-bl"_qs)->rate.perDay, 10000);
        QCOMPARE(catalog.byId(u"spamcop"_qs)->rate.perDay, 0); // none published
        QCOMPARE(catalog.byId(u"spamcop"_qs)->rate.perSecond, 700);
        // A list's own rate keeps the default for what it leaves out.
        QJsonObject entry = validEntry();
        entry.insert(u"rate"_qs, QJsonObject{{u"per_day"_qs, 1000}});
        QJsonObject doc = QJsonDocument::fromJson(document({entry})).object();
        doc.insert(u"default_rate"_qs, QJsonObject{{u"per_second"_qs, 10}, {u"burst"_qs, 3}});
        const BlocklistCatalog own = BlocklistCatalog::fromJson(QJsonDocument(doc).toJson());
        QVERIFY2(own.errors().isEmpty(), qPrintable(own.errors().join(u'\n')));
        QCOMPARE(own.entries().first().rate.perSecond, 10);
        QCOMPARE(own.entries().first().rate.burst, 3);
        QCOMPARE(own.entries().first().rate.perDay, 1000);
    }

    void malformedEntriesRejected() {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, message);
        QJsonObject broken = validEntry();
        if (value.isUndefined())
            broken.remove(field);
        else
            broken.insert(field, value);
        QJsonObject other = validEntry();
        other.insert(u"id"_qs, u"other-bl"_qs);
        other.insert(u"zone"_qs, u"bl.other.example"_qs);
        const BlocklistCatalog catalog = BlocklistCatalog::fromJson(document({broken, other}));
        QVERIFY(catalog.isValid());
        // The broken entry is left out, the other kept.
        QVERIFY2(catalog.entries().size() == 1, qPrintable(catalog.errors().join(u'\n')));
        QCOMPARE(catalog.entries().first().id, u"other-bl"_qs);
        QVERIFY2(catalog.errors().join(u'\n').contains(message), qPrintable(catalog.errors().join(u'\n')));
        QVERIFY2(catalog.errors().first().startsWith(u"lists[0]"_qs), qPrintable(catalog.errors().first()));
    }

    void duplicatesRejected() {
        const BlocklistCatalog catalog = BlocklistCatalog::fromJson(document({validEntry(), validEntry()}));
        QCOMPARE(catalog.entries().size(), 1);
        QVERIFY(catalog.errors().join(u'\n').contains(u"already"_qs));
    }

    void malformedDocuments_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("{") << u"not valid JSON"_qs;
        QTest::newRow("array") << QByteArray("[]") << u"must be a JSON object"_qs;
        QTest::newRow("schema") << QByteArray(R"({"schema":"x","version":1,"lists":[]})") << u"schema"_qs;
        QTest::newRow("version") << QByteArray(
            R"({"schema":"rebound.blocklist.catalog","version":2,"lists":[]})")
                                 << u"version"_qs;
        QTest::newRow("lists not array")
            << QByteArray(R"({"schema":"rebound.blocklist.catalog","version":1,"lists":{}})")
            << u"lists: must be an array"_qs;
        QTest::newRow("huge") << QByteArray(5 * 1024 * 1024, ' ') << u"larger than"_qs;
    }

    void malformedDocuments() {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const BlocklistCatalog catalog = BlocklistCatalog::fromJson(json);
        QVERIFY(!catalog.isValid());
        QVERIFY(catalog.entries().isEmpty());
        QVERIFY2(catalog.errors().join(u'\n').contains(message), qPrintable(catalog.errors().join(u'\n')));
    }

    void classifyCodes_data() {
        QTest::addColumn<QString>("list");
        QTest::addColumn<QStringList>("answers");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("impact");
        QTest::addColumn<QString>("meaning");
        QTest::newRow("zen multi-code")
            << u"spamhaus-zen"_qs << QStringList{u"127.0.0.2"_qs, u"127.0.0.4"_qs, u"127.0.0.10"_qs}
            << u"listed"_qs << u"major"_qs << u"PBL, ISP-maintained"_qs;
        QTest::newRow("zen open resolver") << u"spamhaus-zen"_qs << QStringList{u"127.255.255.254"_qs}
                                           << u"refused"_qs << u"none"_qs << u"public or open resolver"_qs;
        QTest::newRow("zen over quota") << u"spamhaus-zen"_qs << QStringList{u"127.255.255.255"_qs}
                                        << u"refused"_qs << u"none"_qs << u"Excessive"_qs;
        QTest::newRow("zen typo") << u"spamhaus-zen"_qs << QStringList{u"127.255.255.252"_qs} << u"refused"_qs
                                  << u"none"_qs << u"Typing error"_qs;
        QTest::newRow("zen unused .8") << u"spamhaus-zen"_qs << QStringList{u"127.0.0.8"_qs} << u"unknown"_qs
                                       << u"none"_qs << u"not documented"_qs;
        QTest::newRow("zen parked") << u"spamhaus-zen"_qs << QStringList{u"91.195.240.117"_qs} << u"broken"_qs
                                    << u"none"_qs << QString();
        QTest::newRow("error wins over listing")
            << u"spamhaus-zen"_qs << QStringList{u"127.0.0.2"_qs, u"127.255.255.254"_qs} << u"refused"_qs
            << u"none"_qs << QString();
        QTest::newRow("dbl ip query") << u"spamhaus-dbl"_qs << QStringList{u"127.0.1.255"_qs} << u"refused"_qs
                                      << u"none"_qs << u"IP queries"_qs;
        QTest::newRow("dbl inherits zen errors") << u"spamhaus-dbl"_qs << QStringList{u"127.255.255.254"_qs}
                                                 << u"refused"_qs << u"none"_qs << QString();
        QTest::newRow("dbl phishing") << u"spamhaus-dbl"_qs << QStringList{u"127.0.1.4"_qs} << u"listed"_qs
                                      << u"major"_qs << u"Phishing"_qs;
        QTest::newRow("uribl black+grey") << u"uribl-multi"_qs << QStringList{u"127.0.0.6"_qs} << u"listed"_qs
                                          << u"major"_qs << u"black: spammer-owned domain; grey"_qs;
        QTest::newRow("uribl grey only")
            << u"uribl-multi"_qs << QStringList{u"127.0.0.4"_qs} << u"listed"_qs << u"minor"_qs << u"grey"_qs;
        QTest::newRow("uribl refused bit 1")
            << u"uribl-multi"_qs << QStringList{u"127.0.0.1"_qs} << u"refused"_qs << u"none"_qs << QString();
        QTest::newRow("uribl refused with other bits")
            << u"uribl-multi"_qs << QStringList{u"127.0.0.3"_qs} << u"refused"_qs << u"none"_qs << QString();
        QTest::newRow("uribl unknown bit") << u"uribl-multi"_qs << QStringList{u"127.0.0.16"_qs}
                                           << u"unknown"_qs << u"none"_qs << u"undocumented bits 16"_qs;
        QTest::newRow("surbl mw+abuse") << u"surbl-multi"_qs << QStringList{u"127.0.0.80"_qs} << u"listed"_qs
                                        << u"major"_qs << u"MW: malware; ABUSE"_qs;
        QTest::newRow("surbl blocked")
            << u"surbl-multi"_qs << QStringList{u"127.0.0.1"_qs} << u"refused"_qs << u"none"_qs << QString();
        QTest::newRow("validity bits") << u"validity-rpbl"_qs << QStringList{u"127.0.0.5"_qs} << u"listed"_qs
                                       << u"medium"_qs << u"bot; pristine spam traps"_qs;
        QTest::newRow("validity unregistered") << u"validity-rpbl"_qs << QStringList{u"127.255.255.255"_qs}
                                               << u"refused"_qs << u"none"_qs << QString();
        QTest::newRow("dnswl allow") << u"dnswl"_qs << QStringList{u"127.0.5.2"_qs} << u"listed"_qs
                                     << u"none"_qs << u"service or network provider (trust level 2"_qs;
        QTest::newRow("dnswl untrusted 10") << u"dnswl"_qs << QStringList{u"127.0.10.3"_qs} << u"unknown"_qs
                                            << u"none"_qs << u"not trusted"_qs;
        QTest::newRow("dnswl blocked")
            << u"dnswl"_qs << QStringList{u"127.0.0.255"_qs} << u"refused"_qs << u"none"_qs << QString();
        QTest::newRow("hostkarma white")
            << u"hostkarma"_qs << QStringList{u"127.0.0.1"_qs} << u"clean"_qs << u"none"_qs << u"White"_qs;
        QTest::newRow("mailspike rep neutral")
            << u"mailspike-rep"_qs << QStringList{u"127.0.0.15"_qs} << u"clean"_qs << u"none"_qs << u"LH0"_qs;
        QTest::newRow("zrd hours") << u"spamhaus-zrd"_qs << QStringList{u"127.0.2.7"_qs} << u"listed"_qs
                                   << u"medium"_qs << u"within the last 7 hours"_qs;
        QTest::newRow("blocklist.de ssh") << u"blocklist-de"_qs << QStringList{u"127.0.0.14"_qs}
                                          << u"listed"_qs << u"minor"_qs << u"SSH attack"_qs;
        QTest::newRow("spamrats noptr is .37") << u"spamrats"_qs << QStringList{u"127.0.0.37"_qs}
                                               << u"listed"_qs << u"minor"_qs << u"RATS-NoPtr"_qs;
    }

    void classifyCodes() {
        QFETCH(QString, list);
        QFETCH(QStringList, answers);
        QFETCH(QString, status);
        QFETCH(QString, impact);
        QFETCH(QString, meaning);
        const BlocklistEntry* entry = BlocklistCatalog::builtin().byId(list);
        QVERIFY(entry);
        const AnswerVerdict verdict = rebound::blocklist::classifyCodes(*entry, codes(answers));
        QCOMPARE(listStatusName(verdict.status), status);
        QCOMPARE(impactName(verdict.impact), impact);
        QCOMPARE(verdict.codes, answers);
        QVERIFY2(verdict.meanings.join(u"; "_qs).contains(meaning) || verdict.reason.contains(meaning),
                 qPrintable(verdict.meanings.join(u"; "_qs) + u" | "_qs + verdict.reason));
        if (status == u"refused")
            QVERIFY(!verdict.remedy.isEmpty());
    }

    void testPoints_data() {
        QTest::addColumn<QString>("list");
        QTest::addColumn<bool>("positive");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QStringList>("answers");
        QTest::addColumn<bool>("passed");
        QTest::addColumn<QString>("status");
        using rebound::dns::Outcome;
        QTest::newRow("zen documented")
            << u"spamhaus-zen"_qs << true << int(Outcome::Answer)
            << QStringList{u"127.0.0.2"_qs, u"127.0.0.4"_qs, u"127.0.0.10"_qs} << true << u"clean"_qs;
        QTest::newRow("zen partial answer") << u"spamhaus-zen"_qs << true << int(Outcome::Answer)
                                            << QStringList{u"127.0.0.2"_qs} << false << u"broken"_qs;
        QTest::newRow("zen nxdomain (blocked resolver)")
            << u"spamhaus-zen"_qs << true << int(Outcome::NxDomain) << QStringList{} << false
            << u"unavailable"_qs;
        QTest::newRow("zen refused code") << u"spamhaus-zen"_qs << true << int(Outcome::Answer)
                                          << QStringList{u"127.255.255.254"_qs} << false << u"refused"_qs;
        QTest::newRow("undocumented any listing") << u"uceprotect-1"_qs << true << int(Outcome::Answer)
                                                  << QStringList{u"127.0.0.2"_qs} << true << u"clean"_qs;
        QTest::newRow("parked domain") << u"uceprotect-1"_qs << true << int(Outcome::Answer)
                                       << QStringList{u"62.0.58.94"_qs} << false << u"broken"_qs;
        QTest::newRow("timeout") << u"psbl"_qs << true << int(Outcome::Timeout) << QStringList{} << false
                                 << u"unavailable"_qs;
        QTest::newRow("servfail") << u"psbl"_qs << true << int(Outcome::ServFail) << QStringList{} << false
                                  << u"unavailable"_qs;
        QTest::newRow("dns refused") << u"abusix-combined"_qs << true << int(Outcome::Refused)
                                     << QStringList{} << false << u"refused"_qs;
        QTest::newRow("blocklist.de .15") << u"blocklist-de"_qs << true << int(Outcome::Answer)
                                          << QStringList{u"127.0.0.15"_qs} << true << u"clean"_qs;
        QTest::newRow("dnswl test 127.0.10.0") << u"dnswl"_qs << true << int(Outcome::Answer)
                                               << QStringList{u"127.0.10.0"_qs} << true << u"clean"_qs;
        QTest::newRow("negative nxdomain")
            << u"psbl"_qs << false << int(Outcome::NxDomain) << QStringList{} << true << u"clean"_qs;
        QTest::newRow("negative wildcard") << u"psbl"_qs << false << int(Outcome::Answer)
                                           << QStringList{u"127.0.0.2"_qs} << false << u"broken"_qs;
        QTest::newRow("negative wildcard allowlist")
            << u"dnswl"_qs << false << int(Outcome::Answer) << QStringList{u"127.0.10.2"_qs} << false
            << u"broken"_qs;
        QTest::newRow("negative hostkarma white ok") << u"hostkarma"_qs << false << int(Outcome::Answer)
                                                     << QStringList{u"127.0.0.1"_qs} << true << u"clean"_qs;
        QTest::newRow("negative uribl refused") << u"uribl-multi"_qs << false << int(Outcome::Answer)
                                                << QStringList{u"127.0.0.1"_qs} << false << u"refused"_qs;
    }

    void testPoints() {
        QFETCH(QString, list);
        QFETCH(bool, positive);
        QFETCH(int, outcome);
        QFETCH(QStringList, answers);
        QFETCH(bool, passed);
        QFETCH(QString, status);
        const BlocklistEntry* entry = BlocklistCatalog::builtin().byId(list);
        QVERIFY(entry);
        const Family family = entry->ipv4 != Support::No ? Family::Ipv4 : Family::Domain;
        const auto r = reply(rebound::dns::Outcome(outcome), answers);
        const TestVerdict verdict =
            positive ? evaluatePositiveTest(*entry, family, r) : evaluateNegativeTest(*entry, family, r);
        QCOMPARE(verdict.passed, passed);
        if (!passed) {
            QCOMPARE(listStatusName(verdict.status), status);
            QVERIFY(!verdict.reason.isEmpty());
        }
    }

    void failedTestPointNeverCountsAsClean() {
        const BlocklistEntry* zen = BlocklistCatalog::builtin().byId(u"spamhaus-zen"_qs);
        const AnswerVerdict clean = classifyReply(*zen, reply(rebound::dns::Outcome::NxDomain));
        QCOMPARE(clean.status, ListStatus::Clean);
        const TestVerdict dead =
            evaluatePositiveTest(*zen, Family::Ipv4, reply(rebound::dns::Outcome::NxDomain));
        const AnswerVerdict verdict = finalVerdict(*zen, clean, dead);
        QCOMPARE(verdict.status, ListStatus::Unavailable);
        QVERIFY(verdict.reason.startsWith(u"could not verify the list"_qs));
        // A listing through an unverified list does not count either.
        const AnswerVerdict listed =
            classifyReply(*zen, reply(rebound::dns::Outcome::Answer, {u"127.0.0.2"_qs}));
        const AnswerVerdict notCounted = finalVerdict(*zen, listed, dead);
        QCOMPARE(notCounted.status, ListStatus::Unavailable);
        QCOMPARE(notCounted.impact, Impact::None);
    }

    void genericNames_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("ip");
        QTest::addColumn<bool>("generic");
        QTest::newRow("digits dashed") << u"host-203-0-113-8.example.net"_qs << u"203.0.113.8"_qs << true;
        QTest::newRow("digits reversed") << u"8.113.0.203.static.example.net"_qs << u"203.0.113.8"_qs << true;
        QTest::newRow("padded") << u"c203000113008.example.net"_qs << u"203.0.113.8"_qs << true;
        QTest::newRow("dsl word") << u"adsl-pool-7.isp.example"_qs << u"198.51.100.1"_qs << true;
        QTest::newRow("dynamic") << u"x.dynamic.isp.example"_qs << u"198.51.100.1"_qs << true;
        QTest::newRow("server name") << u"mail.example.com"_qs << u"203.0.113.7"_qs << false;
        QTest::newRow("weak word alone") << u"host1.example.com"_qs << u"203.0.113.7"_qs << false;
        QTest::newRow("other digits") << u"mx-203-0-113-9.example.com"_qs << u"203.0.113.8"_qs << false;
        QTest::newRow("registered domain words ignored") << u"mail.dsl.com"_qs << u"203.0.113.7"_qs << false;
    }

    void genericNames() {
        QFETCH(QString, name);
        QFETCH(QString, ip);
        QFETCH(bool, generic);
        const auto verdict = rebound::iphealth::assessGenericName(name, QHostAddress(ip));
        QVERIFY2(verdict.generic == generic, qPrintable(verdict.reasons.join(u"; "_qs)));
    }

    void targets_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("first");
        QTest::newRow("ipv4") << u"203.0.113.7"_qs << 1 << u"203.0.113.7"_qs;
        QTest::newRow("brackets port") << u"[203.0.113.7]:25"_qs << 1 << u"203.0.113.7"_qs;
        QTest::newRow("IPv6: prefix") << u"IPv6:2001:db8::7"_qs << 1 << u"2001:db8::7"_qs;
        QTest::newRow("/30") << u"203.0.113.4/30"_qs << 4 << u"203.0.113.4"_qs;
        QTest::newRow("/22 max") << u"203.0.112.0/22"_qs << 1024 << u"203.0.112.0"_qs;
        QTest::newRow("/21 too large") << u"203.0.112.0/21"_qs << -1 << QString();
        QTest::newRow("v6 /118") << u"2001:db8::/118"_qs << 1024 << u"2001:db8::"_qs;
        QTest::newRow("garbage") << u"mail.example.com"_qs << -1 << QString();
        QTest::newRow("leading zeros") << u"203.000.113.7"_qs << -1 << QString();
    }

    void targets() {
        QFETCH(QString, input);
        QFETCH(int, count);
        QFETCH(QString, first);
        QString error;
        const auto targets = rebound::iphealth::parseIpTargets(input, &error);
        if (count < 0) {
            QVERIFY(!targets);
            QVERIFY(!error.isEmpty());
            return;
        }
        QVERIFY2(targets, qPrintable(error));
        QCOMPARE(targets->addresses.size(), count);
        QCOMPARE(targets->addresses.first().toString(), first);
    }

    void targetFile() {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(
            "# sending IPs\n203.0.113.7\n\n[198.51.100.1]:25  # with port\nnot-an-ip\n203.0.113.8/31\n");
        file.flush();
        QString error;
        const auto targets = rebound::iphealth::parseIpTargets(file.fileName(), &error);
        QVERIFY2(targets, qPrintable(error));
        QCOMPARE(targets->kind, rebound::iphealth::IpTargets::Kind::File);
        QCOMPARE(targets->addresses.size(), 4);
        QCOMPARE(targets->problems.size(), 1);
        QVERIFY(targets->problems.first().startsWith(u"line 5:"_qs));
    }
};

QTEST_GUILESS_MAIN(TestBlocklistCatalog)
#include "test_blocklist_catalog.moc"
