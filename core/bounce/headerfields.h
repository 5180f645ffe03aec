#pragma once

#include "core/bounce/charsetdecoder.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QList>
#include <QString>

namespace rebound::bounce {

// One header field of a message or MIME part, unfolded and decoded (RFC 2047).
struct HeaderField {
    QByteArray name; // lower case
    QString value;   // unfolded, encoded-words decoded
};

struct HeaderBlock {
    QList<HeaderField> fields;
    qsizetype bodyOffset = 0;       // where the body starts in the parsed bytes (after the blank line)
    QByteArrayList unknownCharsets; // charsets of encoded-words that no library knows, each once

    // The first field with this lower-case name, or an empty string.
    QString value(const char* lowerName) const;
    QStringList values(const char* lowerName) const;
    bool has(const char* lowerName) const;
};

// True when the bytes start like a header block ("Name: value" on the first non-empty line).
bool looksLikeHeaderBlock(QByteArrayView bytes);

// The length of the blank lines (or lines of spaces) the bytes start with: a pasted or saved message
// often has some before its header block.
qsizetype blankLinesBefore(QByteArrayView bytes);

// Parses header fields up to the first empty line (LF line ends). Stops after maxFields fields.
HeaderBlock parseHeaderBlock(QByteArrayView bytes, int maxFields = 1000);

// Decodes RFC 2047 encoded-words (=?charset?B|Q?...?=) in an unfolded header value; the text
// around them is read as decodeUnlabelled() reads it. Charsets no library knows are added to
// *unknownCharsets (once each).
QString decodeEncodedWords(QByteArrayView value, QByteArrayList* unknownCharsets = nullptr);

// The parameter of a structured header value ("multipart/report; boundary=x"), unquoted, or empty.
QString headerParameter(const QString& value, QStringView name);

} // namespace rebound::bounce
