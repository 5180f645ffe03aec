// Reading a file or standard input to its end, within a limit, as every command that reads input does
// (bounce, message, diagnose). Qt Core only.
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

class QFile;
class QIODevice;

namespace rebound::cli {

// Inputs larger than this are refused before they are read whole.
inline constexpr qint64 MaxInputFileBytes = 50 * 1024 * 1024;

// Reads the device to its end (a pipe that pauses, or delivers 64 KiB at a time, is read to the
// end, not just its first read), at most maxBytes. False, with the first maxBytes + 1 bytes in
// *bytes, when there is more than that.
bool readToEnd(QIODevice& device, qint64 maxBytes, QByteArray* bytes);

// The same for a regular file (a directory's entry) opened unbuffered, in reads of 64 KiB until one
// comes back short (a regular file's end): no size or type asked first, so a small file costs one
// read(2). Under the allocator's mmap threshold, so no buffer is mapped and unmapped per file.
bool readRegularFile(QFile& file, qint64 maxBytes, QByteArray* bytes);

// Opens the process's standard input, unbuffered (reads return what the pipe has).
bool openStandardInput(QFile& file);

// A file or "-" (standard input) read as bytes, untouched (a message's DKIM hashes them); at most
// MaxInputFileBytes. False with *error when it cannot be read.
bool readInputBytes(const QString& argument, QByteArray* bytes, QString* error);

} // namespace rebound::cli
