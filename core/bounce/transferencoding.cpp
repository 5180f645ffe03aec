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

QByteArray decodeQuotedPrintable(QByteArrayView text, bool qEncoding) {
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '_' && qEncoding) {
            out += ' ';
            continue;
        }
        if (c != '=') {
            out += c;
            continue;
        }
        if (i + 1 < text.size() && text[i + 1] == '\n') { // soft line break
            ++i;
            continue;
        }
        if (i + 2 < text.size()) {
            const int hi = hexValue(text[i + 1]);
            const int lo = hexValue(text[i + 2]);
            if (hi >= 0 && lo >= 0) {
                out += char(hi * 16 + lo);
                i += 2;
                continue;
            }
        }
        out += c;
    }
    return out;
}

QByteArray decodeBase64Lenient(QByteArrayView text) {
    QByteArray clean;
    clean.reserve(text.size());
    for (const char c : text) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+'
            || c == '/')
            clean += c;
        else if (c == '=')
            break;
    }
    if (clean.size() % 4 == 1)
        clean.chop(1); // a lone trailing sextet carries no byte
    return QByteArray::fromBase64(clean);
}

} // namespace rebound::bounce
