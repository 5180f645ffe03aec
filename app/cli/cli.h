// app/cli (rebound_cli) owns rebound-cli: global options, the command table and each command's runner.
// Commands print results to stdout and errors to stderr, and return documented exit codes.
#pragma once

#include <QStringList>

namespace rebound::cli {

// Exit codes shared by every command (docs/CLI.md). Commands with a Nagios-style verdict use 0-3.
enum ExitCode : int {
    ExitOk = 0,
    ExitUsage = 64,      // bad command line or argument value (EX_USAGE)
    ExitNoInput = 66,    // an input file could not be read (EX_NOINPUT)
    ExitSoftware = 70,   // an internal error (EX_SOFTWARE)
    ExitCantCreate = 73, // an output file could not be written (EX_CANTCREAT)
};

// Runs rebound-cli with the full argument list (arguments[0] is the program name).
int run(const QStringList& arguments);

} // namespace rebound::cli
