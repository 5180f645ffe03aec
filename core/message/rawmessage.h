// A message kept as the bytes it was sent as: header fields raw (folding and all), body raw, every
// line end made CRLF. DKIM and ARC hash these bytes, so nothing here decodes or re-spells them; the
// decoded view of a value (unfolded, RFC 2047 words decoded) comes from core/bounce's header code.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace rebound::message {

struct RawField {
    QByteArray name;           // as written
    QByteArray lowerName;      // lower case, for lookups
    QByteArray raw;            // "Name: value" with its folding, CRLF line ends, without the final CRLF
    qsizetype valueOffset = 0; // where the value starts in raw (after the colon)

    QByteArrayView rawValue() const { return QByteArrayView(raw).sliced(valueOffset); }
    // The value unfolded (RFC 5322 2.2.3), trimmed, encoded-words decoded.
    QString value() const;
};

// Hostile input stays bounded: at most this many fields are kept (the rest are counted), and a
// field longer than kMaxFieldBytes ends the header block.
inline constexpr int kMaxHeaderFields = 200000;
inline constexpr qsizetype kMaxFieldBytes = 1024 * 1024;

struct RawMessage {
    QList<RawField> fields; // top to bottom
    QByteArray body;        // CRLF line ends; empty when the input had no blank line
    bool hasBody = false;
    int droppedFields = 0;
    QStringList warnings;

    // Indexes of the fields named lowerName, top to bottom.
    QList<int> indexesOf(QByteArrayView lowerName) const;
    QString value(QByteArrayView lowerName) const; // the first such field's decoded value
    QStringList values(QByteArrayView lowerName) const;
    int count(QByteArrayView lowerName) const;

    QHash<QByteArray, QList<int>> byName; // lower-case name -> indexes, top to bottom
};

// Bare LF (and a lone CR) become CRLF, so a message saved with Unix line ends hashes as sent.
QByteArray toCrlf(QByteArrayView bytes);

// Splits a message (or a header block alone) into raw fields and body. Never fails; a leading mbox
// "From " line is skipped.
RawMessage parseRawMessage(QByteArrayView bytes);

// Removes the CRLF of every folded line (RFC 5322 2.2.3); the whitespace that follows stays.
QByteArray unfold(QByteArrayView raw);

} // namespace rebound::message
