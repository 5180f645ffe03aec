#include "core/cli/globaloptions.h"

namespace rebound::cli {

void GlobalOptions::addTo(QCommandLineParser& parser) {
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption({u"dns"_qs, u"DNS servers to ask instead of the system's."_qs, u"HOST[:PORT][,...]"_qs});
    parser.addOption({u"timeout"_qs, u"Deadline for one DNS query in milliseconds."_qs, u"MS"_qs});
    parser.addOption({u"json"_qs, u"Print JSON."_qs});
    parser.addOption({u"json-lines"_qs, u"Print one JSON object per line."_qs});
    parser.addOption({u"smtp-port"_qs, u"Port for every SMTP step."_qs, u"N"_qs});
    parser.addHelpOption();
}

QStringList GlobalOptions::valueOptionNames() {
    return {u"dns"_qs, u"timeout"_qs, u"smtp-port"_qs};
}

bool GlobalOptions::readFrom(const QCommandLineParser& parser, QString* error) {
    if (parser.isSet(u"dns"_qs)) {
        const auto servers = dns::parseServerList(parser.value(u"dns"_qs), error);
        if (!servers)
            return false;
        resolver.servers = *servers;
    }
    if (parser.isSet(u"timeout"_qs)) {
        bool ok = false;
        const int ms = parser.value(u"timeout"_qs).toInt(&ok);
        if (!ok || ms < 50 || ms > 600000) {
            *error = u"--timeout takes milliseconds from 50 to 600000"_qs;
            return false;
        }
        resolver.timeoutMs = ms;
    }
    if (parser.isSet(u"smtp-port"_qs)) {
        bool ok = false;
        const int port = parser.value(u"smtp-port"_qs).toInt(&ok);
        if (!ok || port < 1 || port > 65535) {
            *error = u"--smtp-port takes a port from 1 to 65535"_qs;
            return false;
        }
        smtpPort = port;
    }
    json = parser.isSet(u"json"_qs);
    jsonLines = parser.isSet(u"json-lines"_qs);
    return true;
}

} // namespace rebound::cli
