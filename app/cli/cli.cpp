#include "app/cli/cli.h"

#include "app/cli/commands.h"
#include "app/cli/globaloptions.h"
#include "app/cli/output.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::StringLiterals;

namespace rebound::cli {
namespace {

struct CommandSpec {
    const char* name;
    const char* summary;
    int (*run)(const QStringList& arguments);
};

// The command table: name, one-line summary, runner.
constexpr std::array commandTable{
    CommandSpec{"diagnose", "Run every check an input calls for and print the guided diagnosis.",
                &runDiagnoseCommand},
    CommandSpec{"bounce",
                "Analyse a bounce, SMTP reply or log lines offline: codes, reason, sending IP, blocklists.",
                &runBounceCommand},
    CommandSpec{"dns", "Query one DNS name and type: records, outcome, flags, server and time.",
                &runDnsCommand},
    CommandSpec{"ip", "Check IP addresses (one, a CIDR or a file): reverse DNS, FCrDNS and every blocklist.",
                &runIpCommand},
    CommandSpec{"domain",
                "Check a domain's MX, SPF (with --ip: the result), DMARC, DKIM keys, MTA-STS, TLS-RPT, BIMI.",
                &runDomainCommand},
    CommandSpec{"message",
                "Analyse a delivered message: route, DKIM/ARC verification, Authentication-Results, SPF, "
                "DMARC, bulk-sender rules.",
                &runMessageCommand},
    CommandSpec{"reports",
                "Read DMARC aggregate and TLS reports (files, folders, zip, gzip, mail): who sends as you, "
                "what fails.",
                &runReportsCommand},
    CommandSpec{"address",
                "Check an email address (syntax, disposable domain); with --probe, ask its mail server at "
                "RCPT. Sends no mail.",
                &runAddressCommand},
    CommandSpec{"snds",
                "Fetch Microsoft SNDS data for your IPs (filter colour, complaints, trap hits, blocks) with "
                "your Automated Data Access key.",
                &runSndsCommand},
    CommandSpec{"postmaster",
                "Read Google Postmaster Tools for your domains (spam rate, authentication and TLS rates, "
                "compliance) with your own OAuth client.",
                &runPostmasterCommand},
    CommandSpec{"smtp", "Probe an SMTP server: banner, EHLO, STARTTLS, certificate and TLS. Sends no mail.",
                &runSmtpCommand},
    CommandSpec{"watch",
                "One pass of a watch over IPs, ranges and domains: print what changed since the previous "
                "pass (state in SQLite), Prometheus textfile.",
                &runWatchCommand},
};

// The command is the first argument that names one; options (and a global option's value) before it are
// skipped. When none names a command, the first plain argument is returned so the error can quote it.
QString findCommandName(const QStringList& arguments) {
    const QStringList valueOptions = GlobalOptions::valueOptionNames();
    QString firstPlain;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (arg == u"--")
            return i + 1 < arguments.size() ? arguments.at(i + 1) : firstPlain;
        if (arg.startsWith(u'-')) {
            const QString name = arg.mid(arg.startsWith(u"--") ? 2 : 1);
            if (!name.contains(u'=') && valueOptions.contains(name))
                ++i; // skip the option's value
            continue;
        }
        for (const CommandSpec& spec : commandTable) {
            if (arg == QLatin1String(spec.name))
                return arg;
        }
        if (firstPlain.isEmpty())
            firstPlain = arg;
    }
    return firstPlain;
}

QString usageText() {
    QString text = QStringLiteral("Usage: rebound-cli [global options] COMMAND [arguments]\n\n"
                                  "Rebound's headless email-deliverability troubleshooter.\n\nCommands:\n");
    for (const CommandSpec& spec : commandTable)
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(spec.name), -10)
                    .arg(QString::fromUtf8(spec.summary));
    text += QStringLiteral(
        "\nGlobal options:\n"
        "  --dns HOST[:PORT][,...]  DNS servers to ask instead of the system's (IPv6 as [addr]:port)\n"
        "  --timeout MS             deadline for one DNS query, retries included (default 5000)\n"
        "  --json                   print JSON instead of text\n"
        "  --json-lines             one JSON object per line, for ranges and directories\n"
        "  --smtp-port N            port for every SMTP step (default 25)\n"
        "  --trust-anchor FILE      DNSSEC trust anchor for DANE's validated TLSA lookups\n"
        "                           (default /usr/share/dns/root.key)\n"
        "  -h, --help               this help; COMMAND --help for a command's own\n"
        "  -v, --version            the version\n\n"
        "Exit codes are documented in docs/CLI.md.\n");
    return text;
}

} // namespace

int run(const QStringList& arguments) {
    const QString command = findCommandName(arguments);
    if (command.isEmpty()) {
        if (arguments.contains(u"--version"_s) || arguments.contains(u"-v"_s)) {
            out() << "rebound-cli " << QCoreApplication::applicationVersion() << Qt::endl;
            return ExitOk;
        }
        if (arguments.contains(u"--help"_s) || arguments.contains(u"-h"_s)) {
            out() << usageText();
            return ExitOk;
        }
        err() << usageText();
        return ExitUsage;
    }
    for (const CommandSpec& spec : commandTable) {
        if (command == QLatin1String(spec.name))
            return spec.run(arguments);
    }
    return fail(ExitUsage, QStringLiteral("unknown command '%1' (see rebound-cli --help)").arg(command));
}

} // namespace rebound::cli
