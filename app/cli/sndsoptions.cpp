#include "app/cli/sndsoptions.h"

#include "app/cli/cli.h"
#include "app/cli/commandline.h"
#include "app/cli/httpsoptions.h"
#include "app/cli/output.h"
#include "app/cli/secretinput.h"
#include "core/secrets/secretstore.h"

#include <QEventLoop>
#include <QFile>

using namespace Qt::StringLiterals;

namespace rebound::cli {
namespace {

QString opt(const QString& prefix, const QString& name) {
    return prefix + name;
}

// The key from the keychain entry the desktop app writes; empty with *why when there is none.
QString keychainKey(QString* why) {
    QString keychainError;
    const QString key = storedSecret(secrets::names::sndsKey(), &keychainError);
    if (!key.isEmpty())
        return key;
    *why = keychainError.isEmpty() ? u"the keychain holds none"_s
                                   : u"the keychain could not be read (%1) and %2 holds none"_s.arg(
                                       keychainError, secrets::SecretStore::fallbackPath());
    return {};
}

} // namespace

void addSndsOptions(QCommandLineParser& parser, const QString& prefix) {
    if (!prefix.isEmpty()) {
        parser.addOption({u"snds"_s, u"Add Microsoft SNDS data for each IP; without a key, an error "
                                     "(default: added when a key is found)."_s});
        parser.addOption({u"no-snds"_s, u"Never add SNDS data (no key is looked for)."_s});
    }
    parser.addOption({opt(prefix, u"key-file"_s),
                      u"File holding the SNDS Automated Data Access key (default: $REBOUND_SNDS_KEY, then "
                      "the key the desktop app keeps in the keychain)."_s,
                      u"FILE"_s});
    parser.addOption(
        {opt(prefix, u"base-url"_s), u"Where data.aspx and ipStatus.aspx are (tests)."_s, u"URL"_s});
    parser.addOption(
        {opt(prefix, u"ca-file"_s), u"Trusted CA certificates (PEM) instead of the system's."_s, u"FILE"_s});
    parser.addOption(
        {opt(prefix, u"https-port"_s), u"Connect to this port instead of 443 (tests)."_s, u"N"_s});
    parser.addOption({opt(prefix, u"allow-private-addresses"_s),
                      u"Let the base URL's host resolve to a private or loopback address (tests)."_s});
    parser.addOption({opt(prefix, u"fetch-timeout"_s),
                      u"Deadline for each file, DNS to last byte (default 30000)."_s, u"MS"_s});
    parser.addOption({opt(prefix, u"cache-file"_s),
                      u"Where the last data is cached (default: the cache directory)."_s, u"FILE"_s});
}

std::optional<int> readSndsOptions(const QCommandLineParser& parser, const QString& prefix, bool required,
                                   SndsRequest* request) {
    snds::SndsOptions& sndsOptions = request->options;
    const QString keyFile = opt(prefix, u"key-file"_s);
    const bool optional = !prefix.isEmpty();
    if (optional && parser.isSet(u"no-snds"_s)) {
        if (parser.isSet(u"snds"_s) || parser.isSet(keyFile))
            return fail(ExitUsage, u"--no-snds cannot go with --snds or --%1"_s.arg(keyFile));
        request->turnedOff = true;
        return std::nullopt;
    }
    required = required || (optional && parser.isSet(u"snds"_s));
    QString why;
    if (parser.isSet(keyFile)) {
        const std::optional<QString> key = readSecretFile(parser.value(keyFile));
        if (!key)
            return fail(ExitNoInput, u"cannot read the key file "_s + parser.value(keyFile));
        sndsOptions.key = *key;
        why = u"the key file is empty"_s;
    } else if (qEnvironmentVariableIsSet("REBOUND_SNDS_KEY")) {
        // Set, even empty: the environment decides and the keychain is not asked.
        sndsOptions.key = qEnvironmentVariable("REBOUND_SNDS_KEY").trimmed();
        why = u"REBOUND_SNDS_KEY is empty"_s;
    } else {
        sndsOptions.key = keychainKey(&why);
    }
    if (sndsOptions.key.contains(QChar(u'\n')))
        return fail(ExitUsage, u"the SNDS key is one line"_s);
    if (sndsOptions.key.isEmpty()) {
        request->noKeyReason = u"no SNDS key: %1; give --%2 FILE or set REBOUND_SNDS_KEY"_s.arg(why, keyFile);
        if (required)
            return fail(ExitUsage, request->noKeyReason);
        return std::nullopt;
    }
    if (QString error; !readHttpsUrl(parser, opt(prefix, u"base-url"_s), &sndsOptions.baseUrl, &error))
        return fail(ExitUsage, error);
    if (!sndsOptions.baseUrl.path().endsWith(u'/'))
        sndsOptions.baseUrl.setPath(sndsOptions.baseUrl.path() + u'/');
    int port = 0;
    if (QString error;
        !readIntOption(parser, opt(prefix, u"https-port"_s), 1, 65535, u"a port"_s, &port, &error)
        || !readIntOption(parser, opt(prefix, u"fetch-timeout"_s), 100, 600000, u"milliseconds"_s,
                          &sndsOptions.timeoutMs, &error))
        return fail(ExitUsage, error);
    if (port > 0)
        sndsOptions.port = quint16(port);
    sndsOptions.caFile = parser.value(opt(prefix, u"ca-file"_s));
    sndsOptions.allowPrivateAddresses = parser.isSet(opt(prefix, u"allow-private-addresses"_s));
    sndsOptions.cacheFile = parser.value(opt(prefix, u"cache-file"_s));
    request->enabled = true;
    return std::nullopt;
}

snds::SndsData fetchSnds(dns::Resolver* resolver, const snds::SndsOptions& options, bool* hasData) {
    snds::SndsClient client(resolver, options);
    QEventLoop loop;
    QObject::connect(&client, &snds::SndsClient::finished, &loop, &QEventLoop::quit);
    client.start();
    loop.exec();
    if (hasData)
        *hasData = client.hasData();
    return client.result();
}

} // namespace rebound::cli
