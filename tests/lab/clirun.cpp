#include "lab/clirun.h"

#include <QProcess>

namespace rebound::lab {

CliRun runCli(const QStringList& args, const QByteArray& stdinData, int timeoutMs) {
    QProcess process;
    process.start(QStringLiteral(REBOUND_CLI_PATH), args);
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs))
        qFatal("rebound-cli did not finish within %d ms", timeoutMs);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace rebound::lab
