#pragma once

#include <QByteArrayView>
#include <QString>

namespace rebound::bounce {

// Bytes in a named MIME charset (a Content-Type charset parameter, an RFC 2047 encoded-word's) to
// text, with ICU; glibc iconv reads the few names Debian's ICU data lacks (ISO-8859-16). Labels whose
// text is really written in a Windows superset are read with it (resources/bounce/charsets.json:
// ISO-8859-1 as windows-1252, GB2312 as GB18030, ...). An empty name, US-ASCII and a name no library
// knows: UTF-8 when the bytes are valid UTF-8, else windows-1252; for an unknown name *unknown is set
// so the caller can say so. Thread-safe; never fails.
QString decodeCharset(QByteArrayView bytes, QByteArrayView charset, bool* unknown = nullptr);

// Text that names no charset (raw header bytes, a paste, a log): UTF-8 when valid, else windows-1252.
QString decodeUnlabelled(QByteArrayView bytes);

} // namespace rebound::bounce
