// DKIM canonicalization (RFC 6376 3.4): "simple" and "relaxed" for header fields and the body.
#pragma once

#include <QByteArray>

namespace rebound::message {

enum class Canon { Simple, Relaxed };

// One header field ("Name: value" raw, without the final CRLF) as it enters the hash, with CRLF.
QByteArray canonicalHeader(QByteArrayView rawField, Canon canon, bool withCrlf = true);

// The body (CRLF line ends) canonicalized; an empty simple body is one CRLF (RFC 6376 3.4.3).
QByteArray canonicalBody(QByteArrayView body, Canon canon);

} // namespace rebound::message
