#include "app/cli/globaloptions.h"

#include "app/cli/commandline.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace rebound::cli {
namespace {

GlobalOptions::ServerListReader serverListReader = nullptr;

} // namespace

void GlobalOptions::setServerListReader(ServerListReader reader) {
    serverListReader = reader;
}

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
        if (!serverListReader) {
            *error = u"internal error: --dns cannot be read here"_s;
            return false;
        }
        const auto servers = serverListReader(parser.value(u"dns"_s), error);
        if (!servers)
            return false;
        resolver.servers = *servers;
    }
    if (!readIntOption(parser, u"timeout"_s, 50, 600000, u"milliseconds"_s, &resolver.timeoutMs, error)
        || !readIntOption(parser, u"smtp-port"_s, 1, 65535, u"a port"_s, &smtpPort, error))
        return false;
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
