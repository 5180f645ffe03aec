#include "app/cli/httpsoptions.h"

using namespace Qt::StringLiterals;

namespace rebound::cli {

void addHttpsOptions(QCommandLineParser& parser) {
    parser.addOption({u"https-port"_s, u"Connect to this port for HTTPS fetches (testing)."_s, u"N"_s});
    parser.addOption({u"ca-file"_s, u"Trusted CA certificates (PEM) instead of the system's."_s, u"FILE"_s});
    parser.addOption({u"https-allow-private"_s,
                      u"Let HTTPS fetches connect to private and loopback addresses (a lab)."_s});
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

} // namespace rebound::cli
