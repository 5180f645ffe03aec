// rebound-cli watch FILE --state DB: one pass over the watch list in FILE (IPs, CIDR ranges up to /22,
// domains), compared with the previous pass kept in DB; prints the changes, not the states.
#include "app/cli/cli.h"
#include "app/cli/commandline.h"
#include "app/cli/commands.h"
#include "app/cli/globaloptions.h"
#include "app/cli/httpsoptions.h"
#include "app/cli/jsonstream.h"
#include "app/cli/listoptions.h"
#include "app/cli/output.h"
#include "app/cli/sndsoptions.h"
#include "core/blocklist/blocklistcatalog.h"
#include "core/dns/resolver.h"
#include "core/util/jsonutil.h"
#include "core/watch/prometheus.h"
#include "core/watch/watchjson.h"
#include "core/watch/watchlist.h"
#include "core/watch/watchpass.h"
#include "core/watch/watchstore.h"

#include <QDateTime>
#include <QEventLoop>
#include <QLockFile>
#include <QSet>

using namespace Qt::StringLiterals;

namespace rebound::cli {

namespace {

constexpr int defaultLockWaitSeconds = 30;
constexpr int maxLockWaitSeconds = 3600;

void addWatchOptions(QCommandLineParser& parser) {
    parser.setApplicationDescription(
        u"One pass of a watch: check the IPs, ranges and domains in FILE that are due, compare with the "
        "previous pass in DB and print what changed."_s);
    GlobalOptions::addTo(parser);
    addListOptions(parser);
    parser.addOption(
        {u"state"_s, u"The SQLite database the watch keeps its state in (created when missing)."_s, u"DB"_s});
    parser.addOption({u"prometheus"_s,
                      u"Write the node_exporter textfile OUT.prom (atomically) after the pass."_s,
                      u"OUT.prom"_s});
    parser.addOption({u"force"_s, u"Check every target now, whatever its schedule."_s});
    addSndsOptions(parser, u"snds-"_s);
    parser.addOption({u"certificate-days"_s,
                      u"A certificate with fewer days left is near expiry (0-365, default 14)."_s, u"N"_s});
    parser.addOption({u"no-certificates"_s, u"Do not probe the domains' MX hosts for their certificates."_s});
    parser.addOption({u"no-mta-sts"_s, u"Do not fetch the domains' MTA-STS policies."_s});
    addHttpsOptions(parser);
    parser.addOption({u"lock-wait"_s,
                      u"Seconds to wait for another watch on the same DB to finish (0-3600, default 30)."_s,
                      u"SECONDS"_s});
    parser.addPositionalArgument(u"watch"_s, u"The command."_s);
    parser.addPositionalArgument(u"FILE"_s, u"The watch list: one IP, CIDR range or domain a line, "
                                            "optionally followed by its interval (30m, 6h, 1d)."_s);
}

void printChanges(const watch::WatchPassResult& pass) {
    QTextStream& o = out();
    for (const watch::Change& change : pass.changes) {
        o << change.at.toString(Qt::ISODate) << "  " << change.target << "  " << change.check;
        if (!change.zone.isEmpty())
            o << ' ' << change.zone;
        o << "  " << watch::changeKindName(change.kind) << ": " << util::escapeControls(change.from, 200)
          << " -> " << util::escapeControls(change.to, 200);
        if (!change.detail.isEmpty())
            o << "  (" << util::escapeControls(change.detail, 300) << ')';
        o << '\n';
    }
    int checked = 0;
    for (const watch::TargetOutcome& target : pass.targets)
        checked += target.checked ? 1 : 0;
    o << QStringLiteral("%1 change(s); %2 of %3 target(s) checked, the others not due yet.\n")
             .arg(pass.changes.size())
             .arg(checked)
             .arg(pass.targets.size());
    for (const QString& error : pass.errors)
        o << "not recorded: " << error << '\n';
    o.flush();
}

// The --json document written as it is read, one target and one state row at a time, so that memory
// does not grow with a /22's 1,024 addresses times the lists: the head's members, then "targets", each
// target's members around its "states" (cut at a placeholder that no escaped JSON string contains), and
// the changes one by one in the same way.
void writeJsonIncrementally(const watch::WatchPassResult& pass, const watch::WatchStore& store,
                            bool compact) {
    static const QString placeholder = u"\u0001states"_s;
    const QByteArray placeholderJson = "\"\\u0001states\"";
    JsonArrayStream targets(u"targets"_s, compact);
    // "changes" (thousands on the first pass of a /22) streamed too, in the head's place of it.
    QJsonObject head = watch::passHeadJson(pass, false);
    head.insert(u"changes"_s, placeholder);
    const QByteArray headBytes = targets.begin(head);
    const qsizetype at = headBytes.indexOf(placeholderJson);
    writeBytes(QByteArrayView(headBytes).first(at));
    JsonArrayStream changes(QString(), compact);
    writeBytes("[");
    for (const watch::Change& change : pass.changes)
        writeBytes(changes.item(watch::toJson(change)));
    if (!pass.changes.isEmpty() && !compact)
        writeBytes("\n    ");
    writeBytes("]");
    writeBytes(QByteArrayView(headBytes).sliced(at + placeholderJson.size()));
    const QByteArray stateIndent = compact ? QByteArray() : QByteArray("\n").append(QByteArray(16, ' '));
    const QByteArray closeIndent = QByteArray("\n").append(QByteArray(12, ' '));
    for (const watch::TargetOutcome& target : pass.targets) {
        QJsonObject object = watch::targetJson(target);
        object.insert(u"states"_s, placeholder);
        const QByteArray item = targets.item(object);
        const qsizetype cut = item.indexOf(placeholderJson);
        writeBytes(QByteArrayView(item).first(cut));
        writeBytes("[");
        bool any = false;
        for (const QString& subject : target.subjects) {
            for (const watch::StateRow& row : store.statesOf(subject)) {
                if (!watch::isShownState(row))
                    continue;
                QByteArray bytes = JsonArrayStream::document(watch::stateJson(row), compact);
                bytes.chop(1); // the newline
                if (!compact)
                    bytes.replace("\n", stateIndent);
                writeBytes(any ? QByteArray(",") : QByteArray());
                writeBytes(stateIndent);
                writeBytes(bytes);
                any = true;
            }
        }
        if (any && !compact)
            writeBytes(closeIndent);
        writeBytes("]");
        writeBytes(QByteArrayView(item).sliced(cut + placeholderJson.size()));
    }
    writeBytes(targets.end({}));
}

} // namespace

// Exit codes (Nagios, about what is new since the previous pass): 0 nothing new (or only good news:
// delisted, fixed, checked again); 1 a warning-level change (a record, the PTR or the MX changed, SNDS
// turned yellow); 2 a new listing, a record that broke or SNDS turned red; 3 a check could not be made (it
// started failing), or another watch holds DB beyond --lock-wait, or the database failed; 64 usage; 66
// unreadable FILE; 73 OUT.prom could not be written.
int runWatchCommand(const QStringList& arguments) {
    QCommandLineParser parser;
    addWatchOptions(parser);
    GlobalOptions options;
    QStringList positional;
    if (const auto exit =
            parseCommand(parser, arguments, &options, &positional, 2, 2,
                         u"usage: rebound-cli watch FILE --state DB [--prometheus OUT.prom] [--json]"_s))
        return *exit;
    const QString dbPath = parser.value(u"state"_s);
    if (dbPath.isEmpty())
        return fail(ExitUsage, u"--state DB is required: the database the watch compares with"_s);
    int lockWait = defaultLockWaitSeconds;
    if (QString error; !readIntOption(parser, u"lock-wait"_s, 0, maxLockWaitSeconds, u"a number of seconds"_s,
                                      &lockWait, &error))
        return fail(ExitUsage, error);
    const blocklist::BlocklistCatalog& catalog = blocklist::BlocklistCatalog::builtin();
    if (!catalog.errors().isEmpty())
        return fail(ExitSoftware,
                    u"the built-in blocklist catalog is damaged: "_s + catalog.errors().join(u"; "_s));
    watch::WatchOptions watchOptions;
    if (const auto exit = readListOptions(parser, catalog, &watchOptions.ip, &watchOptions.concurrency))
        return *exit;
    watchOptions.force = parser.isSet(u"force"_s);
    SndsRequest snds;
    if (const auto exit = readSndsOptions(parser, u"snds-"_s, parser.isSet(u"snds-key-file"_s), &snds))
        return *exit;
    if (snds.enabled) {
        snds.options.maxCacheAgeSeconds = snds::SndsOptions::ReuseCacheSeconds;
        watchOptions.snds = snds.options;
    }
    watchOptions.probeCertificates = !parser.isSet(u"no-certificates"_s);
    watchOptions.smtpPort = quint16(options.smtpPort);
    watchOptions.mtaSts = !parser.isSet(u"no-mta-sts"_s);
    if (QString error; !readHttpsOptions(parser, &watchOptions.https, &error)
                       || !readIntOption(parser, u"certificate-days"_s, 0, 365, u"a number of days"_s,
                                         &watchOptions.certificateWarningDays, &error))
        return fail(ExitUsage, error);

    QString error;
    bool unreadable = false;
    const auto list = watch::readWatchFile(positional.at(1), &error, &unreadable);
    if (!list)
        return fail(unreadable ? ExitNoInput : ExitUsage, error);
    for (const QString& problem : list->problems)
        err() << "rebound-cli: skipped " << problem << Qt::endl;

    // One watch per database: a second one waits for the first, then gives up (a timer that fires again
    // while a long pass runs must not run two passes over the same lists).
    QLockFile lock(dbPath + u".lock"_s);
    lock.setStaleLockTime(0); // a lock is stale only when its process is gone (kill -9), never by age
    if (!lock.tryLock(lockWait * 1000)) {
        qint64 pid = 0;
        QString host;
        QString app;
        lock.getLockInfo(&pid, &host, &app);
        return fail(
            3, u"another watch (process %1) is using %2; waited %3 s, giving up"_s.arg(pid).arg(dbPath).arg(
                   lockWait));
    }
    watch::WatchStore store;
    if (!store.open(dbPath, &error))
        return fail(3, error);

    dns::Resolver resolver(options.resolver);
    if (!resolver.isValid())
        return fail(3, u"cannot start the resolver: "_s + resolver.initError());
    watch::WatchPass pass(&resolver, catalog, &store, watchOptions);
    QEventLoop loop;
    QObject::connect(&pass, &watch::WatchPass::finished, &loop, &QEventLoop::quit);
    pass.start(*list, QDateTime::currentDateTimeUtc());
    if (!pass.isFinished())
        loop.exec();
    const watch::WatchPassResult& result = pass.result();

    if (options.json || options.jsonLines)
        writeJsonIncrementally(result, store, options.jsonLines);
    else
        printChanges(result);
    int code = result.exitCode();
    if (!result.errors.isEmpty())
        code = watch::worseCode(code, 3);
    if (parser.isSet(u"prometheus"_s)) {
        QSet<QString> subjects;
        for (const watch::WatchTarget& target : list->targets) {
            for (const QString& subject : target.subjects())
                subjects.insert(subject);
        }
        if (!watch::writePrometheusFile(parser.value(u"prometheus"_s),
                                        watch::prometheusText(store.states(subjects), result), &error))
            return fail(ExitCantCreate, error);
    }
    return code;
}

} // namespace rebound::cli
