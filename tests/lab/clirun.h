// tests/lab: runs the real rebound-cli as a process, for the command-line tests of every module.
#pragma once

#include <QByteArray>
#include <QStringList>

namespace rebound::lab {

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs REBOUND_CLI_PATH with args, writes stdinData (then closes standard input), and waits up to
// timeoutMs; a CLI that does not finish is a test failure (qFatal), never a hang.
CliRun runCli(const QStringList& args, const QByteArray& stdinData = {}, int timeoutMs = 60000);

} // namespace rebound::lab
