// tests/packaging: runs the system's packaging tools (desktop-file-validate, appstreamcli, cpack,
// dpkg-deb, lintian, bash) as processes, bounded in time.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace rebound::packaging {

struct ToolRun {
    bool started = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// The absolute path of a tool on PATH, or an empty string.
QString findTool(const QString& name);

// Runs program with args in workingDirectory (empty: the current one) and waits up to timeoutMs;
// a tool that does not finish is a test failure (qFatal), never a hang.
ToolRun runTool(const QString& program, const QStringList& args, const QString& workingDirectory = {},
                int timeoutMs = 120000);

// Width and height from a PNG file's IHDR chunk, {0, 0} when the file is not a PNG.
struct PngSize {
    quint32 width = 0;
    quint32 height = 0;
};
PngSize readPngSize(const QString& path);

} // namespace rebound::packaging
