// app/cli owns rebound-cli: global options, the command table and each command's runner. Commands print
// results to stdout and errors to stderr, and return documented exit codes. rebound-cli itself (main.cpp)
// runs bounce, --help, --version and usage errors with Qt Core alone; every other command is in the
// commands module (modulemain.cpp), which it loads only for them (moduleloader.h).
#pragma once

#include "app/cli/commandtable.h"

#include <QString>
#include <QStringList>

#include <span>

namespace rebound::cli {

// Exit codes shared by every command (docs/CLI.md). Commands with a Nagios-style verdict use 0-3.
enum ExitCode : int {
    ExitOk = 0,
    ExitUsage = 64,       // bad command line or argument value (EX_USAGE)
    ExitNoInput = 66,     // an input file could not be read (EX_NOINPUT)
    ExitUnavailable = 69, // the commands module could not be found or loaded (EX_UNAVAILABLE)
    ExitSoftware = 70,    // an internal error (EX_SOFTWARE)
    ExitCantCreate = 73,  // an output file could not be written (EX_CANTCREAT)
};

// The command a command line names: the first argument that names one, skipping options (and a global
// option's value) before it. When none names a command, the first plain argument, so that the error can
// quote it; empty when there is none.
QString findCommandName(const QStringList& arguments);

// Runs rebound-cli with the full argument list (arguments[0] is the program name): --help, --version,
// usage errors, or the command through its runner among runners. A command of the table without a
// runner there is an internal error (ExitSoftware).
int run(const QStringList& arguments, std::span<const CommandRunner> runners);

// The organization and application name and the version (which --version prints and the libraries
// read), set once the application object exists. Only the programs carry REBOUND_VERSION.
void setApplicationIdentity(const QString& version);

} // namespace rebound::cli
