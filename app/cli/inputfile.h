#pragma once

#include <QByteArray>
#include <QString>

class QFile;
class QIODevice;

namespace rebound::cli {

struct InputText {
    QString text;
    QString fileName; // empty when the argument itself was the input
    QString error;
};

// Inputs larger than this are refused before they are read whole.
inline constexpr qint64 MaxInputFileBytes = 50 * 1024 * 1024;

// "-" reads standard input; an existing file is read; anything else is the input itself (an IP, a
// domain, an address, or a pasted reply). Bytes that are not UTF-8 are decoded as Latin-1 so that
// nothing is lost.
InputText readInputArgument(const QString& argument);

// Reads the device to its end (a pipe that pauses, or delivers 64 KiB at a time, is read to the
// end, not just its first read), at most maxBytes. False, with the first maxBytes + 1 bytes in
// *bytes, when there is more than that.
bool readToEnd(QIODevice& device, qint64 maxBytes, QByteArray* bytes);

// Opens the process's standard input, unbuffered (reads return what the pipe has).
bool openStandardInput(QFile& file);

// A file or "-" (standard input) read as bytes, untouched (a message's DKIM hashes them); at most
// MaxInputFileBytes. False with *error when it cannot be read.
bool readInputBytes(const QString& argument, QByteArray* bytes, QString* error);

} // namespace rebound::cli
