// rebound-cli dns NAME TYPE: one query, printed with its outcome, flags, server and time.
#include "app/cli/cli.h"
#include "app/cli/commandline.h"
#include "app/cli/commands.h"
#include "app/cli/globaloptions.h"
#include "app/cli/output.h"
#include "core/dns/dnsjson.h"
#include "core/dns/resolver.h"

#include <QEventLoop>

using namespace Qt::StringLiterals;

namespace rebound::cli {

// Exit codes: 0 records found; 1 the name or type does not exist (NXDOMAIN, NODATA);
// 3 no definite answer (SERVFAIL, REFUSED, timeout, network or parse error); 64 usage.
int runDnsCommand(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Query one DNS name and type."_s);
    GlobalOptions::addTo(parser);
    parser.addPositionalArgument(u"dns"_s, u"The command."_s);
    parser.addPositionalArgument(u"NAME"_s, u"The name to query."_s);
    parser.addPositionalArgument(u"TYPE"_s,
                                 u"A, AAAA, MX, TXT, PTR, CNAME, NS, SOA, TLSA, CAA (default A)."_s);
    GlobalOptions options;
    QStringList positional;
    if (const auto exit = parseCommand(parser, arguments, &options, &positional, 2, 3,
                                       u"usage: rebound-cli dns NAME [TYPE]"_s))
        return *exit;
    QString error;
    const QString typeName = positional.size() == 3 ? positional.at(2) : u"A"_s;
    const auto type = dns::recordTypeFromName(typeName);
    if (!type)
        return fail(ExitUsage, u"unknown record type '"_s + typeName + u"'"_s);

    dns::Resolver resolver(options.resolver);
    if (!resolver.isValid())
        return fail(3, u"cannot start the resolver: "_s + resolver.initError());
    QEventLoop loop;
    dns::DnsResult result;
    resolver.query(positional.at(1), *type, &loop, [&](const dns::DnsResult& r) {
        result = r;
        loop.quit();
    });
    loop.exec();

    if (options.json || options.jsonLines)
        printJson(dns::toJson(result), options.jsonLines);
    else
        out() << dns::toText(result) << Qt::flush;
    switch (result.outcome) {
    case dns::Outcome::Answer:
        return ExitOk;
    case dns::Outcome::NxDomain:
    case dns::Outcome::NoData:
        return 1;
    case dns::Outcome::InvalidQuery:
        return fail(ExitUsage, result.error);
    default:
        return 3;
    }
}

} // namespace rebound::cli
