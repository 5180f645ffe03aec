#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace rebound::bounce {

// Quoted-printable (RFC 2045) to bytes. With qEncoding, '_' is a space (RFC 2047 "Q"). Invalid
// escapes are kept as they are.
QByteArray decodeQuotedPrintable(QByteArrayView text, bool qEncoding = false);

// Base64 that tolerates line breaks and junk: invalid characters are skipped, never an error.
QByteArray decodeBase64Lenient(QByteArrayView text);

} // namespace rebound::bounce
