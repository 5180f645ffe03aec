#include "core/util/jsonutil.h"

#include <QStringDecoder>

namespace rebound::util {

QJsonArray toJsonArray(const QStringList& list) {
    QJsonArray array;
    for (const QString& item : list)
        array.append(item);
    return array;
}

namespace {

void appendByteEscape(QString& out, unsigned char byte) {
    out += u'\\';
    out += QString::number(byte).rightJustified(3, u'0');
}

} // namespace

QString escapeUntrusted(const QByteArray& bytes, qsizetype maxChars) {
    QString out;
    out.reserve(qMin<qsizetype>(bytes.size(), maxChars) + 8);
    qsizetype i = 0;
    while (i < bytes.size()) {
        if (out.size() >= maxChars) {
            out += u'…';
            return out;
        }
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c == '\\') {
            out += u"\\\\"_qs;
            ++i;
        } else if (c < 0x20 || c == 0x7f) {
            appendByteEscape(out, c);
            ++i;
        } else if (c < 0x80) {
            out += QLatin1Char(char(c));
            ++i;
        } else {
            // Take one UTF-8 sequence if it is valid, else escape the byte.
            const int len = (c & 0xe0) == 0xc0 ? 2 : (c & 0xf0) == 0xe0 ? 3 : (c & 0xf8) == 0xf0 ? 4 : 0;
            QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            if (len > 0 && i + len <= bytes.size()) {
                const QString ch = decoder(bytes.mid(i, len));
                if (!decoder.hasError() && !ch.contains(QChar::ReplacementCharacter)) {
                    out += ch;
                    i += len;
                    continue;
                }
            }
            appendByteEscape(out, c);
            ++i;
        }
    }
    return out;
}

QString escapeControls(const QString& text, qsizetype maxChars) {
    QString out;
    out.reserve(qMin(text.size(), maxChars) + 8);
    for (const QChar ch : text) {
        if (out.size() >= maxChars) {
            out += u'…';
            break;
        }
        const char16_t u = ch.unicode();
        if ((u < 0x20 && u != u'\t') || u == 0x7f || (u >= 0x202a && u <= 0x202e)
            || (u >= 0x2066 && u <= 0x2069))
            out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        else
            out += ch;
    }
    return out;
}

} // namespace rebound::util
