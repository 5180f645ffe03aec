// rebound-cli ip IP|CIDR|FILE: reverse DNS, FCrDNS and every blocklist for one address, a range or a file;
// with --smtp, the SMTP server of one address probed too (banner, EHLO, STARTTLS; never a message).
#include "app/cli/cli.h"
#include "app/cli/commandline.h"
#include "app/cli/commands.h"
#include "app/cli/globaloptions.h"
#include "app/cli/listoptions.h"
#include "app/cli/output.h"
#include "app/cli/sndsoptions.h"
#include "core/blocklist/blocklistcatalog.h"
#include "core/blocklist/liststate.h"
#include "core/dns/resolver.h"
#include "core/iphealth/iphealthbatch.h"
#include "core/iphealth/iphealthjson.h"
#include "core/iphealth/iptargets.h"
#include "core/smtp/smtphostprobe.h"
#include "core/smtp/smtpjson.h"
#include "core/snds/sndsjson.h"
#include "core/snds/sndsverdict.h"
#include "core/util/jsonutil.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace rebound::cli {

namespace {

// The state in the words every output uses (core/blocklist/liststate.h), upper case as a column.
QString statusColumn(const blocklist::ListResult& list) {
    return blocklist::listStateWords(blocklist::listStatusName(list.status)).toUpper();
}

// A plain-text block for one IP; untrusted text (PTR names, TXT) is escaped.
QString toText(const iphealth::IpHealthResult& result) {
    QString text = u"IP %1\n"_s.arg(result.ip);
    if (!result.checked) {
        text += u"  not checked: %1\n"_s.arg(result.notCheckedReason.isEmpty() ? u"cancelled"_s
                                                                               : result.notCheckedReason);
        return text;
    }
    if (result.reverseDnsChecked) {
        const iphealth::ReverseDnsResult& rdns = result.rdns;
        QStringList names;
        for (const QString& name : rdns.ptrNames)
            names << util::escapeControls(name, 256);
        text += u"  PTR     %1\n"_s.arg(
            names.isEmpty() ? u"(none: %1)"_s.arg(dns::outcomeName(rdns.ptrOutcome)) : names.join(u", "_s));
        text += u"  FCrDNS  %1: %2\n"_s.arg(iphealth::fcrdnsStatusName(rdns.fcrdns),
                                            util::escapeControls(rdns.fcrdnsReason, 512));
        for (const iphealth::ForwardLookup& f : rdns.forward) {
            text += u"          %1 %2 -> %3 (%4)\n"_s.arg(
                util::escapeControls(f.name, 256), f.type,
                f.addresses.isEmpty() ? u"-"_s : f.addresses.join(u", "_s), dns::outcomeName(f.outcome));
        }
        if (rdns.generic.generic)
            text += u"  generic name: %1\n"_s.arg(rdns.generic.reasons.join(u"; "_s));
    }
    for (const blocklist::ListResult& list : result.blocklists) {
        text += u"  %1 %2 (%3)"_s.arg(statusColumn(list), -15).arg(list.name, list.zone);
        if (!list.codes.isEmpty())
            text += u" %1"_s.arg(list.codes.join(u","_s));
        text += u'\n';
        if (list.status == blocklist::ListStatus::Listed) {
            text += u"      %1 [%2]\n"_s.arg(list.meaning(), blocklist::impactName(list.impact));
            for (const QString& txt : list.txt)
                text += u"      TXT %1\n"_s.arg(txt);
            if (!list.removalUrl.isEmpty())
                text += u"      removal: %1\n"_s.arg(list.removalUrl);
            else if (!list.lookupUrl.isEmpty())
                text += u"      lookup: %1\n"_s.arg(list.lookupUrl);
        } else if (!list.reason.isEmpty() && list.status != blocklist::ListStatus::Clean) {
            text += u"      %1\n"_s.arg(list.reason);
            if (!list.remedy.isEmpty())
                text += u"      remedy: %1\n"_s.arg(list.remedy);
        }
    }
    return text;
}

// The command's own options, beside the global ones.
void addIpOptions(QCommandLineParser& parser) {
    parser.setApplicationDescription(u"Check IP addresses: reverse DNS, FCrDNS and every blocklist."_s);
    GlobalOptions::addTo(parser);
    addListOptions(parser);
    parser.addOption({u"smtp"_s,
                      u"Also probe the address's own SMTP server on --smtp-port (one address only; it is "
                      u"probed even when private or special-purpose)."_s});
    parser.addOption({u"ehlo"_s, u"Name to send with EHLO for --smtp."_s, u"NAME"_s});
    addSndsOptions(parser, u"snds-"_s);
    parser.addOption({u"list-catalog"_s, u"Print the list ids, zones and status, and exit."_s});
    parser.addPositionalArgument(u"ip"_s, u"The command."_s);
    parser.addPositionalArgument(u"TARGET"_s,
                                 u"An IP address, a CIDR range (up to /22) or a file of them."_s);
}

// --list-catalog: one line per list.
int printCatalog(const blocklist::BlocklistCatalog& catalog) {
    for (const blocklist::BlocklistEntry& entry : catalog.entries()) {
        out() << QStringLiteral("%1 %2 %3 %4\n")
                     .arg(entry.id, -18)
                     .arg(entry.displayZone({}), -34)
                     .arg(blocklist::listStateName(entry.state), -10)
                     .arg(entry.defaultEnabled ? u"default"_s : QString());
    }
    return ExitOk;
}

// What the command checks and how, read from its options.
struct IpRequest {
    iphealth::IpHealthOptions check;
    int concurrency = iphealth::IpHealthBatch::DefaultConcurrency;
    bool probeSmtp = false;
    smtp::SmtpProbeOptions smtp;
    SndsRequest snds;
    std::optional<snds::SndsData> sndsData; // fetched once for every address
};

// The "snds" member of an address's JSON: its SNDS row, or null when SNDS was not asked (no key).
QJsonValue sndsJson(const IpRequest& request, const QString& ip) {
    return request.sndsData ? QJsonValue(snds::ipJson(*request.sndsData, ip)) : QJsonValue(QJsonValue::Null);
}

QString sndsText(const IpRequest& request, const QString& ip) {
    if (request.sndsData)
        return u"  SNDS    "_s + util::escapeControls(snds::ipSummary(*request.sndsData, ip), 600) + u'\n';
    return u"  SNDS    not checked (%1)\n"_s.arg(request.snds.turnedOff ? u"--no-snds"_s : u"no SNDS key"_s);
}

// The blocklist and reverse-DNS options; the exit code to stop with when one is wrong.
std::optional<int> readCheckOptions(const QCommandLineParser& parser,
                                    const blocklist::BlocklistCatalog& catalog, IpRequest* request) {
    return readListOptions(parser, catalog, &request->check, &request->concurrency);
}

// --smtp and --ehlo (one single address only); the exit code to stop with when one is wrong.
std::optional<int> readSmtpOptions(const QCommandLineParser& parser, const GlobalOptions& globals,
                                   const iphealth::IpTargets& targets, IpRequest* request) {
    request->probeSmtp = parser.isSet(u"smtp"_s);
    if (request->probeSmtp
        && (targets.kind != iphealth::IpTargets::Kind::Single || targets.addresses.size() != 1))
        return fail(ExitUsage, u"--smtp takes one IP address, not a range or a file"_s);
    request->smtp.ehloName = parser.value(u"ehlo"_s);
    const QString& ehlo = request->smtp.ehloName;
    if (parser.isSet(u"ehlo"_s)
        && (ehlo.isEmpty() || ehlo.size() > 255
            || ehlo.contains(QRegularExpression(u"[\\s\\x00-\\x1f\\x7f]"_s))))
        return fail(ExitUsage, u"--ehlo takes one name without spaces or control characters"_s);
    request->smtp.implicitTls = globals.smtpPort == 465;
    return std::nullopt;
}

// Checks every address (and probes the SMTP server of a single one beside it), printing text and JSON
// lines as results come and collecting the --json objects. Returns the worst Nagios code.
iphealth::NagiosCode checkAndPrint(dns::Resolver* resolver, const blocklist::BlocklistCatalog& catalog,
                                   const IpRequest& request, const iphealth::IpTargets& targets,
                                   const GlobalOptions& globals, QJsonArray* collected) {
    // The SMTP probe of a single address runs beside the health check; its result joins the output.
    std::unique_ptr<smtp::SmtpHostProbe> smtpProbe;
    if (request.probeSmtp)
        smtpProbe = std::make_unique<smtp::SmtpHostProbe>(resolver, targets.addresses.first().toString(),
                                                          quint16(globals.smtpPort), request.smtp);
    iphealth::IpHealthBatch batch(resolver, catalog, request.check, request.concurrency);
    iphealth::NagiosCode worst = iphealth::NagiosOk;
    std::optional<iphealth::IpHealthResult> held; // printed once the SMTP probe is done too
    const auto print = [&](const iphealth::IpHealthResult& result) {
        QJsonObject json = (globals.json || globals.jsonLines) ? iphealth::toJson(result) : QJsonObject();
        if (globals.json || globals.jsonLines)
            json.insert(u"snds"_s, sndsJson(request, result.ip));
        if (smtpProbe)
            json.insert(u"smtp"_s, smtp::toJson(smtpProbe->result()));
        if (globals.jsonLines)
            printJson(json, true);
        else if (globals.json)
            collected->append(json);
        else
            out() << toText(result) << sndsText(request, result.ip)
                  << (smtpProbe ? u"SMTP\n"_s + smtp::toText(smtpProbe->result()) : QString()) << Qt::flush;
    };
    QEventLoop loop;
    QObject::connect(&batch, &iphealth::IpHealthBatch::resultReady, &loop,
                     [&](int, const iphealth::IpHealthResult& result) {
                         worst = iphealth::worseNagiosCode(worst, iphealth::nagiosCode(result));
                         if (request.sndsData)
                             worst = iphealth::worseNagiosCode(
                                 worst, iphealth::NagiosCode(snds::nagiosCode(*request.sndsData, result.ip)));
                         if (smtpProbe)
                             held = result;
                         else
                             print(result);
                     });
    const auto quitWhenDone = [&] {
        if (batch.isFinished() && (!smtpProbe || smtpProbe->isFinished()))
            loop.quit();
    };
    QObject::connect(&batch, &iphealth::IpHealthBatch::finished, &loop, quitWhenDone);
    if (smtpProbe) {
        QObject::connect(smtpProbe.get(), &smtp::SmtpHostProbe::finished, &loop, quitWhenDone);
        smtpProbe->start();
    }
    batch.start(targets.addresses, targets.inputs);
    if (!batch.isFinished() || (smtpProbe && !smtpProbe->isFinished()))
        loop.exec();
    if (held)
        print(*held);
    return worst;
}

// --json: the one address's object, or the target with every address's.
void printJsonDocument(const QString& target, bool single, const QJsonArray& collected,
                       iphealth::NagiosCode worst) {
    if (single && collected.size() == 1) {
        printJson(collected.first().toObject());
        return;
    }
    QJsonObject document;
    document.insert(u"target"_s, util::escapeControls(target, 512));
    document.insert(u"ips"_s, collected);
    document.insert(u"nagios_code"_s, int(worst));
    printJson(document);
}

} // namespace

// Exit codes (Nagios): 0 clean; 1 listed on a minor or medium list, or SNDS yellow; 2 listed on a major
// list, or SNDS red or blocked by Microsoft; 3 some address or list could not be checked, or SNDS could not
// be read at all; 64 usage; 66 unreadable file. The SMTP probe does not change it.
int runIpCommand(const QStringList& arguments) {
    QCommandLineParser parser;
    addIpOptions(parser);
    GlobalOptions options;
    QStringList positional;
    if (const auto exit = parseCommand(parser, arguments, &options, &positional))
        return *exit;
    const blocklist::BlocklistCatalog& catalog = blocklist::BlocklistCatalog::builtin();
    if (!catalog.errors().isEmpty())
        return fail(ExitSoftware,
                    u"the built-in blocklist catalog is damaged: "_s + catalog.errors().join(u"; "_s));
    if (parser.isSet(u"list-catalog"_s))
        return printCatalog(catalog);
    if (positional.size() != 2)
        return fail(ExitUsage, u"usage: rebound-cli ip IP|CIDR|FILE [--json | --json-lines]"_s);

    IpRequest request;
    if (const auto exit = readCheckOptions(parser, catalog, &request))
        return *exit;
    QString error;
    iphealth::TargetError targetError = iphealth::TargetError::None;
    const auto targets = iphealth::parseIpTargets(positional.at(1), &error, &targetError);
    if (!targets)
        return fail(targetError == iphealth::TargetError::UnreadableFile ? ExitNoInput : ExitUsage, error);
    for (const QString& problem : targets->problems)
        err() << "rebound-cli: skipped " << problem << Qt::endl;
    if (const auto exit = readSmtpOptions(parser, options, *targets, &request))
        return *exit;
    if (const auto exit =
            readSndsOptions(parser, u"snds-"_s, parser.isSet(u"snds-key-file"_s), &request.snds))
        return *exit;

    dns::Resolver resolver(options.resolver);
    if (!resolver.isValid())
        return fail(iphealth::NagiosUnknown, u"cannot start the resolver: "_s + resolver.initError());
    if (!request.snds.enabled && !request.snds.turnedOff && !options.json && !options.jsonLines)
        err() << "rebound-cli: SNDS not checked: " << request.snds.noKeyReason << Qt::endl;
    if (request.snds.enabled) {
        // One fetch for every address (a range's rows are matched per address); a recent cache is reused.
        request.snds.options.maxCacheAgeSeconds = snds::SndsOptions::ReuseCacheSeconds;
        request.sndsData = fetchSnds(&resolver, request.snds.options);
    }
    QJsonArray collected;
    const iphealth::NagiosCode worst =
        checkAndPrint(&resolver, catalog, request, *targets, options, &collected);
    if (options.json && !options.jsonLines)
        printJsonDocument(positional.at(1), targets->kind == iphealth::IpTargets::Kind::Single, collected,
                          worst);
    return int(worst);
}

} // namespace rebound::cli
