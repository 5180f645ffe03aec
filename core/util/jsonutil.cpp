#include "core/util/jsonutil.h"

#include <QStringDecoder>

#include <array>

using namespace Qt::StringLiterals;

namespace rebound::util {

QJsonArray toJsonArray(const QStringList& list) {
    QJsonArray array;
    for (const QString& item : list)
        array.append(item);
    return array;
}

QStringList toStringList(const QJsonValue& value) {
    QStringList list;
    if (value.isString())
        list << value.toString();
    for (const QJsonValue& v : value.toArray())
        list << v.toString();
    return list;
}

namespace {

void appendByteEscape(QString& out, unsigned char byte) {
    out += u'\\';
    out += QString::number(byte).rightJustified(3, u'0');
}

void appendCodePointEscape(QString& out, char32_t codePoint) {
    out += QStringLiteral("\\u%1").arg(uint(codePoint), 4, 16, QLatin1Char('0'));
}

} // namespace

bool isUnsafeCodePoint(char32_t c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
           || (c >= 0x2066 && c <= 0x2069);
}

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
            out += u"\\\\"_s;
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
                    if (ch.size() == 1 && isUnsafeCodePoint(ch.at(0).unicode()))
                        appendCodePointEscape(out, ch.at(0).unicode());
                    else
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
        if (u != u'\t' && isUnsafeCodePoint(u))
            appendCodePointEscape(out, u);
        else
            out += ch;
    }
    return out;
}

QString neutraliseBidi(const QString& text) {
    QString out = text;
    for (QChar& ch : out) {
        const char16_t u = ch.unicode();
        if ((u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069))
            ch = QChar::ReplacementCharacter;
    }
    return out;
}

QByteArray neutraliseUnsafeUtf8(const QByteArray& bytes) {
    // Most output has nothing to change: find the first byte that may start something unsafe and hand
    // the same (shared) array back when there is none; after it, the runs between such bytes are
    // copied whole.
    static constexpr auto mayBeUnsafe = [] {
        std::array<bool, 256> table{};
        for (int c = 0; c < 256; ++c)
            table[size_t(c)] = (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f || c == 0xc2 || c == 0xe2;
        return table;
    }();
    const auto* const data = reinterpret_cast<const unsigned char*>(bytes.constData());
    const auto nextCandidate = [&](qsizetype from) {
        while (from < bytes.size() && !mayBeUnsafe[data[from]])
            ++from;
        return from;
    };
    qsizetype i = nextCandidate(0);
    if (i == bytes.size())
        return bytes;
    QByteArray out;
    out.reserve(bytes.size() + 16);
    out.append(bytes.constData(), i);
    const auto escape = [&out](uint codePoint) {
        out += "\\u";
        out += QByteArray::number(codePoint, 16).rightJustified(4, '0');
    };
    while (i < bytes.size()) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if (c < 0x20 || c == 0x7f) {
            escape(c);
        } else if (c == 0xc2 && i + 1 < bytes.size()
                   && (static_cast<unsigned char>(bytes.at(i + 1)) & 0xe0) == 0x80) { // U+0080-U+009F
            escape(static_cast<unsigned char>(bytes.at(i + 1)));
            ++i;
        } else if (c == 0xe2 && i + 2 < bytes.size()) {
            const char32_t cp = (char32_t(c & 0x0f) << 12)
                                | (char32_t(static_cast<unsigned char>(bytes.at(i + 1)) & 0x3f) << 6)
                                | char32_t(static_cast<unsigned char>(bytes.at(i + 2)) & 0x3f);
            if (isUnsafeCodePoint(cp)) {
                escape(cp);
                i += 2;
            } else {
                out += char(c);
            }
        } else {
            out += char(c);
        }
        const qsizetype next = nextCandidate(i + 1);
        out.append(bytes.constData() + i + 1, next - i - 1);
        i = next;
    }
    return out;
}

} // namespace rebound::util
