// rebound-cli snds [--key-file F]: Microsoft SNDS Automated Data Access. Fetches data.aspx and
// ipStatus.aspx with the user's key over HTTPS (core/https), prints each IP's filter colour, complaint
// rate, trap hits and block status, and caches the data with its own date.
#include "app/cli/cli.h"
#include "app/cli/commandline.h"
#include "app/cli/commands.h"
#include "app/cli/globaloptions.h"
#include "app/cli/output.h"
#include "app/cli/sndsoptions.h"
#include "core/dns/resolver.h"
#include "core/snds/sndsjson.h"

using namespace Qt::StringLiterals;

namespace rebound::cli {

// Exit codes: 0 every IP green and none blocked; 1 an IP yellow or red, or blocked; 3 the data could
// not be fetched (bad key, changed format, network), even when the cache was shown; 64 usage; 66 the
// key file cannot be read.
int runSndsCommand(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Fetch Microsoft SNDS data for your IPs with your Automated Data Access key."_s);
    GlobalOptions::addTo(parser);
    addSndsOptions(parser, QString());
    parser.addPositionalArgument(u"snds"_s, u"The command."_s);
    GlobalOptions options;
    QStringList positional;
    if (const auto exit = parseCommand(parser, arguments, &options, &positional, 1, 1,
                                       u"usage: rebound-cli snds [--key-file FILE] [--json]"_s))
        return *exit;
    SndsRequest request;
    if (const auto exit = readSndsOptions(parser, QString(), true, &request))
        return *exit;

    dns::Resolver resolver(options.resolver);
    if (!resolver.isValid())
        return fail(3, u"cannot start the resolver: "_s + resolver.initError());
    const snds::SndsData data = fetchSnds(&resolver, request.options);
    if (options.json || options.jsonLines)
        printJson(snds::toJson(data), options.jsonLines);
    else
        out() << snds::toText(data) << Qt::flush;
    if (!data.error.isEmpty())
        return 3;
    for (const snds::IpActivity& row : data.activity) {
        const snds::BlockedRange* range = data.rangeFor(row.ip);
        if (row.filter != snds::FilterColor::Green || (range && range->blocked))
            return 1;
    }
    for (const snds::BlockedRange& range : data.ranges) {
        if (range.blocked)
            return 1;
    }
    return ExitOk;
}

} // namespace rebound::cli
