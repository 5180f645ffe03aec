#include "toolrun.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QtEndian>

namespace rebound::packaging {

QString findTool(const QString& name) {
    return QStandardPaths::findExecutable(name);
}

ToolRun runTool(const QString& program, const QStringList& args, const QString& workingDirectory,
                int timeoutMs) {
    QProcess process;
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(program, args);
    ToolRun run;
    if (!process.waitForStarted(10000)) {
        run.err = process.errorString().toUtf8();
        return run;
    }
    run.started = true;
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs))
        qFatal("%s did not finish within %d ms", qPrintable(program), timeoutMs);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

PngSize readPngSize(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = file.read(24);
    // Signature (8 bytes), IHDR length (4) and type (4), then width and height, big-endian.
    if (head.size() < 24 || !head.startsWith("\x89PNG\r\n\x1a\n") || head.mid(12, 4) != "IHDR")
        return {};
    return {qFromBigEndian<quint32>(head.constData() + 16), qFromBigEndian<quint32>(head.constData() + 20)};
}

} // namespace rebound::packaging
