#pragma once

#include "core/dns/resolverconfig.h"

#include <QCommandLineParser>
#include <QString>

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
};

} // namespace rebound::cli
