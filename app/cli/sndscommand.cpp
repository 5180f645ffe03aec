// rebound-cli snds [--key-file F]: Microsoft SNDS Automated Data Access. Fetches data.aspx and
// ipStatus.aspx with the user's key over HTTPS (core/https), prints each IP's filter colour, complaint
// rate, trap hits and block status, and caches the data with its own date.
#include "app/cli/cli.h"
#include "app/cli/commandline.h"
#include "app/cli/commands.h"
#include "app/cli/globaloptions.h"
#include "app/cli/output.h"
#include "core/dns/resolver.h"
#include "core/snds/sndsclient.h"
#include "core/snds/sndsjson.h"

#include <QEventLoop>
#include <QFile>

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
    parser.addOption({u"key-file"_s,
                      u"File holding the SNDS Automated Data Access key (default: $REBOUND_SNDS_KEY)."_s,
                      u"FILE"_s});
    parser.addOption({u"base-url"_s, u"Where data.aspx and ipStatus.aspx are (tests)."_s, u"URL"_s});
    parser.addOption({u"ca-file"_s, u"Trusted CA certificates (PEM) instead of the system's."_s, u"FILE"_s});
    parser.addOption({u"https-port"_s, u"Connect to this port instead of 443 (tests)."_s, u"N"_s});
    parser.addOption({u"allow-private-addresses"_s,
                      u"Let the base URL's host resolve to a private or loopback address (tests)."_s});
    parser.addOption(
        {u"fetch-timeout"_s, u"Deadline for each file, DNS to last byte (default 30000)."_s, u"MS"_s});
    parser.addOption(
        {u"cache-file"_s, u"Where the last data is cached (default: the cache directory)."_s, u"FILE"_s});
    parser.addPositionalArgument(u"snds"_s, u"The command."_s);
    GlobalOptions options;
    QStringList positional;
    if (const auto exit = parseCommand(parser, arguments, &options, &positional, 1, 1,
                                       u"usage: rebound-cli snds [--key-file FILE] [--json]"_s))
        return *exit;
    snds::SndsOptions sndsOptions;
    if (parser.isSet(u"key-file"_s)) {
        QFile file(parser.value(u"key-file"_s));
        if (!file.open(QIODevice::ReadOnly) || file.size() > 4096)
            return fail(ExitNoInput, u"cannot read the key file "_s + parser.value(u"key-file"_s));
        sndsOptions.key = QString::fromUtf8(file.readAll()).trimmed();
    } else {
        sndsOptions.key = qEnvironmentVariable("REBOUND_SNDS_KEY").trimmed();
    }
    if (sndsOptions.key.isEmpty() || sndsOptions.key.contains(QChar(u'\n')))
        return fail(ExitUsage, u"no SNDS key: give --key-file FILE (one line) or set REBOUND_SNDS_KEY"_s);
    if (parser.isSet(u"base-url"_s)) {
        QUrl url(parser.value(u"base-url"_s));
        if (!url.isValid() || url.scheme() != u"https")
            return fail(ExitUsage, u"--base-url takes an https URL"_s);
        if (!url.path().endsWith(u'/'))
            url.setPath(url.path() + u'/');
        sndsOptions.baseUrl = url;
    }
    if (parser.isSet(u"https-port"_s)) {
        bool ok = false;
        const int port = parser.value(u"https-port"_s).toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return fail(ExitUsage, u"--https-port takes a port from 1 to 65535"_s);
        sndsOptions.port = quint16(port);
    }
    if (parser.isSet(u"fetch-timeout"_s)) {
        bool ok = false;
        sndsOptions.timeoutMs = parser.value(u"fetch-timeout"_s).toInt(&ok);
        if (!ok || sndsOptions.timeoutMs < 100 || sndsOptions.timeoutMs > 600000)
            return fail(ExitUsage, u"--fetch-timeout takes milliseconds from 100 to 600000"_s);
    }
    sndsOptions.caFile = parser.value(u"ca-file"_s);
    sndsOptions.allowPrivateAddresses = parser.isSet(u"allow-private-addresses"_s);
    sndsOptions.cacheFile = parser.value(u"cache-file"_s);

    dns::Resolver resolver(options.resolver);
    if (!resolver.isValid())
        return fail(3, u"cannot start the resolver: "_s + resolver.initError());
    snds::SndsClient client(&resolver, sndsOptions);
    QEventLoop loop;
    QObject::connect(&client, &snds::SndsClient::finished, &loop, &QEventLoop::quit);
    client.start();
    loop.exec();
    const snds::SndsData& data = client.result();
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
