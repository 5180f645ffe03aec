#pragma once

#include "core/dns/resolverconfig.h"

#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rebound::cli {

// Options every command accepts, before or after the command name.
struct GlobalOptions {
    dns::ResolverConfig resolver;
    bool json = false;
    bool jsonLines = false;
    int smtpPort = 25;

    // Adds --dns, --timeout, --json, --json-lines, --smtp-port to a command's parser.
    static void addTo(QCommandLineParser& parser);
    // Reads them back; false with *error set on a bad value.
    bool readFrom(const QCommandLineParser& parser, QString* error);
    // The options among them that take a value ("dns", "timeout", ...), for finding the command name.
    static QStringList valueOptionNames();

    // --dns's addresses are read with Qt Network (dns::parseServerList, core/dns/serverlist.h), which
    // rebound-cli itself does not load: the commands module sets the reader (modulemain.cpp), and
    // rebound-cli hands every command line that mentions --dns to the module (main.cpp). Without a
    // reader, readFrom() refuses --dns as an internal error.
    using ServerListReader = std::optional<QList<dns::ServerAddress>> (*)(const QString& text,
                                                                          QString* error);
    static void setServerListReader(ServerListReader reader);
};

} // namespace rebound::cli
