#include "app/cli/commandline.h"

#include "app/cli/cli.h"
#include "app/cli/output.h"
#include "core/secrets/secretstore.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace rebound::cli {

std::optional<int> parseCommand(QCommandLineParser& parser, const QStringList& arguments,
                                GlobalOptions* globals, QStringList* positional, qsizetype minPositional,
                                qsizetype maxPositional, const QString& usage) {
    if (!parser.parse(arguments))
        return fail(ExitUsage, parser.errorText());
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText();
        return ExitOk;
    }
    QString error;
    if (!globals->readFrom(parser, &error))
        return fail(ExitUsage, error);
    *positional = parser.positionalArguments();
    if ((minPositional >= 0 && positional->size() < minPositional)
        || (maxPositional >= 0 && positional->size() > maxPositional))
        return fail(ExitUsage, usage);
    return std::nullopt;
}

void addHttpsOptions(QCommandLineParser& parser) {
    parser.addOption({u"https-port"_s, u"Connect to this port for HTTPS fetches (testing)."_s, u"N"_s});
    parser.addOption({u"ca-file"_s, u"Trusted CA certificates (PEM) instead of the system's."_s, u"FILE"_s});
    parser.addOption({u"https-allow-private"_s,
                      u"Let HTTPS fetches connect to private and loopback addresses (a lab)."_s});
}

std::optional<QString> readSecretFile(const QString& path) {
    constexpr qint64 MaxSecretFile = 8 * 1024;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxSecretFile)
        return std::nullopt;
    return QString::fromUtf8(file.readAll()).trimmed();
}

QString storedSecret(const QString& name, QString* keychainError) {
    constexpr int KeychainTimeoutMs = 3000;
    const secrets::SecretStore::Outcome stored = secrets::SecretStore::read(name, KeychainTimeoutMs);
    if (keychainError)
        *keychainError = stored.keychainError;
    return stored.value.trimmed();
}

bool readHttpsUrl(const QCommandLineParser& parser, const QString& name, QUrl* url, QString* error) {
    if (!parser.isSet(name))
        return true;
    const QUrl value(parser.value(name));
    if (!value.isValid() || value.scheme() != u"https") {
        *error = u"--"_s + name + u" takes an https URL"_s;
        return false;
    }
    *url = value;
    return true;
}

bool readIntOption(const QCommandLineParser& parser, const QString& name, int min, int max,
                   const QString& unit, int* value, QString* error) {
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int read = parser.value(name).toInt(&ok);
    if (!ok || read < min || read > max) {
        *error = u"--%1 takes %2 from %3 to %4"_s.arg(name, unit).arg(min).arg(max);
        return false;
    }
    *value = read;
    return true;
}

bool readHttpsOptions(const QCommandLineParser& parser, https::HttpsOptions* options, QString* error) {
    if (parser.isSet(u"https-port"_s)) {
        bool ok = false;
        const uint port = parser.value(u"https-port"_s).toUInt(&ok);
        if (!ok || port == 0 || port > 65535) {
            *error = u"--https-port: not a port number"_s;
            return false;
        }
        options->port = quint16(port);
    }
    options->caFile = parser.value(u"ca-file"_s);
    options->allowPrivateAddresses = parser.isSet(u"https-allow-private"_s);
    return true;
}

} // namespace rebound::cli
