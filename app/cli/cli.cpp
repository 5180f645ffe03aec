#include "app/cli/cli.h"

#include "app/cli/globaloptions.h"
#include "app/cli/output.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rebound::cli {
namespace {

QString toQString(std::string_view text) {
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QString usageText() {
    QString text = QStringLiteral("Usage: rebound-cli [global options] COMMAND [arguments]\n\n"
                                  "Rebound's headless email-deliverability troubleshooter.\n\nCommands:\n");
    for (const CommandInfo& command : kCommands)
        text +=
            QStringLiteral("  %1  %2\n").arg(toQString(command.name), -10).arg(toQString(command.summary));
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
        if (isCommand(arg))
            return arg;
        if (firstPlain.isEmpty())
            firstPlain = arg;
    }
    return firstPlain;
}

int run(const QStringList& arguments, std::span<const CommandRunner> runners) {
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
    if (!isCommand(command))
        return fail(ExitUsage, QStringLiteral("unknown command '%1' (see rebound-cli --help)").arg(command));
    if (const CommandRunner* runner = findRunner(runners, command))
        return runner->run(arguments);
    return fail(ExitSoftware, QStringLiteral("internal error: no runner for '%1' here").arg(command));
}

void setApplicationIdentity(const QString& version) {
    QCoreApplication::setOrganizationName(u"Rebound"_s);
    QCoreApplication::setApplicationName(u"rebound-cli"_s);
    QCoreApplication::setApplicationVersion(version);
}

} // namespace rebound::cli
