#include "app/cli/inputfile.h"

#include <QFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace rebound::cli {

bool readToEnd(QIODevice& device, qint64 maxBytes, QByteArray* bytes) {
    bytes->clear();
    // A file says its size: one read of that (a file that grows meanwhile is read on below).
    const qint64 chunkSize = device.isSequential() ? 1024 * 1024 : qMin(device.size() + 1, maxBytes + 1);
    while (bytes->size() <= maxBytes) {
        const QByteArray chunk = device.read(qMin<qint64>(chunkSize, maxBytes + 1 - bytes->size()));
        if (chunk.isEmpty())
            return true; // a blocking read returns nothing only at the end of the input
        *bytes += chunk;
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
