#include "core/message/rawmessage.h"

#include "core/bounce/headerfields.h"

#include <QCoreApplication>

namespace rebound::message {
namespace {

bool isFieldNameChar(char c) {
    return c > 32 && c < 127 && c != ':';
}

} // namespace

QString RawField::value() const {
    return bounce::decodeEncodedWords(unfold(rawValue()).trimmed());
}

QList<int> RawMessage::indexesOf(QByteArrayView lowerName) const {
    return byName.value(lowerName.toByteArray());
}

QString RawMessage::value(QByteArrayView lowerName) const {
    const QList<int> indexes = indexesOf(lowerName);
    return indexes.isEmpty() ? QString() : fields.at(indexes.first()).value();
}

QStringList RawMessage::values(QByteArrayView lowerName) const {
    QStringList list;
    for (int i : indexesOf(lowerName))
        list << fields.at(i).value();
    return list;
}

int RawMessage::count(QByteArrayView lowerName) const {
    return int(indexesOf(lowerName).size());
}

QByteArray toCrlf(QByteArrayView bytes) {
    QByteArray out;
    out.reserve(bytes.size() + bytes.size() / 32 + 2);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c == '\r') {
            out += "\r\n";
            if (i + 1 < bytes.size() && bytes[i + 1] == '\n')
                ++i;
        } else if (c == '\n') {
            out += "\r\n";
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray unfold(QByteArrayView raw) {
    QByteArray out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i] == '\r' && i + 1 < raw.size() && raw[i + 1] == '\n') {
            ++i;
            continue;
        }
        out += raw[i];
    }
    return out;
}

RawMessage parseRawMessage(QByteArrayView input) {
    RawMessage message;
    const QByteArray bytes = toCrlf(input);
    qsizetype pos = 0;
    if (bytes.startsWith("From ")) {
        const qsizetype eol = bytes.indexOf("\r\n");
        pos = eol < 0 ? bytes.size() : eol + 2;
    }
    while (pos < bytes.size()) {
        if (pos + 1 < bytes.size() && bytes[pos] == '\r' && bytes[pos + 1] == '\n') {
            message.hasBody = true;
            message.body = bytes.sliced(pos + 2);
            return message;
        }
        qsizetype nameEnd = pos;
        while (nameEnd < bytes.size() && nameEnd - pos < 998 && isFieldNameChar(bytes[nameEnd]))
            ++nameEnd;
        // Whitespace between the name and the colon is obsolete syntax (RFC 5322 4.5) but seen.
        qsizetype colon = nameEnd;
        while (colon < bytes.size() && (bytes[colon] == ' ' || bytes[colon] == '\t'))
            ++colon;
        if (nameEnd == pos || colon >= bytes.size() || bytes[colon] != ':') {
            message.warnings << QCoreApplication::translate(
                                    "rebound::message",
                                    "line %1 bytes into the message is not a header field; the "
                                    "header block ends there")
                                    .arg(pos);
            message.hasBody = true;
            message.body = bytes.sliced(pos);
            return message;
        }
        // The field runs to the CRLF not followed by whitespace.
        qsizetype end = pos;
        for (;;) {
            const qsizetype eol = bytes.indexOf("\r\n", end);
            if (eol < 0) {
                end = bytes.size();
                break;
            }
            end = eol;
            if (eol + 2 < bytes.size() && (bytes[eol + 2] == ' ' || bytes[eol + 2] == '\t')) {
                end = eol + 2;
                continue;
            }
            break;
        }
        if (end - pos > kMaxFieldBytes) {
            message.warnings << QCoreApplication::translate(
                                    "rebound::message",
                                    "a header field is longer than %1 bytes; the header block "
                                    "was cut there")
                                    .arg(kMaxFieldBytes);
            return message;
        }
        if (message.fields.size() < kMaxHeaderFields) {
            RawField field;
            field.name = bytes.sliced(pos, nameEnd - pos);
            field.lowerName = field.name.toLower();
            field.raw = bytes.sliced(pos, end - pos);
            field.valueOffset = colon + 1 - pos;
            message.byName[field.lowerName].append(int(message.fields.size()));
            message.fields.append(std::move(field));
        } else {
            ++message.droppedFields;
        }
        pos = end + 2;
    }
    if (message.droppedFields > 0)
        message.warnings << QCoreApplication::translate("rebound::message",
                                                        "%1 header fields beyond the first %2 were not read")
                                .arg(message.droppedFields)
                                .arg(kMaxHeaderFields);
    return message;
}

} // namespace rebound::message
