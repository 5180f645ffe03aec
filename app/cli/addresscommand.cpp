// rebound-cli address ADDRESS [--probe --from SENDER]: the offline address checks (syntax, IDN,
// disposable domain) and, only when asked, the mailbox probe: MX, EHLO, STARTTLS, MAIL FROM with the
// user's own address, RCPT TO the address and a random one (catch-all), RSET, QUIT. Never DATA.
#include "app/cli/cli.h"
#include "app/cli/commandline.h"
#include "app/cli/commands.h"
#include "app/cli/globaloptions.h"
#include "app/cli/output.h"
#include "core/auth/addresscheck.h"
#include "core/auth/domainjson.h"
#include "core/dns/resolver.h"
#include "core/smtp/mailboxjson.h"

#include <QEventLoop>

using namespace Qt::StringLiterals;

namespace rebound::cli {
namespace {

// Exit codes of a probe: 0 accepted or not verifiable (catch-all, provider); 1 the address does not
// work (refused, no mail server); 3 nothing is known (greylisted, sender refused, no connection);
// the same 3 when not probed because the domain was probed too recently (verdict "rate_limited").
int probeExitCode(smtp::MailboxVerdict verdict) {
    switch (verdict) {
    case smtp::MailboxVerdict::Accepted:
    case smtp::MailboxVerdict::CatchAll:
    case smtp::MailboxVerdict::Unverifiable:
        return ExitOk;
    case smtp::MailboxVerdict::Rejected:
    case smtp::MailboxVerdict::NoMailServer:
        return 1;
    case smtp::MailboxVerdict::Greylisted:
    case smtp::MailboxVerdict::SenderRefused:
    case smtp::MailboxVerdict::Failed:
        return 3;
    case smtp::MailboxVerdict::RateLimited:
        return 3;
    }
    return 3;
}

} // namespace

int runAddressCommand(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Check an email address: syntax, domain, disposable; with --probe, ask its mail server."_s);
    GlobalOptions::addTo(parser);
    parser.addOption({u"probe"_s,
                      u"Ask the address's mail server at RCPT (never sends a message). Probing can get "
                      "the sender address or this IP listed; one probe per domain every 10 minutes."_s});
    parser.addOption(
        {u"from"_s, u"Your own address, sent as MAIL FROM (required with --probe)."_s, u"ADDRESS"_s});
    parser.addPositionalArgument(u"address"_s, u"The command."_s);
    parser.addPositionalArgument(u"ADDRESS"_s, u"The email address."_s);
    GlobalOptions options;
    QStringList positional;
    if (const auto exit =
            parseCommand(parser, arguments, &options, &positional, 2, 2,
                         u"usage: rebound-cli address ADDRESS [--probe --from SENDER] [--json]"_s))
        return *exit;
    const auth::AddressCheck check = auth::checkAddress(positional.at(1));
    const bool probe = parser.isSet(u"probe"_s);
    const auth::AddressCheck sender = auth::checkAddress(parser.value(u"from"_s));
    if (probe && !parser.isSet(u"from"_s))
        return fail(ExitUsage,
                    u"--probe needs --from with your own address: probing is refused without it"_s);
    if (probe && (!sender.valid || sender.internationalized))
        return fail(ExitUsage, u"--from is not a plain (ASCII) email address"_s);
    if (probe && (!check.valid || check.internationalized))
        return fail(ExitUsage, u"only a valid ASCII address can be probed"_s);

    QJsonObject json = auth::toJson(check);
    json.insert(u"probe"_s, QJsonValue(QJsonValue::Null));
    int exitCode = check.valid ? ExitOk : 1;
    QString text = QStringLiteral("%1: %2%3\n")
                       .arg(check.address, check.valid ? u"valid syntax"_s : u"invalid"_s,
                            check.disposable ? u", disposable-mail domain"_s : QString());
    for (const QString& problem : check.problems)
        text += u"  "_s + problem + u'\n';
    if (probe) {
        dns::Resolver resolver(options.resolver);
        if (!resolver.isValid())
            return fail(3, u"cannot start the resolver: "_s + resolver.initError());
        smtp::MailboxProbe mailbox(&resolver, check.localPart + u'@' + check.asciiDomain, sender.address,
                                   quint16(options.smtpPort), {});
        QEventLoop loop;
        QObject::connect(&mailbox, &smtp::MailboxProbe::finished, &loop, &QEventLoop::quit);
        mailbox.start();
        loop.exec();
        json.insert(u"probe"_s, smtp::toJson(mailbox.result()));
        text += u'\n' + smtp::toText(mailbox.result());
        exitCode = probeExitCode(mailbox.result().verdict);
    }
    if (options.json || options.jsonLines)
        printJson(json, options.jsonLines);
    else
        out() << text << Qt::flush;
    return exitCode;
}

} // namespace rebound::cli
