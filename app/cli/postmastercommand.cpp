// rebound-cli postmaster [DOMAIN...]: Google Postmaster Tools (API v2) for the user's domains with the
// user's own OAuth client and a refresh token: the user-reported spam rate against Gmail's 0.1 %/0.3 %
// bulk-sender thresholds, the SPF/DKIM/DMARC and TLS rates, delivery errors and the compliance status
// rows. The browser step cannot run headless: --authorize listens on 127.0.0.1, prints the URL to open
// and saves the refresh token to --token-file; --revoke revokes it (and deletes the file).
#include "app/cli/cli.h"
#include "app/cli/commandline.h"
#include "app/cli/commands.h"
#include "app/cli/globaloptions.h"
#include "app/cli/httpsoptions.h"
#include "app/cli/output.h"
#include "app/cli/secretinput.h"
#include "core/dns/resolver.h"
#include "core/postmaster/postmasterauthorizer.h"
#include "core/postmaster/postmasterclient.h"
#include "core/postmaster/postmasterjson.h"
#include "core/secrets/secretstore.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace rebound::cli {
namespace {

bool writeTokenFile(const QString& path, const QString& token) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(token.toUtf8() + '\n');
    return file.commit();
}

template <typename Object> void waitFor(Object& object) {
    QEventLoop loop;
    QObject::connect(&object, &Object::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

int authorize(const postmaster::PostmasterOptions& options, const QString& tokenFile, quint16 port,
              const GlobalOptions& globals) {
    postmaster::PostmasterAuthorizer authorizer(options.credentials, options.endpoints, options.https.caFile);
    QObject::connect(&authorizer, &postmaster::PostmasterAuthorizer::openBrowser, [](const QUrl& url) {
        err() << "Open this address in a browser, sign in and allow access:\n"
              << url.toString(QUrl::FullyEncoded) << '\n'
              << Qt::flush;
    });
    QEventLoop loop;
    QObject::connect(&authorizer, &postmaster::PostmasterAuthorizer::finished, &loop, &QEventLoop::quit);
    authorizer.start(port);
    loop.exec();
    if (!authorizer.ok())
        return fail(3, u"authorization failed: "_s + authorizer.error());
    if (!writeTokenFile(tokenFile, authorizer.refreshToken()))
        return fail(ExitCantCreate, u"cannot write the token file "_s + tokenFile);
    if (globals.json || globals.jsonLines)
        printJson(QJsonObject{{u"authorized"_s, true}, {u"token_file"_s, tokenFile}}, globals.jsonLines);
    else
        out() << "The refresh token is saved in " << tokenFile << '\n' << Qt::flush;
    return ExitOk;
}

int revoke(dns::Resolver* resolver, const postmaster::PostmasterOptions& options, const QString& tokenFile,
           const GlobalOptions& globals) {
    postmaster::TokenClient client(resolver, options.endpoints, options.https);
    client.revoke(options.credentials.refreshToken);
    waitFor(client);
    if (client.ok() && !tokenFile.isEmpty())
        QFile::remove(tokenFile);
    if (globals.json || globals.jsonLines)
        printJson(QJsonObject{{u"revoked"_s, client.ok()},
                              {u"error"_s,
                               client.ok() ? QJsonValue(QJsonValue::Null) : QJsonValue(client.error())}},
                  globals.jsonLines);
    else
        out() << (client.ok() ? u"The token is revoked.\n"_s : u"not revoked: "_s + client.error() + u'\n')
              << Qt::flush;
    return client.ok() ? ExitOk : 3;
}

// 3 when a domain could not be checked, 2 when a finding is an error (spam rate at 0.3 % or more, a
// compliance row that needs work), 1 on a warning, else 0.
int exitCodeOf(const postmaster::PostmasterData& data) {
    if (!data.error.isEmpty())
        return 3;
    int code = 0;
    for (const postmaster::DomainStats& d : data.domains) {
        if (!d.error.isEmpty())
            return 3;
        for (const Finding& f : d.findings) {
            if (f.severity >= Severity::Error)
                code = 2;
            else if (f.severity == Severity::Warning)
                code = qMax(code, 1);
        }
    }
    return code;
}

} // namespace

int runPostmasterCommand(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Google Postmaster Tools (API v2) for your domains: spam rate, "
                                     u"authentication and TLS rates, compliance status."_s);
    GlobalOptions::addTo(parser);
    addHttpsOptions(parser);
    parser.addOption(
        {u"token-file"_s,
         u"File holding the OAuth refresh token (default: $REBOUND_POSTMASTER_TOKEN, else the token "
         u"the desktop app's Connect stored); with "
         u"--authorize, where it is saved."_s,
         u"FILE"_s});
    parser.addOption(
        {u"client-id"_s, u"Your OAuth client id (default: $REBOUND_POSTMASTER_CLIENT_ID)."_s, u"ID"_s});
    parser.addOption(
        {u"client-secret-file"_s,
         u"File holding your OAuth client secret (default: $REBOUND_POSTMASTER_CLIENT_SECRET)."_s,
         u"FILE"_s});
    parser.addOption({u"authorize"_s, u"Run the browser sign-in: print the address to open, listen on "
                                      u"127.0.0.1 and save the refresh token to --token-file."_s});
    parser.addOption(
        {u"listen-port"_s, u"With --authorize: the loopback port (default: any free one)."_s, u"N"_s});
    parser.addOption({u"revoke"_s, u"Revoke the refresh token at Google and delete --token-file."_s});
    parser.addOption({u"days"_s, u"Statistics of the last N days (default 7)."_s, u"N"_s});
    parser.addOption({u"api-base-url"_s, u"The API's address (tests)."_s, u"URL"_s});
    parser.addOption({u"auth-url"_s, u"The authorization endpoint (tests)."_s, u"URL"_s});
    parser.addOption({u"token-url"_s, u"The token endpoint (tests)."_s, u"URL"_s});
    parser.addOption({u"revoke-url"_s, u"The revocation endpoint (tests)."_s, u"URL"_s});
    parser.addOption(
        {u"fetch-timeout"_s, u"Deadline for each request, DNS to last byte (default 30000)."_s, u"MS"_s});
    parser.addOption(
        {u"cache-file"_s, u"Where the last data is cached (default: the cache directory)."_s, u"FILE"_s});
    parser.addPositionalArgument(u"postmaster"_s, u"The command."_s);
    parser.addPositionalArgument(u"DOMAIN"_s, u"Domains to read (default: every domain of the account)."_s,
                                 u"[DOMAIN...]"_s);
    GlobalOptions globals;
    QStringList positional;
    if (const auto exit = parseCommand(parser, arguments, &globals, &positional, 1, 21,
                                       u"usage: rebound-cli postmaster [DOMAIN...] [--token-file FILE] "
                                       u"[--client-id ID] [--authorize | --revoke] [--json]"_s))
        return *exit;
    postmaster::PostmasterOptions options;
    QString error;
    if (!readHttpsOptions(parser, &options.https, &error)
        || !readHttpsUrl(parser, u"api-base-url"_s, &options.apiBaseUrl, &error)
        || !readHttpsUrl(parser, u"auth-url"_s, &options.endpoints.authorizationUrl, &error)
        || !readHttpsUrl(parser, u"token-url"_s, &options.endpoints.tokenUrl, &error)
        || !readHttpsUrl(parser, u"revoke-url"_s, &options.endpoints.revocationUrl, &error))
        return fail(ExitUsage, error);
    if (!readIntOption(parser, u"fetch-timeout"_s, 100, 600000, u"milliseconds"_s, &options.timeoutMs, &error)
        || !readIntOption(parser, u"days"_s, 1, 120, u"a number of days"_s, &options.days, &error))
        return fail(ExitUsage, error);
    if (parser.isSet(u"fetch-timeout"_s))
        options.https.timeoutMs = options.timeoutMs;
    options.cacheFile = parser.value(u"cache-file"_s);
    options.credentials.clientId = parser.isSet(u"client-id"_s)
                                       ? parser.value(u"client-id"_s).trimmed()
                                       : qEnvironmentVariable("REBOUND_POSTMASTER_CLIENT_ID").trimmed();
    if (parser.isSet(u"client-secret-file"_s)) {
        const auto secret = readSecretFile(parser.value(u"client-secret-file"_s));
        if (!secret)
            return fail(ExitNoInput,
                        u"cannot read the client secret file "_s + parser.value(u"client-secret-file"_s));
        options.credentials.clientSecret = *secret;
    } else {
        options.credentials.clientSecret = qEnvironmentVariable("REBOUND_POSTMASTER_CLIENT_SECRET").trimmed();
    }
    if (options.credentials.clientId.isEmpty())
        return fail(
            ExitUsage,
            u"no OAuth client: give --client-id ID (your own desktop client from the Google Cloud console) "
            u"or set REBOUND_POSTMASTER_CLIENT_ID"_s);
    const QString tokenFile = parser.value(u"token-file"_s);
    if (parser.isSet(u"authorize"_s)) {
        if (tokenFile.isEmpty())
            return fail(ExitUsage, u"--authorize needs --token-file FILE to save the refresh token in"_s);
        bool ok = true;
        const uint port = parser.isSet(u"listen-port"_s) ? parser.value(u"listen-port"_s).toUInt(&ok) : 0;
        if (!ok || port > 65535)
            return fail(ExitUsage, u"--listen-port: not a port number"_s);
        return authorize(options, tokenFile, quint16(port), globals);
    }
    if (!tokenFile.isEmpty()) {
        const auto token = readSecretFile(tokenFile);
        if (!token)
            return fail(ExitNoInput, u"cannot read the token file "_s + tokenFile);
        options.credentials.refreshToken = *token;
    } else {
        options.credentials.refreshToken = qEnvironmentVariable("REBOUND_POSTMASTER_TOKEN").trimmed();
        // What the desktop app's Connect stored (the keychain, or its owner-only file), with the client
        // secret stored beside it, when nothing else names them.
        if (options.credentials.refreshToken.isEmpty()) {
            options.credentials.refreshToken = storedSecret(secrets::names::postmasterRefreshToken());
            if (options.credentials.clientSecret.isEmpty())
                options.credentials.clientSecret = storedSecret(secrets::names::postmasterClientSecret());
        }
    }
    if (options.credentials.refreshToken.isEmpty() || options.credentials.refreshToken.contains(u'\n'))
        return fail(ExitUsage, u"no refresh token: give --token-file FILE (from --authorize), set "
                               u"REBOUND_POSTMASTER_TOKEN, or Connect in the desktop app's Settings"_s);

    dns::Resolver resolver(globals.resolver);
    if (!resolver.isValid())
        return fail(3, u"cannot start the resolver: "_s + resolver.initError());
    if (parser.isSet(u"revoke"_s))
        return revoke(&resolver, options, tokenFile, globals);
    postmaster::PostmasterClient client(&resolver, options);
    QEventLoop loop;
    QObject::connect(&client, &postmaster::PostmasterClient::finished, &loop, &QEventLoop::quit);
    client.start(positional.mid(1));
    loop.exec();
    const postmaster::PostmasterData& data = client.result();
    if (globals.json || globals.jsonLines)
        printJson(postmaster::toJson(data), globals.jsonLines);
    else
        out() << postmaster::toText(data) << Qt::flush;
    return exitCodeOf(data);
}

} // namespace rebound::cli
