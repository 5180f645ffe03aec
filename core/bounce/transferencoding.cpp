#include "core/bounce/transferencoding.h"

namespace rebound::bounce {

namespace {

int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

} // namespace

// Both decoders write through a pointer into a buffer of the input's size (the output is never
// longer): appending byte by byte was a tenth of a directory run's instructions.
QByteArray decodeQuotedPrintable(QByteArrayView text, bool qEncoding) {
    QByteArray out(text.size(), Qt::Uninitialized);
    char* o = out.data();
    const char* in = text.data();
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = in[i];
        if (c == '_' && qEncoding) {
            *o++ = ' ';
            continue;
        }
        if (c != '=') {
            *o++ = c;
            continue;
        }
        if (i + 1 < size && in[i + 1] == '\n') { // soft line break
            ++i;
            continue;
        }
        if (i + 2 < size) {
            const int hi = hexValue(in[i + 1]);
            const int lo = hexValue(in[i + 2]);
            if (hi >= 0 && lo >= 0) {
                *o++ = char(hi * 16 + lo);
                i += 2;
                continue;
            }
        }
        *o++ = c;
    }
    out.truncate(o - out.constData());
    return out;
}

QByteArray decodeBase64Lenient(QByteArrayView text) {
    QByteArray clean(text.size(), Qt::Uninitialized);
    char* o = clean.data();
    for (const char c : text) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+'
            || c == '/')
            *o++ = c;
        else if (c == '=')
            break;
    }
    clean.truncate(o - clean.constData());
    if (clean.size() % 4 == 1)
        clean.chop(1); // a lone trailing sextet carries no byte
    return QByteArray::fromBase64(clean);
}

} // namespace rebound::bounce
