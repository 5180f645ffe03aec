#include "lab/clirun.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace rebound::lab {

CliRun runCli(const QStringList& args, const QByteArray& stdinData, int timeoutMs) {
    QProcess process;
    // A key the desktop app stored on this machine (keychain or secrets file) must never make a test
    // fetch from a receiver's real service: unless a test sets it, the SNDS key is "none", which the CLI
    // takes as no key without asking the keychain.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!environment.contains(QStringLiteral("REBOUND_SNDS_KEY")))
        environment.insert(QStringLiteral("REBOUND_SNDS_KEY"), QString());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(REBOUND_CLI_PATH), args);
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs))
        qFatal("rebound-cli did not finish within %d ms", timeoutMs);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace rebound::lab
