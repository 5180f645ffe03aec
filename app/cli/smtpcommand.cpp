// rebound-cli smtp HOST[:PORT]: banner, EHLO, STARTTLS and the TLS facts of every address of a host
// (or, with --mx, of every MX host of a domain). Never sends a message.
#include "app/cli/cli.h"
#include "app/cli/commandline.h"
#include "app/cli/commands.h"
#include "app/cli/globaloptions.h"
#include "app/cli/output.h"
#include "core/dns/ipaddress.h"
#include "core/dns/resolver.h"
#include "core/smtp/smtpdomainprobe.h"
#include "core/smtp/smtphostprobe.h"
#include "core/smtp/smtpjson.h"

#include <QEventLoop>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace rebound::cli {
namespace {

struct Target {
    QString host;
    int port = 0; // 0: not given
};

// "mx.example.com", "mx.example.com:2525", "192.0.2.1:25", "[2001:db8::1]:25", "2001:db8::1".
std::optional<Target> parseTarget(const QString& text, QString* error) {
    static const QRegularExpression bracketed(u"^\\[([^\\]]+)\\](?::(\\d+))?$"_s);
    static const QRegularExpression withPort(u"^([^:]+):(\\d+)$"_s);
    Target target;
    QString portText;
    const QString trimmed = text.trimmed();
    if (const auto m = bracketed.match(trimmed); m.hasMatch()) {
        target.host = m.captured(1);
        portText = m.captured(2);
    } else if (const auto n = withPort.match(trimmed); n.hasMatch()) {
        target.host = n.captured(1);
        portText = n.captured(2);
    } else {
        target.host = trimmed;
    }
    if (!portText.isEmpty()) {
        bool ok = false;
        target.port = portText.toInt(&ok);
        if (!ok || target.port < 1 || target.port > 65535) {
            *error = u"bad port in '"_s + text + u"'"_s;
            return std::nullopt;
        }
    }
    if (target.host.isEmpty() || (target.host.contains(u':') && !dns::parseIpAddress(target.host))) {
        *error = u"not a host name or IP address: '"_s + text + u"'"_s;
        return std::nullopt;
    }
    return target;
}

int exitCodeFor(const QList<Finding>& findings, bool anyBanner) {
    for (const Finding& f : findings) {
        if (f.id == u"smtp.port_blocked_locally" || f.id == u"smtp.host_unresolved"
            || f.id == u"smtp.mx_unresolved")
            return 3;
    }
    for (const Finding& f : findings) {
        if (f.severity == Severity::Error || f.severity == Severity::Critical)
            return anyBanner ? 1 : 3;
    }
    return ExitOk;
}

bool anyBannerIn(const smtp::SmtpHostResult& host) {
    for (const smtp::SmtpProbeResult& p : host.probes) {
        if (p.banner)
            return true;
    }
    return false;
}

} // namespace

// Exit codes: 0 nothing worse than a warning; 1 an error found about the server (rejection, broken
// TLS, ...); 3 nothing could be checked (DNS failed, no connection, port blocked locally); 64 usage.
int runSmtpCommand(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Probe an SMTP server: banner, EHLO, STARTTLS and TLS. Sends no mail."_s);
    GlobalOptions::addTo(parser);
    parser.addOption(
        {u"ehlo"_s, u"Name to send with EHLO (default: this host's FQDN or address literal)."_s, u"NAME"_s});
    parser.addOption({u"mx"_s, u"HOST is a domain: probe all of its MX hosts."_s});
    parser.addOption({u"ca-file"_s, u"Trusted CA certificates (PEM) instead of the system's."_s, u"FILE"_s});
    parser.addOption({u"no-starttls"_s, u"Do not try STARTTLS."_s});
    parser.addOption({u"tls"_s, u"Implicit TLS (SMTPS, RFC 8314); the default on port 465."_s});
    parser.addOption({u"connect-timeout"_s, u"Deadline for the TCP connection (default 10000)."_s, u"MS"_s});
    parser.addOption({u"stage-timeout"_s,
                      u"Deadline for each later stage (default 60000 banner, 30000 others)."_s, u"MS"_s});
    parser.addPositionalArgument(u"smtp"_s, u"The command."_s);
    parser.addPositionalArgument(u"HOST[:PORT]"_s, u"Host name, IP address or [IPv6]:port."_s);
    GlobalOptions options;
    QStringList positional;
    if (const auto exit =
            parseCommand(parser, arguments, &options, &positional, 2, 2,
                         u"usage: rebound-cli smtp HOST[:PORT] [--ehlo NAME] [--mx] [--json]"_s))
        return *exit;
    QString error;
    const auto target = parseTarget(positional.at(1), &error);
    if (!target)
        return fail(ExitUsage, error);

    smtp::SmtpProbeOptions probeOptions;
    probeOptions.ehloName = parser.value(u"ehlo"_s);
    if (parser.isSet(u"ehlo"_s)
        && (probeOptions.ehloName.isEmpty() || probeOptions.ehloName.size() > 255
            || probeOptions.ehloName.contains(QRegularExpression(u"[\\s\\x00-\\x1f\\x7f]"_s))))
        return fail(ExitUsage, u"--ehlo takes one name without spaces or control characters"_s);
    probeOptions.caFile = parser.value(u"ca-file"_s);
    probeOptions.startTls = !parser.isSet(u"no-starttls"_s);
    int stageMs = 0; // not given
    if (!readIntOption(parser, u"connect-timeout"_s, 10, 600000, u"milliseconds"_s,
                       &probeOptions.deadlines.connectMs, &error)
        || !readIntOption(parser, u"stage-timeout"_s, 10, 600000, u"milliseconds"_s, &stageMs, &error))
        return fail(ExitUsage, error);
    if (stageMs > 0) {
        smtp::StageDeadlines& d = probeOptions.deadlines;
        d.bannerMs = d.ehloMs = d.starttlsMs = d.handshakeMs = d.ehloTlsMs = stageMs;
        d.quitMs = qMin(stageMs, d.quitMs);
    }
    const quint16 port = quint16(target->port > 0 ? target->port : options.smtpPort);
    probeOptions.implicitTls = parser.isSet(u"tls"_s) || port == 465;

    dns::Resolver resolver(options.resolver);
    if (!resolver.isValid())
        return fail(3, u"cannot start the resolver: "_s + resolver.initError());
    QEventLoop loop;
    if (parser.isSet(u"mx"_s)) {
        smtp::SmtpDomainProbe probe(&resolver, target->host, port, probeOptions);
        QObject::connect(&probe, &smtp::SmtpDomainProbe::finished, &loop, &QEventLoop::quit);
        probe.start();
        loop.exec();
        const smtp::SmtpDomainResult& result = probe.result();
        if (options.json || options.jsonLines)
            printJson(smtp::toJson(result), options.jsonLines);
        else
            out() << smtp::toText(result) << Qt::flush;
        bool anyBanner = false;
        for (const smtp::SmtpHostResult& host : result.hosts)
            anyBanner = anyBanner || anyBannerIn(host);
        return result.nullMx ? ExitOk : exitCodeFor(result.allFindings(), anyBanner);
    }
    smtp::SmtpHostProbe probe(&resolver, target->host, port, probeOptions);
    QObject::connect(&probe, &smtp::SmtpHostProbe::finished, &loop, &QEventLoop::quit);
    probe.start();
    loop.exec();
    const smtp::SmtpHostResult& result = probe.result();
    if (options.json || options.jsonLines)
        printJson(smtp::toJson(result), options.jsonLines);
    else
        out() << smtp::toText(result) << Qt::flush;
    return exitCodeFor(result.allFindings(), anyBannerIn(result));
}

} // namespace rebound::cli
