#include "core/util/jsonwriter.h"

#include <charconv>
#include <cstring>
#include <string_view>

namespace rebound::util {

namespace {

constexpr char kHex[] = "0123456789abcdef";
constexpr qsizetype kShortName = 64; // member names up to this long (with quotes) go in one append

char* escapeUnit(char* cursor, char16_t unit) {
    *cursor++ = '\\';
    *cursor++ = 'u';
    *cursor++ = kHex[(unit >> 12) & 0xf];
    *cursor++ = kHex[(unit >> 8) & 0xf];
    *cursor++ = kHex[(unit >> 4) & 0xf];
    *cursor++ = kHex[unit & 0xf];
    return cursor;
}

// One ASCII character as QJsonDocument writes it inside a string.
char* writeAscii(char* cursor, char16_t c) {
    if (c >= 0x20 && c != '"' && c != '\\') {
        *cursor++ = char(c);
        return cursor;
    }
    static constexpr std::string_view kNamed = "\"\"\\\\\bb\ff\nn\rr\tt"; // a character, its escape's letter
    for (size_t i = 0; i < kNamed.size(); i += 2) {
        if (char16_t(kNamed[i]) == c) {
            *cursor++ = '\\';
            *cursor++ = kNamed[i + 1];
            return cursor;
        }
    }
    return escapeUnit(cursor, c);
}

} // namespace

JsonWriter::JsonWriter(QByteArray& out, bool compact, int depth)
    : m_out(out)
    , m_compact(compact)
    , m_depth(depth) {
}

// QJsonDocument's escaping: ", \ and the C0 controls escaped (by name where JSON has one), other
// characters as UTF-8, and a UTF-16 unit that is not part of a valid pair as \uXXXX.
void JsonWriter::appendEscaped(QByteArray& out, QStringView text) {
    const qsizetype start = out.size();
    out.resize(start + 6 * text.size()); // the longest form of one unit
    char* cursor = out.data() + start;
    const char16_t* src = text.utf16();
    const char16_t* const end = src + text.size();
    while (src != end) {
        const char16_t u = *src++;
        if (u >= 0x20 && u < 0x80 && u != '"' && u != '\\') {
            *cursor++ = char(u); // most characters
        } else if (u < 0x80) {
            cursor = writeAscii(cursor, u);
        } else if (u < 0x800) {
            *cursor++ = char(0xc0 | (u >> 6));
            *cursor++ = char(0x80 | (u & 0x3f));
        } else if (!QChar::isSurrogate(u)) {
            *cursor++ = char(0xe0 | (u >> 12));
            *cursor++ = char(0x80 | ((u >> 6) & 0x3f));
            *cursor++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && src != end && QChar::isLowSurrogate(*src)) {
            const char32_t cp = QChar::surrogateToUcs4(u, *src++);
            *cursor++ = char(0xf0 | (cp >> 18));
            *cursor++ = char(0x80 | ((cp >> 12) & 0x3f));
            *cursor++ = char(0x80 | ((cp >> 6) & 0x3f));
            *cursor++ = char(0x80 | (cp & 0x3f));
        } else {
            cursor = escapeUnit(cursor, u);
        }
    }
    out.truncate(cursor - out.constData());
}

void JsonWriter::indent() {
    if (!m_compact)
        m_out.append(4 * (m_depth + m_levels.size()), ' ');
}

void JsonWriter::beforeValue() {
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.isEmpty())
        return; // the top-level value
    if (m_levels.last().count++ > 0)
        m_out.append(",\n", m_compact ? 1 : 2);
    indent();
}

JsonWriter& JsonWriter::key(std::string_view name) {
    Q_ASSERT(!m_levels.isEmpty() && !m_afterKey);
    Level& level = m_levels.last();
    Q_ASSERT_X(level.count == 0 || level.last < name, "JsonWriter::key",
               "members out of QJsonObject's order");
    level.last = name;
    beforeValue();
    const qsizetype size = qsizetype(name.size());
    const qsizetype colon = m_compact ? 2 : 3; // ":" or ": " after the closing quote
    if (size + 4 > kShortName) {
        m_out += '"';
        m_out.append(name.data(), size);
        m_out.append("\": ", colon);
    } else { // the usual short name in one append
        char quoted[kShortName];
        quoted[0] = '"';
        std::memcpy(quoted + 1, name.data(), name.size());
        std::memcpy(quoted + 1 + size, "\": ", 3);
        m_out.append(quoted, 1 + size + colon);
    }
    m_afterKey = true;
    return *this;
}

void JsonWriter::open(char bracket) {
    beforeValue();
    m_out += bracket;
    if (!m_compact)
        m_out += '\n';
    m_levels.append(Level{});
}

void JsonWriter::close(char bracket) {
    const bool any = m_levels.last().count > 0;
    m_levels.removeLast();
    if (any && !m_compact)
        m_out += '\n';
    indent();
    m_out += bracket;
}

void JsonWriter::beginObject() {
    open('{');
}

void JsonWriter::endObject() {
    close('}');
}

void JsonWriter::beginArray() {
    open('[');
}

void JsonWriter::endArray() {
    close(']');
}

void JsonWriter::string(QStringView text) {
    beforeValue();
    m_out += '"';
    appendEscaped(m_out, text);
    m_out += '"';
}

void JsonWriter::stringOrNull(QStringView text) {
    if (text.isEmpty())
        null();
    else
        string(text);
}

void JsonWriter::strings(const QStringList& list) {
    beginArray();
    for (const QString& item : list)
        string(item);
    endArray();
}

void JsonWriter::integer(qint64 number) {
    beforeValue();
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, number);
    m_out.append(digits, result.ptr - digits);
}

void JsonWriter::boolean(bool value) {
    beforeValue();
    m_out += value ? "true" : "false";
}

void JsonWriter::null() {
    beforeValue();
    m_out += "null";
}

} // namespace rebound::util
