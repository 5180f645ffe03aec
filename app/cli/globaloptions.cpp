#include "app/cli/globaloptions.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace rebound::cli {

void GlobalOptions::addTo(QCommandLineParser& parser) {
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption({u"dns"_s, u"DNS servers to ask instead of the system's."_s, u"HOST[:PORT][,...]"_s});
    parser.addOption({u"timeout"_s, u"Deadline for one DNS query in milliseconds."_s, u"MS"_s});
    parser.addOption({u"json"_s, u"Print JSON."_s});
    parser.addOption({u"json-lines"_s, u"Print one JSON object per line."_s});
    parser.addOption({u"smtp-port"_s, u"Port for every SMTP step."_s, u"N"_s});
    parser.addOption(
        {u"trust-anchor"_s, u"DNSSEC trust anchor for the validated (DANE) lookups."_s, u"FILE"_s});
    parser.addHelpOption();
}

QStringList GlobalOptions::valueOptionNames() {
    return {u"dns"_s, u"timeout"_s, u"smtp-port"_s, u"trust-anchor"_s};
}

bool GlobalOptions::readFrom(const QCommandLineParser& parser, QString* error) {
    if (parser.isSet(u"dns"_s)) {
        const auto servers = dns::parseServerList(parser.value(u"dns"_s), error);
        if (!servers)
            return false;
        resolver.servers = *servers;
    }
    if (parser.isSet(u"timeout"_s)) {
        bool ok = false;
        const int ms = parser.value(u"timeout"_s).toInt(&ok);
        if (!ok || ms < 50 || ms > 600000) {
            *error = u"--timeout takes milliseconds from 50 to 600000"_s;
            return false;
        }
        resolver.timeoutMs = ms;
    }
    if (parser.isSet(u"smtp-port"_s)) {
        bool ok = false;
        const int port = parser.value(u"smtp-port"_s).toInt(&ok);
        if (!ok || port < 1 || port > 65535) {
            *error = u"--smtp-port takes a port from 1 to 65535"_s;
            return false;
        }
        smtpPort = port;
    }
    if (parser.isSet(u"trust-anchor"_s)) {
        resolver.trustAnchorFile = parser.value(u"trust-anchor"_s);
        if (!QFileInfo(resolver.trustAnchorFile).isReadable()) {
            *error = u"--trust-anchor: cannot read "_s + resolver.trustAnchorFile;
            return false;
        }
    }
    json = parser.isSet(u"json"_s);
    jsonLines = parser.isSet(u"json-lines"_s);
    return true;
}

} // namespace rebound::cli
