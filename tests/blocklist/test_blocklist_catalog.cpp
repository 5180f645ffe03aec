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

using namespace Qt::StringLiterals;

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
    root.insert(u"schema"_s, u"rebound.blocklist.catalog"_s);
    root.insert(u"version"_s, 1);
    root.insert(u"lists"_s, lists);
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
             {u"spamhaus-zen"_s, u"spamhaus-dbl"_s, u"barracuda"_s, u"spamcop"_s, u"uceprotect-1"_s,
              u"uceprotect-2"_s, u"uceprotect-3"_s, u"psbl"_s, u"mailspike-bl"_s, u"surbl-multi"_s,
              u"uribl-multi"_s, u"abusix-combined"_s, u"spamrats"_s, u"dronebl"_s, u"s5h"_s,
              u"nordspam-bl"_s, u"0spam-bl"_s, u"blocklist-de"_s, u"dnswl"_s})
            QVERIFY2(catalog.byId(id) && catalog.byId(id)->isQueryable(), qPrintable(id));
        // Facts pinned from DNSBL-FACTS.md.
        const BlocklistEntry* zen = catalog.byId(u"spamhaus-zen"_s);
        QCOMPARE(zen->ipv4Test->answers.value(), codes({u"127.0.0.2"_s, u"127.0.0.4"_s, u"127.0.0.10"_s}));
        QCOMPARE(catalog.byId(u"blocklist-de"_s)->ipv4Test->answers.value(), codes({u"127.0.0.15"_s}));
        QCOMPARE(catalog.byId(u"spamhaus-dbl"_s)->domainTest->listed, u"dbltest.com"_s);
        QCOMPARE(catalog.byId(u"nordspam-bl"_s)->ipv6Test->listed, u"::ffff:7f00:2"_s);
        QCOMPARE(catalog.byId(u"psbl"_s)->ipv4Test->notListed, u"127.0.0.1"_s);
        QVERIFY(!catalog.byId(u"uceprotect-1"_s)->ipv4Test->answers); // not documented: not guessed
    }

    void findByZoneAndName_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("id");
        QTest::newRow("zone") << u"zen.spamhaus.org"_s << u"spamhaus-zen"_s;
        QTest::newRow("query under zone") << u"2.0.0.127.zen.spamhaus.org."_s << u"spamhaus-zen"_s;
        QTest::newRow("dqs zone") << u"abcdef.zen.dq.spamhaus.net"_s << u"spamhaus-zen"_s;
        QTest::newRow("longest wins") << u"dnsbl-2.uceprotect.net"_s << u"uceprotect-2"_s;
        QTest::newRow("sorbs sub-zone") << u"new.spam.dnsbl.sorbs.net"_s << u"sorbs"_s;
        QTest::newRow("sorbs any zone") << u"problems.dnsbl.sorbs.net"_s << u"sorbs"_s;
        QTest::newRow("Spamhaus") << u"Spamhaus"_s << u"spamhaus-zen"_s;
        QTest::newRow("Barracuda Reputation") << u"Barracuda Reputation"_s << u"barracuda"_s;
        QTest::newRow("SpamCop") << u"spamcop"_s << u"spamcop"_s;
        QTest::newRow("UCEPROTECT-Level1") << u"UCEPROTECT-Level1"_s << u"uceprotect-1"_s;
        QTest::newRow("NiX Spam") << u"NiX Spam"_s << u"nixspam"_s;
        QTest::newRow("WPBL zone") << u"db.wpbl.info"_s << u"wpbl"_s;
        QTest::newRow("unknown") << u"no such list"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void findByZoneAndName() {
        QFETCH(QString, text);
        QFETCH(QString, id);
        const BlocklistEntry* entry = BlocklistCatalog::builtin().find(text);
        QCOMPARE(entry ? entry->id : QString(), id);
    }

    void defunctListsAreRecognisedButNotQueried() {
        const BlocklistEntry* sorbs = BlocklistCatalog::builtin().findByName(u"SORBS"_s);
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
        QTest::newRow("SORBS") << u"dnsbl.sorbs.net"_s << u"sorbs"_s;
        QTest::newRow("NiX Spam") << u"ix.dnsbl.manitu.net"_s << u"nixspam"_s;
        QTest::newRow("WPBL") << u"db.wpbl.info"_s << u"wpbl"_s;
        QTest::newRow("SpamCannibal") << u"bl.spamcannibal.org"_s << u"spamcannibal"_s;
        QTest::newRow("emailbasura") << u"bl.emailbasura.org"_s << u"emailbasura"_s;
        QTest::newRow("drand spamtrap") << u"spamtrap.drbl.drand.net"_s << u"drand-spamtrap"_s;
        QTest::newRow("anonmails") << u"spam.dnsbl.anonmails.de"_s << u"anonmails"_s;
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
        const BlocklistEntry* zen = catalog.byId(u"spamhaus-zen"_s);
        QCOMPARE(zen->zoneFor({}), u"zen.spamhaus.org"_s);
        QCOMPARE(zen->zoneFor(u"abc123"_s), u"abc123.zen.dq.spamhaus.net"_s);
        QCOMPARE(zen->displayZone(u"abc123"_s), u"zen.dq.spamhaus.net"_s);
        const BlocklistEntry* zrd = catalog.byId(u"spamhaus-zrd"_s);
        QVERIFY(zrd->zoneFor({}).isEmpty()); // DQS only
        QCOMPARE(zrd->zoneFor(u"abc123"_s), u"abc123.zrd.dq.spamhaus.net"_s);
        QVERIFY(CheckOptions::isValidKey(u"abc123"_s));
        QVERIFY(!CheckOptions::isValidKey(u"abc.evil"_s));
        QVERIFY(!CheckOptions::isValidKey(u"a b"_s));
    }

    void malformedEntriesRejected_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing id") << u"id"_s << QJsonValue(QJsonValue::Undefined) << u".id: missing"_s;
        QTest::newRow("bad id") << u"id"_s << QJsonValue(u"Bad Id"_s) << u"lower-case"_s;
        QTest::newRow("bad status") << u"status"_s << QJsonValue(u"alive"_s)
                                    << u"\"alive\" is not one of"_s;
        QTest::newRow("bad zone") << u"zone"_s << QJsonValue(u"not a zone"_s) << u"not a DNS zone name"_s;
        QTest::newRow("zone missing")
            << u"zone"_s << QJsonValue(QJsonValue::Undefined) << u"zone: missing"_s;
        QTest::newRow("ipv6 wrong type") << u"ipv6"_s << QJsonValue(u"yes"_s) << u"true, false or null"_s;
        QTest::newRow("unknown key") << u"colour"_s << QJsonValue(u"red"_s) << u"colour: unknown key"_s;
        QTest::newRow("code not ipv4")
            << u"codes"_s
            << QJsonValue(QJsonArray{QJsonObject{
                   {u"code"_s, u"127.0.0.300"_s}, {u"kind"_s, u"listing"_s}, {u"meaning"_s, u"x"_s}}})
            << u"codes[0].code: \"127.0.0.300\" is not an IPv4 address"_s;
        QTest::newRow("code outside 127/8")
            << u"codes"_s
            << QJsonValue(QJsonArray{QJsonObject{
                   {u"code"_s, u"10.0.0.2"_s}, {u"kind"_s, u"listing"_s}, {u"meaning"_s, u"x"_s}}})
            << u"outside 127.0.0.0/8"_s;
        QTest::newRow("error without remedy")
            << u"codes"_s
            << QJsonValue(QJsonArray{QJsonObject{
                   {u"code"_s, u"127.0.0.2"_s}, {u"kind"_s, u"error"_s}, {u"meaning"_s, u"x"_s}}})
            << u"needs a remedy"_s;
        QTest::newRow("range reversed") << u"codes"_s
                                        << QJsonValue(QJsonArray{QJsonObject{{u"code"_s, u"127.0.0.9"_s},
                                                                             {u"to"_s, u"127.0.0.3"_s},
                                                                             {u"kind"_s, u"listing"_s},
                                                                             {u"meaning"_s, u"x"_s}}})
                                        << u"ends before"_s;
        QTest::newRow("bit not power of two")
            << u"bits"_s
            << QJsonValue(QJsonArray{
                   QJsonObject{{u"bit"_s, 3}, {u"kind"_s, u"listing"_s}, {u"meaning"_s, u"x"_s}}})
            << u"bits[0].bit: must be one of"_s;
        QTest::newRow("url not http")
            << u"lookup_url"_s << QJsonValue(u"javascript:alert(1)"_s) << u"not an http(s) URL"_s;
        QTest::newRow("url bad placeholder")
            << u"lookup_url"_s << QJsonValue(u"https://x.example/{ip}"_s) << u"only placeholder"_s;
        QTest::newRow("tests for unserved family")
            << u"tests"_s
            << QJsonValue(QJsonObject{
                   {u"ipv6"_s, QJsonObject{{u"answers"_s, QJsonValue::Null}, {u"source"_s, u"x"_s}}}})
            << u"a family the list does not serve"_s;
        QTest::newRow("empty test answers")
            << u"tests"_s
            << QJsonValue(QJsonObject{
                   {u"ipv4"_s, QJsonObject{{u"answers"_s, QJsonArray{}}, {u"source"_s, u"x"_s}}}})
            << u"use null when the answer is not documented"_s;
        QTest::newRow("bad delisting") << u"delisting"_s << QJsonValue(QJsonArray{u"ask nicely"_s})
                                       << u"\"ask nicely\" is not one of"_s;
        QTest::newRow("bad severity")
            << u"severity"_s << QJsonValue(u"huge"_s) << u"\"huge\" is not one of"_s;
        QTest::newRow("required key without keyed zone")
            << u"key_required"_s << QJsonValue(true) << u"needs a keyed_zone"_s;
        QTest::newRow("bad keyed zone")
            << u"keyed_zone"_s << QJsonValue(u"zen.example.net"_s) << u"{key}.zone.example"_s;
        QTest::newRow("negative rate") << u"rate"_s << QJsonValue(QJsonObject{{u"per_second"_s, -5}})
                                       << u"rate.per_second: must be a whole number"_s;
        QTest::newRow("fractional rate") << u"rate"_s << QJsonValue(QJsonObject{{u"burst"_s, 1.5}})
                                         << u"rate.burst: must be a whole number"_s;
        QTest::newRow("unknown rate key")
            << u"rate"_s << QJsonValue(QJsonObject{{u"per_minute"_s, 5}}) << u"per_minute: unknown key"_s;
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
        QCOMPARE(catalog.byId(u"spamhaus-zen"_s)->rate.perDay, 300000);
        QCOMPARE(catalog.byId(u"nordspam-bl"_s)->rate.perDay, 10000);
        QCOMPARE(catalog.byId(u"spamcop"_s)->rate.perDay, 0); // none published
        QCOMPARE(catalog.byId(u"spamcop"_s)->rate.perSecond, 700);
        // A list's own rate keeps the default for what it leaves out.
        QJsonObject entry = validEntry();
        entry.insert(u"rate"_s, QJsonObject{{u"per_day"_s, 1000}});
        QJsonObject doc = QJsonDocument::fromJson(document({entry})).object();
        doc.insert(u"default_rate"_s, QJsonObject{{u"per_second"_s, 10}, {u"burst"_s, 3}});
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
        other.insert(u"id"_s, u"other-bl"_s);
        other.insert(u"zone"_s, u"bl.other.example"_s);
        const BlocklistCatalog catalog = BlocklistCatalog::fromJson(document({broken, other}));
        QVERIFY(catalog.isValid());
        // The broken entry is left out, the other kept.
        QVERIFY2(catalog.entries().size() == 1, qPrintable(catalog.errors().join(u'\n')));
        QCOMPARE(catalog.entries().first().id, u"other-bl"_s);
        QVERIFY2(catalog.errors().join(u'\n').contains(message), qPrintable(catalog.errors().join(u'\n')));
        QVERIFY2(catalog.errors().first().startsWith(u"lists[0]"_s), qPrintable(catalog.errors().first()));
    }

    void duplicatesRejected() {
        const BlocklistCatalog catalog = BlocklistCatalog::fromJson(document({validEntry(), validEntry()}));
        QCOMPARE(catalog.entries().size(), 1);
        QVERIFY(catalog.errors().join(u'\n').contains(u"already"_s));
    }

    void malformedDocuments_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("{") << u"not valid JSON"_s;
        QTest::newRow("array") << QByteArray("[]") << u"must be a JSON object"_s;
        QTest::newRow("schema") << QByteArray(R"({"schema":"x","version":1,"lists":[]})") << u"schema"_s;
        QTest::newRow("version") << QByteArray(
            R"({"schema":"rebound.blocklist.catalog","version":2,"lists":[]})")
                                 << u"version"_s;
        QTest::newRow("lists not array")
            << QByteArray(R"({"schema":"rebound.blocklist.catalog","version":1,"lists":{}})")
            << u"lists: must be an array"_s;
        QTest::newRow("huge") << QByteArray(5 * 1024 * 1024, ' ') << u"larger than"_s;
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
            << u"spamhaus-zen"_s << QStringList{u"127.0.0.2"_s, u"127.0.0.4"_s, u"127.0.0.10"_s}
            << u"listed"_s << u"major"_s << u"PBL, ISP-maintained"_s;
        QTest::newRow("zen open resolver") << u"spamhaus-zen"_s << QStringList{u"127.255.255.254"_s}
                                           << u"refused"_s << u"none"_s << u"public or open resolver"_s;
        QTest::newRow("zen over quota") << u"spamhaus-zen"_s << QStringList{u"127.255.255.255"_s}
                                        << u"refused"_s << u"none"_s << u"Excessive"_s;
        QTest::newRow("zen typo") << u"spamhaus-zen"_s << QStringList{u"127.255.255.252"_s} << u"refused"_s
                                  << u"none"_s << u"Typing error"_s;
        QTest::newRow("zen unused .8") << u"spamhaus-zen"_s << QStringList{u"127.0.0.8"_s} << u"unknown"_s
                                       << u"none"_s << u"not documented"_s;
        QTest::newRow("zen parked") << u"spamhaus-zen"_s << QStringList{u"91.195.240.117"_s} << u"broken"_s
                                    << u"none"_s << QString();
        QTest::newRow("error wins over listing")
            << u"spamhaus-zen"_s << QStringList{u"127.0.0.2"_s, u"127.255.255.254"_s} << u"refused"_s
            << u"none"_s << QString();
        QTest::newRow("dbl ip query") << u"spamhaus-dbl"_s << QStringList{u"127.0.1.255"_s} << u"refused"_s
                                      << u"none"_s << u"IP queries"_s;
        QTest::newRow("dbl inherits zen errors") << u"spamhaus-dbl"_s << QStringList{u"127.255.255.254"_s}
                                                 << u"refused"_s << u"none"_s << QString();
        QTest::newRow("dbl phishing") << u"spamhaus-dbl"_s << QStringList{u"127.0.1.4"_s} << u"listed"_s
                                      << u"major"_s << u"Phishing"_s;
        QTest::newRow("uribl black+grey") << u"uribl-multi"_s << QStringList{u"127.0.0.6"_s} << u"listed"_s
                                          << u"major"_s << u"black: spammer-owned domain; grey"_s;
        QTest::newRow("uribl grey only")
            << u"uribl-multi"_s << QStringList{u"127.0.0.4"_s} << u"listed"_s << u"minor"_s << u"grey"_s;
        QTest::newRow("uribl refused bit 1")
            << u"uribl-multi"_s << QStringList{u"127.0.0.1"_s} << u"refused"_s << u"none"_s << QString();
        QTest::newRow("uribl refused with other bits")
            << u"uribl-multi"_s << QStringList{u"127.0.0.3"_s} << u"refused"_s << u"none"_s << QString();
        QTest::newRow("uribl unknown bit") << u"uribl-multi"_s << QStringList{u"127.0.0.16"_s}
                                           << u"unknown"_s << u"none"_s << u"undocumented bits 16"_s;
        QTest::newRow("surbl mw+abuse") << u"surbl-multi"_s << QStringList{u"127.0.0.80"_s} << u"listed"_s
                                        << u"major"_s << u"MW: malware; ABUSE"_s;
        QTest::newRow("surbl blocked")
            << u"surbl-multi"_s << QStringList{u"127.0.0.1"_s} << u"refused"_s << u"none"_s << QString();
        QTest::newRow("validity bits") << u"validity-rpbl"_s << QStringList{u"127.0.0.5"_s} << u"listed"_s
                                       << u"medium"_s << u"bot; pristine spam traps"_s;
        QTest::newRow("validity unregistered") << u"validity-rpbl"_s << QStringList{u"127.255.255.255"_s}
                                               << u"refused"_s << u"none"_s << QString();
        QTest::newRow("dnswl allow") << u"dnswl"_s << QStringList{u"127.0.5.2"_s} << u"listed"_s
                                     << u"none"_s << u"service or network provider (trust level 2"_s;
        QTest::newRow("dnswl untrusted 10") << u"dnswl"_s << QStringList{u"127.0.10.3"_s} << u"unknown"_s
                                            << u"none"_s << u"not trusted"_s;
        QTest::newRow("dnswl blocked")
            << u"dnswl"_s << QStringList{u"127.0.0.255"_s} << u"refused"_s << u"none"_s << QString();
        QTest::newRow("hostkarma white")
            << u"hostkarma"_s << QStringList{u"127.0.0.1"_s} << u"clean"_s << u"none"_s << u"White"_s;
        QTest::newRow("mailspike rep neutral")
            << u"mailspike-rep"_s << QStringList{u"127.0.0.15"_s} << u"clean"_s << u"none"_s << u"LH0"_s;
        QTest::newRow("zrd hours") << u"spamhaus-zrd"_s << QStringList{u"127.0.2.7"_s} << u"listed"_s
                                   << u"medium"_s << u"within the last 7 hours"_s;
        QTest::newRow("blocklist.de ssh") << u"blocklist-de"_s << QStringList{u"127.0.0.14"_s}
                                          << u"listed"_s << u"minor"_s << u"SSH attack"_s;
        QTest::newRow("spamrats noptr is .37") << u"spamrats"_s << QStringList{u"127.0.0.37"_s}
                                               << u"listed"_s << u"minor"_s << u"RATS-NoPtr"_s;
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
        QVERIFY2(verdict.meanings.join(u"; "_s).contains(meaning) || verdict.reason.contains(meaning),
                 qPrintable(verdict.meanings.join(u"; "_s) + u" | "_s + verdict.reason));
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
            << u"spamhaus-zen"_s << true << int(Outcome::Answer)
            << QStringList{u"127.0.0.2"_s, u"127.0.0.4"_s, u"127.0.0.10"_s} << true << u"clean"_s;
        QTest::newRow("zen partial answer") << u"spamhaus-zen"_s << true << int(Outcome::Answer)
                                            << QStringList{u"127.0.0.2"_s} << false << u"broken"_s;
        QTest::newRow("zen nxdomain (blocked resolver)")
            << u"spamhaus-zen"_s << true << int(Outcome::NxDomain) << QStringList{} << false
            << u"unavailable"_s;
        QTest::newRow("zen refused code") << u"spamhaus-zen"_s << true << int(Outcome::Answer)
                                          << QStringList{u"127.255.255.254"_s} << false << u"refused"_s;
        QTest::newRow("undocumented any listing") << u"uceprotect-1"_s << true << int(Outcome::Answer)
                                                  << QStringList{u"127.0.0.2"_s} << true << u"clean"_s;
        QTest::newRow("parked domain") << u"uceprotect-1"_s << true << int(Outcome::Answer)
                                       << QStringList{u"62.0.58.94"_s} << false << u"broken"_s;
        QTest::newRow("timeout") << u"psbl"_s << true << int(Outcome::Timeout) << QStringList{} << false
                                 << u"unavailable"_s;
        QTest::newRow("servfail") << u"psbl"_s << true << int(Outcome::ServFail) << QStringList{} << false
                                  << u"unavailable"_s;
        QTest::newRow("dns refused") << u"abusix-combined"_s << true << int(Outcome::Refused)
                                     << QStringList{} << false << u"refused"_s;
        QTest::newRow("blocklist.de .15") << u"blocklist-de"_s << true << int(Outcome::Answer)
                                          << QStringList{u"127.0.0.15"_s} << true << u"clean"_s;
        QTest::newRow("dnswl test 127.0.10.0") << u"dnswl"_s << true << int(Outcome::Answer)
                                               << QStringList{u"127.0.10.0"_s} << true << u"clean"_s;
        QTest::newRow("negative nxdomain")
            << u"psbl"_s << false << int(Outcome::NxDomain) << QStringList{} << true << u"clean"_s;
        QTest::newRow("negative wildcard") << u"psbl"_s << false << int(Outcome::Answer)
                                           << QStringList{u"127.0.0.2"_s} << false << u"broken"_s;
        QTest::newRow("negative wildcard allowlist")
            << u"dnswl"_s << false << int(Outcome::Answer) << QStringList{u"127.0.10.2"_s} << false
            << u"broken"_s;
        QTest::newRow("negative hostkarma white ok") << u"hostkarma"_s << false << int(Outcome::Answer)
                                                     << QStringList{u"127.0.0.1"_s} << true << u"clean"_s;
        QTest::newRow("negative uribl refused") << u"uribl-multi"_s << false << int(Outcome::Answer)
                                                << QStringList{u"127.0.0.1"_s} << false << u"refused"_s;
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
        const BlocklistEntry* zen = BlocklistCatalog::builtin().byId(u"spamhaus-zen"_s);
        const AnswerVerdict clean = classifyReply(*zen, reply(rebound::dns::Outcome::NxDomain));
        QCOMPARE(clean.status, ListStatus::Clean);
        const TestVerdict dead =
            evaluatePositiveTest(*zen, Family::Ipv4, reply(rebound::dns::Outcome::NxDomain));
        const AnswerVerdict verdict = finalVerdict(*zen, clean, dead);
        QCOMPARE(verdict.status, ListStatus::Unavailable);
        QVERIFY(verdict.reason.startsWith(u"could not verify the list"_s));
        // A listing through an unverified list does not count either.
        const AnswerVerdict listed =
            classifyReply(*zen, reply(rebound::dns::Outcome::Answer, {u"127.0.0.2"_s}));
        const AnswerVerdict notCounted = finalVerdict(*zen, listed, dead);
        QCOMPARE(notCounted.status, ListStatus::Unavailable);
        QCOMPARE(notCounted.impact, Impact::None);
    }

    void genericNames_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("ip");
        QTest::addColumn<bool>("generic");
        QTest::newRow("digits dashed") << u"host-203-0-113-8.example.net"_s << u"203.0.113.8"_s << true;
        QTest::newRow("digits reversed") << u"8.113.0.203.static.example.net"_s << u"203.0.113.8"_s << true;
        QTest::newRow("padded") << u"c203000113008.example.net"_s << u"203.0.113.8"_s << true;
        QTest::newRow("dsl word") << u"adsl-pool-7.isp.example"_s << u"198.51.100.1"_s << true;
        QTest::newRow("dynamic") << u"x.dynamic.isp.example"_s << u"198.51.100.1"_s << true;
        QTest::newRow("server name") << u"mail.example.com"_s << u"203.0.113.7"_s << false;
        QTest::newRow("weak word alone") << u"host1.example.com"_s << u"203.0.113.7"_s << false;
        QTest::newRow("other digits") << u"mx-203-0-113-9.example.com"_s << u"203.0.113.8"_s << false;
        QTest::newRow("registered domain words ignored") << u"mail.dsl.com"_s << u"203.0.113.7"_s << false;
    }

    void genericNames() {
        QFETCH(QString, name);
        QFETCH(QString, ip);
        QFETCH(bool, generic);
        const auto verdict = rebound::iphealth::assessGenericName(name, QHostAddress(ip));
        QVERIFY2(verdict.generic == generic, qPrintable(verdict.reasons.join(u"; "_s)));
    }

    void targets_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("first");
        QTest::newRow("ipv4") << u"203.0.113.7"_s << 1 << u"203.0.113.7"_s;
        QTest::newRow("brackets port") << u"[203.0.113.7]:25"_s << 1 << u"203.0.113.7"_s;
        QTest::newRow("IPv6: prefix") << u"IPv6:2001:db8::7"_s << 1 << u"2001:db8::7"_s;
        QTest::newRow("/30") << u"203.0.113.4/30"_s << 4 << u"203.0.113.4"_s;
        QTest::newRow("/22 max") << u"203.0.112.0/22"_s << 1024 << u"203.0.112.0"_s;
        QTest::newRow("/21 too large") << u"203.0.112.0/21"_s << -1 << QString();
        QTest::newRow("v6 /118") << u"2001:db8::/118"_s << 1024 << u"2001:db8::"_s;
        QTest::newRow("garbage") << u"mail.example.com"_s << -1 << QString();
        QTest::newRow("leading zeros") << u"203.000.113.7"_s << -1 << QString();
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
        QVERIFY(targets->problems.first().startsWith(u"line 5:"_s));
    }
};

QTEST_GUILESS_MAIN(TestBlocklistCatalog)
#include "test_blocklist_catalog.moc"
