#include "app/cli/inputfile.h"

#include <QFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace rebound::cli {

bool readToEnd(QIODevice& device, qint64 maxBytes, QByteArray* bytes) {
    bytes->clear();
    // A file says its size: one read of that (a file that grows meanwhile is read on below), and a
    // short read of a file is its end (a pipe's is not: it ends only with an empty read).
    const bool sequential = device.isSequential();
    const qint64 chunkSize = sequential ? 1024 * 1024 : qMin(device.size() + 1, maxBytes + 1);
    while (bytes->size() <= maxBytes) {
        const qint64 wanted = qMin<qint64>(chunkSize, maxBytes + 1 - bytes->size());
        const QByteArray chunk = device.read(wanted);
        if (chunk.isEmpty())
            return true; // a blocking read returns nothing only at the end of the input
        *bytes += chunk;
        if (!sequential && chunk.size() < wanted)
            return true;
    }
    return false;
}

bool readRegularFile(QFile& file, qint64 maxBytes, QByteArray* bytes) {
    constexpr qint64 kChunk = 64 * 1024;
    bytes->clear();
    while (bytes->size() <= maxBytes) {
        const qint64 wanted = qMin<qint64>(kChunk, maxBytes + 1 - bytes->size());
        const QByteArray chunk = file.read(wanted);
        *bytes += chunk;
        if (chunk.size() < wanted)
            return true;
    }
    return false;
}

bool openStandardInput(QFile& file) {
    return file.open(stdin, QIODevice::ReadOnly | QIODevice::Unbuffered);
}

bool readInputBytes(const QString& argument, QByteArray* bytes, QString* error) {
    QFile file;
    const bool ok = argument == u"-" ? openStandardInput(file)
                                     : (file.setFileName(argument), file.open(QIODevice::ReadOnly));
    if (!ok) {
        *error = u"cannot read "_s + argument + u": "_s + file.errorString();
        return false;
    }
    // To the end: a pipe that pauses or delivers 64 KiB at a time is not cut at its first read.
    if (!readToEnd(file, MaxInputFileBytes, bytes)) {
        *error = QStringLiteral("the input is larger than %1 MB").arg(MaxInputFileBytes >> 20);
        return false;
    }
    return true;
}

} // namespace rebound::cli
