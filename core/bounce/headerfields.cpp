#include "core/bounce/headerfields.h"

#include "core/bounce/transferencoding.h"

#include <algorithm>
#include <cstring>

namespace rebound::bounce {

QString HeaderBlock::value(const char* lowerName) const {
    for (const HeaderField& field : fields) {
        if (field.name == lowerName)
            return field.value;
    }
    return {};
}

QStringList HeaderBlock::values(const char* lowerName) const {
    QStringList list;
    for (const HeaderField& field : fields) {
        if (field.name == lowerName)
            list.append(field.value);
    }
    return list;
}

bool HeaderBlock::has(const char* lowerName) const {
    for (const HeaderField& field : fields) {
        if (field.name == lowerName)
            return true;
    }
    return false;
}

namespace {

bool isFieldNameChar(char c) {
    return c > 32 && c < 127 && c != ':';
}

// Length of "Name:" at the start of line, or 0 when the line is not a field.
qsizetype fieldNameLength(QByteArrayView line) {
    qsizetype i = 0;
    while (i < line.size() && i < 80 && isFieldNameChar(line[i]))
        ++i;
    if (i == 0 || i >= line.size() || line[i] != ':')
        return 0;
    return i;
}

// Whether value holds "=?" (an encoded word may start there): most header values hold no '=' at all,
// and memchr finds that faster than a general substring search set up for each short value.
bool mayHoldEncodedWord(QByteArrayView value) {
    const char* p = value.data();
    const char* const end = p + value.size();
    while (p < end) {
        p = static_cast<const char*>(std::memchr(p, '=', size_t(end - p)));
        if (!p)
            return false;
        if (p + 1 < end && p[1] == '?')
            return true;
        ++p;
    }
    return false;
}

} // namespace

bool looksLikeHeaderBlock(QByteArrayView bytes) {
    qsizetype start = 0;
    while (start < bytes.size() && (bytes[start] == '\n' || bytes[start] == ' '))
        ++start;
    const qsizetype end = bytes.indexOf('\n', start);
    QByteArrayView first = bytes.sliced(start, (end < 0 ? bytes.size() : end) - start);
    if (first.startsWith("From ") && first.size() > 5)
        return true;
    const qsizetype nameLength = fieldNameLength(first);
    return nameLength > 0 && nameLength < 60;
}

qsizetype blankLinesBefore(QByteArrayView bytes) {
    qsizetype pos = 0;
    for (int lines = 0; lines < 64 && pos < bytes.size(); ++lines) {
        const qsizetype eol = bytes.indexOf('\n', pos);
        if (eol < 0)
            break;
        const QByteArrayView line = bytes.sliced(pos, eol - pos);
        if (!std::all_of(line.begin(), line.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r'; }))
            break;
        pos = eol + 1;
    }
    return pos;
}

HeaderBlock parseHeaderBlock(QByteArrayView bytes, int maxFields) {
    HeaderBlock block;
    qsizetype pos = 0;
    // An mbox "From " separator line is not a field.
    if (bytes.startsWith("From ")) {
        const qsizetype eol = bytes.indexOf('\n');
        pos = eol < 0 ? bytes.size() : eol + 1;
    }
    // A one-line value is decoded straight from the input; only a folded one is copied together.
    QByteArray name;
    QByteArrayView value;
    QByteArray folded;
    bool isFolded = false;
    auto flush = [&] {
        if (!name.isEmpty() && block.fields.size() < maxFields)
            block.fields.append(
                {name, decodeEncodedWords((isFolded ? QByteArrayView(folded) : value).trimmed(),
                                          &block.unknownCharsets)});
        name.clear();
        value = {};
        isFolded = false;
    };
    while (pos < bytes.size()) {
        qsizetype eol = bytes.indexOf('\n', pos);
        if (eol < 0)
            eol = bytes.size();
        const QByteArrayView line = bytes.sliced(pos, eol - pos);
        const qsizetype next = eol < bytes.size() ? eol + 1 : eol;
        if (line.trimmed().isEmpty()) {
            pos = next;
            break;
        }
        if ((line[0] == ' ' || line[0] == '\t')) {
            if (!name.isEmpty() && (isFolded ? folded.size() : value.size()) < 64 * 1024) {
                if (!isFolded) {
                    folded = value.trimmed().toByteArray(); // a CR before the fold goes too
                    isFolded = true;
                }
                folded += ' ';
                folded += line.trimmed();
            }
        } else if (const qsizetype n = fieldNameLength(line); n > 0) {
            flush();
            name = line.first(n).toByteArray().toLower();
            value = line.sliced(n + 1);
        } else {
            // Not a header line: the header block ended without a blank line.
            break;
        }
        pos = next;
    }
    flush();
    block.bodyOffset = pos;
    return block;
}

QString decodeEncodedWords(QByteArrayView value, QByteArrayList* unknownCharsets) {
    if (!mayHoldEncodedWord(value))
        return decodeUnlabelled(value);
    QString out;
    // Adjacent words in one charset are decoded together: mailers split a multibyte character
    // (UTF-8, ISO-2022-JP's escape sequences) across words although RFC 2047 says they must not.
    QByteArray pendingCharset;
    QByteArray pendingBytes;
    bool pending = false;
    auto flush = [&] {
        if (!pending)
            return;
        pending = false;
        bool unknown = false;
        out += decodeCharset(pendingBytes, pendingCharset, &unknown);
        if (unknown && unknownCharsets && unknownCharsets->size() < 10
            && !unknownCharsets->contains(pendingCharset))
            unknownCharsets->append(pendingCharset);
        pendingCharset.clear();
        pendingBytes.clear();
    };
    qsizetype pos = 0;
    qsizetype lastWordEnd = -1;
    int words = 0;
    while (pos < value.size()) {
        const qsizetype start = value.indexOf("=?", pos);
        if (start < 0 || words > 200)
            break;
        const qsizetype q1 = value.indexOf('?', start + 2);
        const qsizetype q2 = q1 < 0 ? -1 : value.indexOf('?', q1 + 1);
        const qsizetype endMark = q2 < 0 ? -1 : value.indexOf("?=", q2 + 1);
        if (q1 < 0 || q2 != q1 + 2 || endMark < 0) {
            flush();
            out += decodeUnlabelled(value.sliced(pos, start + 2 - pos));
            pos = start + 2;
            continue;
        }
        // Whitespace between two adjacent encoded-words is dropped (RFC 2047 6.2).
        const QByteArrayView gap = value.sliced(pos, start - pos);
        const bool adjacent = lastWordEnd == pos && gap.trimmed().isEmpty();
        QByteArrayView charset = value.sliced(start + 2, q1 - start - 2);
        if (const qsizetype star = charset.indexOf('*'); star >= 0)
            charset = charset.first(star); // RFC 2231 language suffix
        const QByteArray lowerCharset = charset.toByteArray().toLower();
        if (!adjacent || lowerCharset != pendingCharset)
            flush();
        pending = true;
        if (!adjacent)
            out += decodeUnlabelled(gap);
        const char encoding = char(QChar::toUpper(uint(value[q1 + 1])));
        const QByteArrayView payload = value.sliced(q2 + 1, endMark - q2 - 1);
        pendingCharset = lowerCharset;
        if (encoding == 'B')
            pendingBytes += QByteArray::fromBase64(payload.toByteArray());
        else
            pendingBytes += decodeQuotedPrintable(payload, true);
        pos = endMark + 2;
        lastWordEnd = pos;
        ++words;
    }
    flush();
    if (pos < value.size())
        out += decodeUnlabelled(value.sliced(pos));
    return out;
}

QString headerParameter(const QString& value, QStringView name) {
    qsizetype pos = value.indexOf(u';');
    while (pos >= 0 && pos < value.size()) {
        qsizetype start = pos + 1;
        while (start < value.size() && value.at(start).isSpace())
            ++start;
        const qsizetype eq = value.indexOf(u'=', start);
        if (eq < 0)
            return {};
        const QStringView key = QStringView(value).sliced(start, eq - start).trimmed();
        qsizetype vstart = eq + 1;
        while (vstart < value.size() && value.at(vstart).isSpace())
            ++vstart;
        QString param;
        qsizetype next;
        if (vstart < value.size() && value.at(vstart) == u'"') {
            const qsizetype close = value.indexOf(u'"', vstart + 1);
            const qsizetype end = close < 0 ? value.size() : close;
            param = value.mid(vstart + 1, end - vstart - 1);
            next = value.indexOf(u';', end);
        } else {
            next = value.indexOf(u';', vstart);
            param = value.mid(vstart, (next < 0 ? value.size() : next) - vstart).trimmed();
        }
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return param;
        pos = next;
    }
    return {};
}

} // namespace rebound::bounce
