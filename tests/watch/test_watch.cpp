// The watch (issue 22): the transition rule and the schedule as pure functions (a fake clock), the
// Prometheus text, and rebound-cli watch against the blocklist lab: listed -> delisted -> refused
// resolver -> listed again, asserting the changes and the .prom at each pass; a kill -9 mid-pass leaves
// a sound database; a second watch on the same database waits, then refuses with exit 3.
#include "core/blocklist/blocklistcatalog.h"
#include "core/blocklist/blocklistentry.h"
#include "core/dns/resolver.h"
#include "core/dns/serverlist.h"
#include "core/watch/prometheus.h"
#include "core/watch/watchlist.h"
#include "core/watch/watchpass.h"
#include "core/watch/watchschedule.h"
#include "core/watch/watchstore.h"
#include "core/watch/watchtypes.h"
#include "https/httpslab.h"
#include "lab/clirun.h"
#include "lab/dnslab.h"
#include "serverprocess.h"
#include "smtpzones.h"
#include "testcertificates.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace rebound::watch;

namespace {

Observation listObservation(CheckState state) {
    Observation o;
    o.target = u"203.0.113.7"_s;
    o.check = u"blocklist"_s;
    o.zone = u"bl.spamcop.net"_s;
    o.state = state;
    return o;
}

// Runs the checks in order through transition() and advance(); the changes' kinds and from/to.
QStringList replay(const QList<Observation>& observations) {
    std::optional<StoredState> stored;
    QStringList said;
    QDateTime at = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    for (const Observation& o : observations) {
        if (const auto change = transition(stored, o, at))
            said << u"%1:%2>%3"_s.arg(changeKindName(change->kind), change->from, change->to);
        stored = advance(stored, o, at);
        at = at.addSecs(3600);
    }
    return said;
}

QByteArray readZone(const char* path) {
    QFile file(QString::fromUtf8(path));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", path);
    return file.readAll();
}

} // namespace

class TestWatch : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    // A lab serving the blocklist world, edited: without lines containing `drop`, and with dnsdist
    // answering REFUSED to everything when refuse is set.
    std::unique_ptr<rebound::lab::DnsLab>
    startLab(const QByteArray& drop, bool refuse, int delayMs = 0,
             const QByteArray& world = readZone(REBOUND_TEST_DATA_DIR "/blocklist/zones/root.zone")) {
        const QString zones = path(u"zones-%1"_s.arg(QDateTime::currentMSecsSinceEpoch()));
        QDir().mkpath(zones);
        QByteArray zone;
        for (const QByteArray& line : world.split('\n')) {
            if (drop.isEmpty() || !line.contains(drop))
                zone += line + '\n';
        }
        QFile file(zones + u"/root.zone"_s);
        if (!file.open(QIODevice::WriteOnly) || file.write(zone) != zone.size())
            qFatal("cannot write the lab zone");
        file.close();
        auto lab = std::make_unique<rebound::lab::DnsLab>();
        rebound::lab::DnsLabOptions options;
        options.zonesDir = zones;
        options.delayMs = delayMs;
        if (refuse)
            options.dnsdistRules << u"addAction(AllRule(), RCodeAction(DNSRCode.REFUSED))"_s;
        QString error;
        if (!lab->start(options, &error))
            qFatal("lab: %s", qPrintable(error));
        return lab;
    }

    QStringList watchArgs(const rebound::lab::DnsLab& lab, const QString& list, const QString& db) const {
        return {u"--dns"_s,   lab.server(), u"--timeout"_s, u"1000"_s,
                u"watch"_s,   list,         u"--state"_s,   db,
                u"--lists"_s, u"spamcop"_s, u"--force"_s,   u"--check-documentation-ranges"_s};
    }

    QString writeList(const QString& name, const QByteArray& text) const {
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write the watch list");
        file.write(text);
        return file.fileName();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void transitions() {
        using S = CheckState;
        // First seen: a listing is said, a clean answer is not.
        QCOMPARE(replay({listObservation(S::Ok)}), QStringList());
        QCOMPARE(replay({listObservation(S::Listed)}), QStringList{u"listed:none>listed"_s});
        // Listed, could not check, could not check, clean: the outage is said once when it starts, and
        // the delisting only when a usable answer says so.
        QCOMPARE(replay({listObservation(S::Listed), listObservation(S::CouldNotCheck),
                         listObservation(S::CouldNotCheck), listObservation(S::Ok)}),
                 (QStringList{u"listed:none>listed"_s, u"could_not_check:listed>could_not_check"_s,
                              u"delisted:could_not_check>ok"_s}));
        // Clean, could not check, clean: never "delisted", "checked again" when it ends.
        QCOMPARE(
            replay({listObservation(S::Ok), listObservation(S::CouldNotCheck), listObservation(S::Ok)}),
            (QStringList{u"could_not_check:ok>could_not_check"_s, u"checked_again:could_not_check>ok"_s}));
        // Listed, could not check, listed: not a new listing.
        QCOMPARE(replay({listObservation(S::Listed), listObservation(S::CouldNotCheck),
                         listObservation(S::Listed)}),
                 (QStringList{u"listed:none>listed"_s, u"could_not_check:listed>could_not_check"_s,
                              u"checked_again:could_not_check>listed"_s}));
        // A list that needs a key is never a change.
        QCOMPARE(
            replay({listObservation(S::Listed), listObservation(S::NotAsked), listObservation(S::Listed)}),
            QStringList{u"listed:none>listed"_s});
        // A record: changed value (from/to hold the values), broke, fixed.
        Observation spf = listObservation(S::Ok);
        spf.check = u"spf"_s;
        spf.zone.clear();
        spf.value = u"v=spf1 -all"_s;
        Observation spf2 = spf;
        spf2.value = u"v=spf1 mx -all"_s;
        Observation broken = spf2;
        broken.state = S::Broken;
        QCOMPARE(replay({spf, spf2, broken, spf2}),
                 (QStringList{u"changed:v=spf1 -all>v=spf1 mx -all"_s, u"broke:ok>broken"_s,
                              u"fixed:broken>ok"_s}));
        // A certificate: near expiry is a warning, expired critical, renewed good news; STARTTLS gone
        // after an expired certificate is still a warning, never "fixed".
        Observation tls = listObservation(S::Ok);
        tls.check = u"tls_certificate"_s;
        tls.zone = u"mx.example.com"_s;
        const auto in = [&](S state) {
            Observation o = tls;
            o.state = state;
            return o;
        };
        QCOMPARE(replay({in(S::Ok), in(S::NearExpiry), in(S::Expired), in(S::NoStartTls), in(S::Ok)}),
                 (QStringList{u"degraded:ok>near_expiry"_s, u"broke:near_expiry>expired"_s,
                              u"degraded:expired>no_starttls"_s, u"fixed:no_starttls>ok"_s}));
        QCOMPARE(
            replay({in(S::NearExpiry), in(S::CouldNotCheck), in(S::NearExpiry)}),
            (QStringList{u"degraded:none>near_expiry"_s, u"could_not_check:near_expiry>could_not_check"_s,
                         u"checked_again:could_not_check>near_expiry"_s}));
        QCOMPARE(replay({in(S::Invalid)}), QStringList{u"broke:none>invalid"_s});
        QCOMPARE(int(changeLevel(ChangeKind::Degraded)), 1);
        QCOMPARE(int(changeLevel(ChangeKind::Listed)), 2);
        QCOMPARE(int(changeLevel(ChangeKind::Changed)), 1);
        QCOMPARE(int(changeLevel(ChangeKind::CouldNotCheck)), 3);
        QCOMPARE(int(changeLevel(ChangeKind::Delisted)), 0);
        QCOMPARE(worseCode(3, 1), 1);
        QCOMPARE(worseCode(2, 1), 2);
        QCOMPARE(worseCode(0, 3), 3);
    }

    // The schedule on a fake clock: never run is due now; an hour's interval is due after an hour; the
    // daily quota of a list raises the interval of a large watch list; a clock set back does not stall.
    void schedule() {
        const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
        QVERIFY(isDue({}, 3600, minimumInterval, t0));
        QVERIFY(!isDue(t0, 3600, minimumInterval, t0.addSecs(1800)));
        QVERIFY(isDue(t0, 3600, minimumInterval, t0.addSecs(3600)));
        QCOMPARE(nextRun(t0, 3600, minimumInterval, t0.addSecs(10)), t0.addSecs(3600));
        // Never sooner than the minimum, whatever the target asks.
        QCOMPARE(effectiveInterval(60, 0), minimumInterval);
        QVERIFY(!isDue(t0, 60, 0, t0.addSecs(120)));
        // A /22 (1,024 addresses) against a list with 10,000 queries a day: at most every 8,848 s.
        rebound::blocklist::RateLimit small;
        small.perDay = 10000;
        rebound::blocklist::RateLimit large;
        large.perDay = 300000;
        QCOMPARE(quotaInterval(1024, {large, small}), qint64(8848));
        QCOMPARE(quotaInterval(1, {large, small}), minimumInterval);
        QCOMPARE(quotaInterval(1024, {}), minimumInterval);
        QVERIFY(!isDue(t0, 3600, quotaInterval(1024, {small}), t0.addSecs(3600)));
        QVERIFY(isDue(t0, 3600, quotaInterval(1024, {small}), t0.addSecs(8848)));
        // The clock went back a day: due again one interval from now, not a day later.
        QCOMPARE(nextRun(t0.addSecs(86400), 3600, minimumInterval, t0), t0.addSecs(3600));
    }

    void watchListFile() {
        QString error;
        const auto list = parseWatchList("# servers\n203.0.113.7\n203.0.113.0/30 6h  # a range\nExample.COM "
                                         "1d\n203.0.113.7\n198.51.100.0/21\n"
                                         "mail\n10.0.0.1 5x\n",
                                         &error);
        QVERIFY2(list, qPrintable(error));
        QCOMPARE(list->targets.size(), 3);
        QCOMPARE(list->targets.at(0).interval(), defaultAddressInterval);
        QCOMPARE(list->targets.at(1).entry, u"203.0.113.0/30"_s);
        QCOMPARE(list->targets.at(1).addresses.size(), 4);
        QCOMPARE(list->targets.at(1).interval(), qint64(6 * 3600));
        QCOMPARE(list->targets.at(2).entry, u"example.com"_s);
        QCOMPARE(list->targets.at(2).kind, WatchTarget::Kind::Domain);
        QCOMPARE(list->problems.size(), 4); // the duplicate, the /21, "mail", "5x"
        QVERIFY(list->problems.at(1).startsWith(u"line 6:"_s));
    }

    void prometheusEscaping() {
        QCOMPARE(escapeLabelValue(u"a\"b\\c\nd"_s), u"a\\\"b\\\\c\\nd"_s);
        StateRow row;
        row.target = u"x\"y"_s;
        row.check = u"blocklist"_s;
        row.zone = u"z"_s;
        row.state.state = CheckState::CouldNotCheck;
        row.state.known = CheckState::Listed;
        WatchPassResult pass;
        pass.at = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
        const QByteArray text = prometheusText({row}, pass);
        QVERIFY(text.contains("rebound_blocklist_listed{target=\"x\\\"y\",zone=\"z\"} 1\n"));
        QVERIFY(text.contains("rebound_check_ok{target=\"x\\\"y\",check=\"blocklist\",zone=\"z\"} 0\n"));
        QVERIFY(text.contains(
            "rebound_check_could_not_check{target=\"x\\\"y\",check=\"blocklist\",zone=\"z\"} 1\n"));
        QVERIFY(text.contains("rebound_watch_pass_timestamp_seconds 1800000000\n"));
    }

    // The engine on a fake clock: a domain is checked when first seen, not an hour later (its interval
    // is a day), then a changed SPF record is a warning-level change and a removed DMARC record a broken
    // one; a PTR that stays the same says nothing.
    void domainPassesOnAFakeClock() {
        const QByteArray world = readZone(REBOUND_TEST_DATA_DIR "/auth/zones/root.zone");
        const QByteArray spf =
            "good.example.com. TXT \"v=spf1 ip4:192.0.2.0/24 include:_spf.esp.example.net -all\"";
        QVERIFY(world.contains(spf));
        WatchStore store;
        QString error;
        QVERIFY2(store.open(path(u"engine.db"_s), &error), qPrintable(error));
        const auto list = parseWatchList("good.example.com\n", &error);
        QVERIFY(list);
        const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
        const auto pass = [&](const QByteArray& zone, const QDateTime& now) {
            const auto lab = startLab({}, false, 0, zone);
            rebound::dns::ResolverConfig config;
            config.servers = *rebound::dns::parseServerList(lab->server());
            config.timeoutMs = 1000;
            rebound::dns::Resolver resolver(config);
            WatchOptions options;
            options.probeCertificates = false; // the zone's MX hosts are public-looking: never contacted
            options.mtaSts = false;
            WatchPass watchPass(&resolver, rebound::blocklist::BlocklistCatalog::builtin(), &store, options);
            bool done = false;
            connect(&watchPass, &WatchPass::finished, this, [&] { done = true; });
            watchPass.start(*list, now);
            if (!QTest::qWaitFor([&] { return done; }, 20000))
                qFatal("the pass did not finish");
            return watchPass.result();
        };
        const auto describeChanges = [](const WatchPassResult& result) {
            QStringList changes;
            for (const Change& change : result.changes)
                changes << u"%1:%2"_s.arg(changeKindName(change.kind), change.check);
            changes.sort();
            return changes;
        };
        WatchPassResult first = pass(world, t0);
        QVERIFY(first.targets.at(0).checked);
        QCOMPARE(describeChanges(first), QStringList());
        QCOMPARE(first.targets.at(0).nextRun, t0.addSecs(defaultDomainInterval));
        // An hour later: not due.
        const WatchPassResult early = pass(world, t0.addSecs(3600));
        QVERIFY(!early.targets.at(0).checked);
        QCOMPARE(early.exitCode(), 0);
        // A day later, with a softer SPF record.
        QByteArray softer = world;
        softer.replace(spf,
                       "good.example.com. TXT \"v=spf1 ip4:192.0.2.0/24 include:_spf.esp.example.net ~all\"");
        const WatchPassResult changed = pass(softer, t0.addSecs(86400));
        QVERIFY(changed.targets.at(0).checked);
        QCOMPARE(describeChanges(changed), QStringList{u"changed:spf"_s});
        QCOMPARE(changed.changes.first().from,
                 u"v=spf1 ip4:192.0.2.0/24 include:_spf.esp.example.net -all"_s);
        QCOMPARE(changed.exitCode(), 1);
        // Another day, without the DMARC record.
        QByteArray noDmarc;
        for (const QByteArray& line : softer.split('\n')) {
            if (!line.startsWith("_dmarc.good.example.com."))
                noDmarc += line + '\n';
        }
        const WatchPassResult broke = pass(noDmarc, t0.addSecs(2 * 86400));
        QCOMPARE(describeChanges(broke), QStringList{u"broke:dmarc"_s});
        QCOMPARE(broke.exitCode(), 2);
        QCOMPARE(store.lastRun(u"good.example.com"_s), t0.addSecs(2 * 86400));
    }

    // listed -> delisted -> refused resolver -> listed again, through the real rebound-cli.
    void listedDelistedRefusedListed() {
        const QString list = writeList(u"one.txt"_s, "203.0.113.7\n");
        const QString db = path(u"scenario.db"_s);
        const QString prom = path(u"watch.prom"_s);
        struct Step {
            const char* name;
            QByteArray drop;
            bool refuse;
            int exitCode;
            QStringList changes; // change:check:from>to
            const char* listed;  // the rebound_blocklist_listed sample's value
            const char* ok;      // rebound_check_ok for the list
        };
        const QList<Step> steps{
            {"listed", {}, false, 2, {u"listed:blocklist:none>listed"_s}, "1", "0"},
            {"delisted",
             "7.113.0.203.bl.spamcop.net",
             false,
             0,
             {u"delisted:blocklist:listed>ok"_s},
             "0",
             "1"},
            {"refused",
             {},
             true,
             3,
             {u"could_not_check:ptr:ok>could_not_check"_s, u"could_not_check:blocklist:ok>could_not_check"_s},
             "0",
             "0"},
            {"listed again",
             {},
             false,
             2,
             {u"checked_again:ptr:could_not_check>ok"_s, u"listed:blocklist:could_not_check>listed"_s},
             "1",
             "0"},
        };
        for (const Step& step : steps) {
            const auto lab = startLab(step.drop, step.refuse);
            QStringList args = watchArgs(*lab, list, db);
            args << u"--prometheus"_s << prom << u"--json"_s;
            const rebound::lab::CliRun run = rebound::lab::runCli(args);
            QVERIFY2(run.exitCode == step.exitCode,
                     qPrintable(u"%1: exit %2: %3"_s.arg(QLatin1String(step.name))
                                    .arg(run.exitCode)
                                    .arg(QString::fromUtf8(run.err + run.out))));
            const QJsonObject json = QJsonDocument::fromJson(run.out).object();
            QStringList changes;
            for (const QJsonValue& value : json[u"changes"].toArray()) {
                const QJsonObject change = value.toObject();
                for (const QString& key :
                     {u"target"_s, u"check"_s, u"zone"_s, u"from"_s, u"to"_s, u"at"_s, u"detail"_s})
                    QVERIFY2(change.contains(key), qPrintable(key));
                QCOMPARE(change[u"target"].toString(), u"203.0.113.7"_s);
                changes << u"%1:%2:%3>%4"_s.arg(change[u"change"].toString(), change[u"check"].toString(),
                                                change[u"from"].toString(), change[u"to"].toString());
            }
            changes.sort();
            QStringList expected = step.changes;
            expected.sort();
            QCOMPARE(changes, expected);
            QCOMPARE(json[u"nagios_code"].toInt(), step.exitCode);
            const QJsonArray targets = json[u"targets"].toArray();
            QCOMPARE(targets.size(), 1);
            QCOMPARE(targets.at(0)[u"target"].toString(), u"203.0.113.7"_s);
            QVERIFY(targets.at(0)[u"checked"].toBool());
            QFile file(prom);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray text = file.readAll();
            QVERIFY2(
                text.contains(QByteArray(
                    QByteArray("rebound_blocklist_listed{target=\"203.0.113.7\",zone=\"bl.spamcop.net\"} ")
                    + step.listed + '\n')),
                text.constData());
            QVERIFY2(text.contains(QByteArray(QByteArray("rebound_check_ok{target=\"203.0.113.7\",check="
                                                         "\"blocklist\",zone=\"bl.spamcop.net\"} ")
                                              + step.ok + '\n')),
                     text.constData());
            QVERIFY(text.contains("rebound_watch_last_run_timestamp_seconds{target=\"203.0.113.7\"} "));
        }
        // Without --force a target checked a moment ago is not due: nothing is asked, nothing said.
        const auto lab = startLab({}, false);
        QStringList args = watchArgs(*lab, list, db);
        args.removeAll(u"--force"_s);
        const rebound::lab::CliRun run = rebound::lab::runCli(args);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("0 change(s); 0 of 1 target(s) checked"), run.out.constData());
        WatchStore store;
        QString error;
        QVERIFY2(store.open(db, &error), qPrintable(error));
        QCOMPARE(store.integrityCheck(), u"ok"_s);
        QCOMPARE(store.changes(u"203.0.113.7"_s).size(), 6);
    }

    // A PTR that changes between two passes (the reverse zone rewritten and served again): a warning-level
    // "changed" with the old and new names, in the JSON and in the text.
    void ptrChanges() {
        const QString list = writeList(u"ptr.txt"_s, "203.0.113.7\n");
        const QString db = path(u"ptr.db"_s);
        const QByteArray world = readZone(REBOUND_TEST_DATA_DIR "/blocklist/zones/root.zone");
        const QByteArray ptr = "7.113.0.203.in-addr.arpa. IN PTR mail.example.com.";
        QVERIFY(world.contains(ptr));
        {
            const auto lab = startLab({}, false, 0, world);
            const rebound::lab::CliRun first = rebound::lab::runCli(watchArgs(*lab, list, db));
            QCOMPARE(first.exitCode, 2); // newly listed on SpamCop; the PTR is sound: nothing said
            QVERIFY2(!first.out.contains(" ptr "), first.out.constData());
        }
        QByteArray moved = world;
        moved.replace(ptr, "7.113.0.203.in-addr.arpa. IN PTR relay.example.com.\n"
                           "relay.example.com. IN A 203.0.113.7");
        const auto lab = startLab({}, false, 0, moved);
        QStringList args = watchArgs(*lab, list, db);
        args << u"--json"_s;
        const rebound::lab::CliRun json = rebound::lab::runCli(args);
        QCOMPARE(json.exitCode, 1);
        const QJsonArray changes = QJsonDocument::fromJson(json.out).object()[u"changes"].toArray();
        QCOMPARE(changes.size(), 1);
        const QJsonObject change = changes.first().toObject();
        QCOMPARE(change[u"check"].toString(), u"ptr"_s);
        QCOMPARE(change[u"change"].toString(), u"changed"_s);
        QCOMPARE(change[u"from"].toString(), u"mail.example.com"_s);
        QCOMPARE(change[u"to"].toString(), u"relay.example.com"_s);
        QCOMPARE(change[u"level"].toString(), u"warning"_s);
        // The same database seen by the text output: a third pass with the PTR back says so in words.
        const auto back = startLab({}, false, 0, world);
        const rebound::lab::CliRun text = rebound::lab::runCli(watchArgs(*back, list, db));
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(text.out.contains("203.0.113.7  ptr  changed: relay.example.com -> mail.example.com"),
                 text.out.constData());
    }

    // rebound-cli diagnose --watch-state DB: an address listed on SpamCop since the first pass and whose
    // PTR broke at the second: the listing's and the PTR's causes carry the watch's evidence (source
    // "watch"), and the report has a "Watch history" section.
    void diagnosisReadsTheHistory() {
        const QString list = writeList(u"history.txt"_s, "203.0.113.7\n");
        const QString db = path(u"history.db"_s);
        const QByteArray world = readZone(REBOUND_TEST_DATA_DIR "/blocklist/zones/root.zone");
        const QByteArray ptr = "7.113.0.203.in-addr.arpa. IN PTR mail.example.com.";
        QByteArray broken = world;
        broken.replace(ptr, "7.113.0.203.in-addr.arpa. IN PTR gone.example.com.");
        {
            const auto lab = startLab({}, false, 0, world);
            QCOMPARE(rebound::lab::runCli(watchArgs(*lab, list, db)).exitCode, 2);
        }
        const auto lab = startLab({}, false, 0, broken);
        QCOMPARE(rebound::lab::runCli(watchArgs(*lab, list, db)).exitCode, 2); // the PTR broke
        const QStringList diagnose{u"--dns"_s,
                                   lab->server(),
                                   u"--timeout"_s,
                                   u"1000"_s,
                                   u"diagnose"_s,
                                   u"203.0.113.7"_s,
                                   u"--watch-state"_s,
                                   db,
                                   u"--check-documentation-ranges"_s};
        const rebound::lab::CliRun run = rebound::lab::runCli(QStringList(diagnose) << u"--json"_s);
        QVERIFY2(run.exitCode == 2, run.err.constData());
        const QJsonObject session = QJsonDocument::fromJson(run.out).object();
        bool checked = false;
        for (const QJsonValue& check : session[u"checks"].toArray())
            checked =
                checked || (check[u"id"].toString() == u"watch" && check[u"state"].toString() == u"done");
        QVERIFY2(checked, run.out.constData());
        QStringList watchEvidence;
        for (const QJsonValue& cause : session[u"diagnosis"].toArray()) {
            for (const QJsonValue& evidence : cause[u"evidence"].toArray()) {
                if (evidence[u"source"].toString() == u"watch")
                    watchEvidence << cause[u"id"].toString() + u": "_s + evidence[u"text"].toString();
            }
        }
        const QString today = QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd"_s);
        QVERIFY2(watchEvidence.contains(u"blocklist.spamcop: The watch's database: 203.0.113.7 listed on "
                                        "bl.spamcop.net since %1."_s.arg(today)),
                 qPrintable(watchEvidence.join(u'\n')));
        QVERIFY2(watchEvidence.contains(u"rdns.problem: The watch saw the PTR of 203.0.113.7 change on %1, 0 "
                                        "day(s) before this diagnosis."_s.arg(today)),
                 qPrintable(watchEvidence.join(u'\n')));
        const rebound::lab::CliRun markdown = rebound::lab::runCli(QStringList(diagnose) << u"--markdown"_s);
        QVERIFY2(markdown.out.contains("Watch history"), markdown.out.constData());
        QVERIFY2(markdown.out.contains("bl.spamcop.net"), markdown.out.constData());
    }

    // The MTA-STS mode across passes (the HTTPS lab serving the policy of ok.sts.test): enforce when
    // first seen (nothing said), then the policy rewritten to testing: a warning-level "changed".
    void mtaStsMode() {
        rebound::httpstest::HttpsLab lab;
        QString error;
        QVERIFY2(lab.generate(&error), qPrintable(error));
        const QString docRoot = path(u"www"_s);
        const QString policy = docRoot + u"/mta-sts.ok.sts.test/.well-known/mta-sts.txt"_s;
        QDir().mkpath(QFileInfo(policy).path());
        const auto writePolicy = [&](const QByteArray& mode) {
            QFile file(policy);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("version: STSv1\nmode: " + mode + "\nmx: *.ok.sts.test\nmax_age: 604800\n");
        };
        writePolicy("enforce");
        QVERIFY2(lab.start(docRoot, &error), qPrintable(error));
        const QStringList args{u"--dns"_s,
                               lab.dnsServer(),
                               u"--timeout"_s,
                               u"1000"_s,
                               u"watch"_s,
                               writeList(u"sts.txt"_s, "ok.sts.test\n"),
                               u"--state"_s,
                               path(u"sts.db"_s),
                               u"--force"_s,
                               u"--no-certificates"_s,
                               u"--https-port"_s,
                               QString::number(lab.port()),
                               u"--ca-file"_s,
                               lab.certificates().caFile(),
                               u"--https-allow-private"_s,
                               u"--json"_s};
        const auto mtaSts = [](const QJsonObject& json, const char* key) {
            QStringList out;
            for (const QJsonValue& v : json[QLatin1String(key)].toArray()) {
                const QJsonArray rows =
                    key == QByteArrayView("changes") ? QJsonArray{v} : v[u"states"].toArray();
                for (const QJsonValue& row : rows) {
                    if (row[u"check"].toString() == u"mta_sts")
                        out << (key == QByteArrayView("changes")
                                    ? u"%1:%2>%3"_s.arg(row[u"change"].toString(), row[u"from"].toString(),
                                                        row[u"to"].toString())
                                    : row[u"state"].toString() + u' ' + row[u"detail"].toString());
                }
            }
            return out;
        };
        const rebound::lab::CliRun first = rebound::lab::runCli(args);
        const QJsonObject json = QJsonDocument::fromJson(first.out).object();
        QCOMPARE(mtaSts(json, "changes"), QStringList());
        const QStringList states = mtaSts(json, "targets");
        QCOMPARE(states.size(), 1);
        QVERIFY2(states.first().startsWith(u"ok mode enforce"_s), qPrintable(states.first()));
        writePolicy("testing");
        const rebound::lab::CliRun second = rebound::lab::runCli(args);
        QCOMPARE(mtaSts(QJsonDocument::fromJson(second.out).object(), "changes"),
                 QStringList{u"changed:enforce>testing"_s});
        QCOMPARE(second.exitCode, 1);
    }

    // The MX host's STARTTLS certificate across passes against aiosmtpd on loopback: sound (nothing
    // said, the notAfter in the .prom), 5 days left (warning), expired (critical), a wrong name
    // (critical), no STARTTLS (warning), the server gone (could not check, once).
    void certificateTransitions() {
        rebound::smtptest::TestCertificates certs;
        QString error;
        QVERIFY2(certs.generate(&error), qPrintable(error));
        const quint16 port = rebound::smtptest::freeTcpPort();
        const QString zones = path(u"smtp-zones"_s);
        QDir().mkpath(zones);
        QVERIFY2(rebound::smtptest::writeSmtpZones(zones, port, QString(64, u'0'), &error),
                 qPrintable(error));
        rebound::lab::DnsLab lab;
        rebound::lab::DnsLabOptions labOptions;
        labOptions.zonesDir = zones;
        QVERIFY2(lab.start(labOptions, &error), qPrintable(error));
        const QString list = writeList(u"domain.txt"_s, "smtp.test\n");
        const QString db = path(u"tls.db"_s);
        const QString prom = path(u"tls.prom"_s);
        struct Step {
            const char* name;
            rebound::smtptest::TestCertificates::Pair pair;
            bool serve;
            int exitCode;
            QString state;
            QStringList changes;
        };
        const rebound::smtptest::TestCertificates::Pair none;
        const QList<Step> steps{
            // 2: smtp.test has no SPF or DMARC record, said when first seen.
            {"sound", certs.good(), true, 2, u"ok"_s, {}},
            {"near expiry", certs.nearExpiry(), true, 1, u"near_expiry"_s, {u"degraded:ok>near_expiry"_s}},
            {"expired", certs.expired(), true, 2, u"expired"_s, {u"broke:near_expiry>expired"_s}},
            {"wrong name", certs.wrongName(), true, 2, u"invalid"_s, {u"broke:expired>invalid"_s}},
            {"no starttls", none, true, 1, u"no_starttls"_s, {u"degraded:invalid>no_starttls"_s}},
            {"gone",
             none,
             false,
             3,
             u"could_not_check"_s,
             {u"could_not_check:no_starttls>could_not_check"_s}},
        };
        for (const Step& step : steps) {
            rebound::smtptest::ServerProcess server;
            if (step.serve)
                QVERIFY2(server.startAiosmtpd(u"127.0.0.1"_s, port, step.pair.cert, step.pair.key, &error),
                         qPrintable(error));
            const QStringList args{u"--dns"_s,
                                   lab.server(),
                                   u"--timeout"_s,
                                   u"1000"_s,
                                   u"--smtp-port"_s,
                                   QString::number(port),
                                   u"watch"_s,
                                   list,
                                   u"--state"_s,
                                   db,
                                   u"--force"_s,
                                   u"--ca-file"_s,
                                   certs.caFile(),
                                   u"--prometheus"_s,
                                   prom,
                                   u"--json"_s};
            const rebound::lab::CliRun run = rebound::lab::runCli(args);
            const QJsonObject json = QJsonDocument::fromJson(run.out).object();
            QStringList changes;
            for (const QJsonValue& value : json[u"changes"].toArray()) {
                const QJsonObject change = value.toObject();
                if (change[u"check"].toString() != u"tls_certificate")
                    continue;
                QCOMPARE(change[u"zone"].toString(), u"mx.smtp.test"_s);
                QVERIFY(change[u"detail"].toString().startsWith(u"mx.smtp.test: "_s));
                changes << u"%1:%2>%3"_s.arg(change[u"change"].toString(), change[u"from"].toString(),
                                             change[u"to"].toString());
            }
            QVERIFY2(changes == step.changes,
                     qPrintable(u"%1: %2 (%3)"_s.arg(QLatin1String(step.name), changes.join(u' '),
                                                     QString::fromUtf8(run.out))));
            QVERIFY2(run.exitCode == step.exitCode,
                     qPrintable(u"%1: exit %2"_s.arg(QLatin1String(step.name)).arg(run.exitCode)));
            QString state;
            for (const QJsonValue& row : json[u"targets"].toArray().first()[u"states"].toArray()) {
                if (row[u"check"].toString() == u"tls_certificate")
                    state = row[u"state"].toString();
            }
            QCOMPARE(state, step.state);
            QFile file(prom);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray text = file.readAll();
            QVERIFY2(text.contains(
                         "rebound_certificate_expiry_seconds{target=\"smtp.test\",host=\"mx.smtp.test\"} "),
                     text.constData());
        }
    }

    // A slow pass over a /24 killed with SIGKILL once results are being written: the database is sound,
    // and the next watch (the lock's process is gone) runs. While one runs, a second waits --lock-wait
    // seconds and refuses with exit 3.
    void killedMidPassAndSecondWatch() {
        const auto lab = startLab({}, false, 100);
        const QString list = writeList(u"range.txt"_s, "203.0.113.0/24\n");
        const QString db = path(u"killed.db"_s);
        QStringList args = watchArgs(*lab, list, db);
        args << u"--concurrency"_s << u"4"_s;
        QProcess first;
        first.start(QStringLiteral(REBOUND_CLI_PATH), args);
        QVERIFY(first.waitForStarted());
        // Wait until some results are in the database.
        QElapsedTimer timer;
        timer.start();
        int rows = 0;
        while (rows < 20 && timer.elapsed() < 20000) {
            QTest::qWait(100);
            WatchStore reader;
            QString error;
            if (QFile::exists(db) && reader.open(db, &error))
                rows = int(reader.states().size());
        }
        QVERIFY2(rows >= 20, "the pass wrote nothing");
        QCOMPARE(first.state(), QProcess::Running);

        // A second watch on the same database waits for the lock, then refuses.
        QStringList second = watchArgs(*lab, list, db);
        second << u"--lock-wait"_s << u"1"_s;
        const rebound::lab::CliRun refused = rebound::lab::runCli(second);
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains("another watch"), refused.err.constData());

        first.kill(); // SIGKILL
        QVERIFY(first.waitForFinished(5000));
        {
            WatchStore store;
            QString error;
            QVERIFY2(store.open(db, &error), qPrintable(error));
            QCOMPARE(store.integrityCheck(), u"ok"_s);
            QVERIFY(store.states().size() >= 20);
        }
        // The lock's process is gone: the next watch takes it at once.
        const auto fast = startLab({}, false);
        QStringList again = watchArgs(*fast, writeList(u"single.txt"_s, "203.0.113.7\n"), db);
        again << u"--lock-wait"_s << u"0"_s;
        const rebound::lab::CliRun run = rebound::lab::runCli(again);
        // 2 when the killed pass had not reached .7 (newly listed), else 0 (nothing new).
        QVERIFY2(run.exitCode == 2 || run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("1 of 1 target(s) checked"));
    }
};

QTEST_GUILESS_MAIN(TestWatch)
#include "test_watch.moc"
