#include "app/cli/inputfile.h"

#include "core/dns/ipaddress.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace rebound::cli {
namespace {

QString decode(const QByteArray& bytes) {
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(bytes);
    if (!utf8.hasError())
        return text;
    return QString::fromLatin1(bytes);
}

// A single word that names a file by its shape (a directory part that is not a CIDR's prefix length,
// or a mail or log extension): when it does not exist, that is an error, not text to analyse.
bool looksLikeMissingFile(const QString& argument) {
    if (argument.isEmpty() || argument.contains(u'\n') || argument.contains(u' '))
        return false;
    static const QRegularExpression fileName(u"\\.(eml|msg|txt|mbox|log|json)$"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    if (argument.contains(u'/') && !dns::parseCidr(argument))
        return true;
    return fileName.match(argument).hasMatch();
}

} // namespace

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

InputText readInputArgument(const QString& argument) {
    InputText input;
    QFile file;
    if (argument == u"-") {
        if (!openStandardInput(file)) {
            input.error = u"cannot read standard input"_s;
            return input;
        }
        input.fileName = u"-"_s;
    } else if (QFileInfo(argument).isFile()) {
        file.setFileName(argument);
        if (file.size() > MaxInputFileBytes) {
            input.error =
                QStringLiteral("%1 is larger than %2 MB").arg(argument).arg(MaxInputFileBytes >> 20);
            return input;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            input.error = u"cannot read "_s + argument + u": "_s + file.errorString();
            return input;
        }
        input.fileName = argument;
    } else if (looksLikeMissingFile(argument)) {
        input.error = u"cannot read "_s + argument + u": no such file"_s;
        return input;
    } else {
        input.text = argument;
        return input;
    }
    QByteArray bytes;
    if (!readToEnd(file, MaxInputFileBytes, &bytes)) {
        input.error = QStringLiteral("the input is larger than %1 MB").arg(MaxInputFileBytes >> 20);
        return input;
    }
    input.text = decode(bytes);
    return input;
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
