#include "core/bounce/inputbytes.h"

#include "core/bounce/headerfields.h"

#include <QIODevice>
#include <QStringDecoder>

#include <cstring>

namespace rebound::bounce {

namespace {

constexpr qsizetype kReadChunk = 1024 * 1024;

// NUL, C0 controls other than tab, LF, VT, FF, CR and ESC, and DEL. Bitwise, without branches, so
// that the counting loop vectorises.
inline unsigned char isControl(unsigned char u) {
    const bool text = (u >= 0x20) & (u != 0x7f);
    const bool space = (u >= '\t') & (u <= '\r');
    return static_cast<unsigned char>(!(text | space | (u == 0x1b)));
}

// The UTF-16 encoding a byte order mark names, if any.
std::optional<QStringConverter::Encoding> utf16Bom(QByteArrayView bytes) {
    if (bytes.startsWith("\xFF\xFE"))
        return QStringConverter::Utf16LE;
    if (bytes.startsWith("\xFE\xFF"))
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

// CR LF and lone CR to LF; *pendingCr carries a CR that ended the previous chunk.
void appendNormalised(QByteArray& out, QByteArrayView bytes, bool* pendingCr) {
    const qsizetype base = out.size();
    out.resize(base + bytes.size());
    char* dst = out.data() + base;
    const char* src = bytes.data();
    const char* const end = src + bytes.size();
    if (*pendingCr && src < end && *src == '\n')
        ++src;
    *pendingCr = false;
    // The runs between CRs are copied whole (an mbox read on the main thread has none, mostly).
    while (src < end) {
        const auto* cr = static_cast<const char*>(std::memchr(src, '\r', size_t(end - src)));
        const char* const runEnd = cr ? cr : end;
        std::memcpy(dst, src, size_t(runEnd - src));
        dst += runEnd - src;
        src = runEnd;
        if (!cr)
            break;
        ++src;
        *dst++ = '\n';
        if (src == end)
            *pendingCr = true;
        else if (*src == '\n')
            ++src;
    }
    out.truncate(dst - out.data());
}

// The offset of the separator ("\n\nFrom " followed by a header line) at or after from, or -1;
// *incomplete is the offset of a candidate whose next line is not yet all in bytes (else -1).
qsizetype findSeparator(QByteArrayView bytes, qsizetype from, bool atEnd, qsizetype* incomplete) {
    *incomplete = -1;
    qsizetype pos = from;
    while (true) {
        const qsizetype hit = bytes.indexOf("\n\nFrom ", pos);
        if (hit < 0)
            return -1;
        const qsizetype lineEnd = bytes.indexOf('\n', hit + 2);
        if (lineEnd < 0) {
            *incomplete = atEnd ? -1 : hit;
            return -1;
        }
        const qsizetype nextEnd = bytes.indexOf('\n', lineEnd + 1);
        if (nextEnd < 0 && !atEnd) {
            *incomplete = hit;
            return -1;
        }
        if (looksLikeHeaderBlock(bytes.sliced(lineEnd + 1)))
            return hit;
        pos = hit + 2;
    }
}

} // namespace

qsizetype countControlBytes(QByteArrayView bytes) {
    // This runs over every input. Chunks of a fixed 64 bytes, summed byte-wide with no early exit, let
    // even -O2's cheap vectoriser use SIMD (a byte at a time took 19 instructions a byte).
    constexpr qsizetype kChunk = 64;
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype controls = 0;
    qsizetype i = 0;
    for (; i + kChunk <= size; i += kChunk) {
        unsigned char sum = 0;
        for (qsizetype j = 0; j < kChunk; ++j)
            sum += isControl(data[i + j]);
        controls += sum;
    }
    for (; i < size; ++i)
        controls += isControl(data[i]);
    return controls;
}

bool looksBinary(QByteArrayView bytes) {
    const QByteArrayView probe = bytes.first(qMin(bytes.size(), kBinaryProbeBytes));
    return countControlBytes(probe) * 20 > probe.size();
}

BinaryKind binaryKindOf(QByteArrayView head) {
    if (head.startsWith("\x1F\x8B"))
        return BinaryKind::Gzip;
    if (head.startsWith("PK\x03\x04"))
        return BinaryKind::Zip;
    // The Compound File Binary header of Outlook's .msg (and of the other old Office formats).
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return BinaryKind::OutlookMsg;
    if (head.startsWith("%PDF-"))
        return BinaryKind::Pdf;
    return BinaryKind::Other;
}

QByteArray normaliseInput(QByteArrayView bytes) {
    QByteArray utf8;
    if (const auto encoding = utf16Bom(bytes)) {
        QStringDecoder decoder(*encoding);
        utf8 = QString(decoder.decode(bytes.sliced(2))).toUtf8();
        bytes = utf8;
    }
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    if (!bytes.contains('\r'))
        return bytes.toByteArray();
    QByteArray out;
    bool pendingCr = false;
    appendNormalised(out, bytes, &pendingCr);
    return out;
}

QList<QByteArrayView> splitMbox(QByteArrayView bytes, int maxMessages) {
    QList<QByteArrayView> messages;
    if (!bytes.startsWith("From "))
        return {bytes};
    qsizetype start = 0;
    qsizetype pos = 0;
    qsizetype incomplete = -1;
    while (messages.size() < maxMessages - 1) {
        const qsizetype hit = findSeparator(bytes, pos, true, &incomplete);
        if (hit < 0)
            break;
        messages.append(bytes.sliced(start, hit + 1 - start));
        start = hit + 2;
        pos = start;
    }
    messages.append(bytes.sliced(start));
    return messages;
}

MboxReader::MboxReader(QIODevice& device)
    : m_device(device) {
}

bool MboxReader::fill() {
    if (m_eof)
        return false;
    const QByteArray raw = m_device.read(kReadChunk);
    if (raw.isEmpty()) {
        // A blocking device returns nothing only at its end (or on an error).
        m_eof = true;
        return false;
    }
    m_total += raw.size();
    QByteArrayView bytes = raw;
    QByteArray converted;
    if (!m_started) {
        m_started = true;
        if (const auto encoding = utf16Bom(bytes)) {
            m_utf16.emplace(*encoding);
            bytes = bytes.sliced(2);
        } else if (bytes.startsWith("\xEF\xBB\xBF")) {
            bytes = bytes.sliced(3);
        }
    }
    if (m_utf16) {
        converted = QString(m_utf16->decode(bytes)).toUtf8();
        bytes = converted;
    }
    appendNormalised(m_buffer, bytes, &m_pendingCr);
    return true;
}

QByteArrayView MboxReader::head() {
    while (m_buffer.size() - m_start < kBinaryProbeBytes && fill()) {
    }
    return QByteArrayView(m_buffer).sliced(m_start);
}

bool MboxReader::next(QByteArray* message, qsizetype maxMessageBytes, bool* cut) {
    *cut = false;
    message->clear();
    head();
    if (m_first) {
        m_first = false;
        m_isMbox = QByteArrayView(m_buffer).sliced(m_start).startsWith("From ");
    }
    while (true) {
        const QByteArrayView pending = QByteArrayView(m_buffer).sliced(m_start);
        if (pending.isEmpty() && m_eof)
            return false;
        qsizetype incomplete = -1;
        const qsizetype hit =
            m_isMbox ? findSeparator(pending, qMax<qsizetype>(0, m_searchFrom - m_start), m_eof, &incomplete)
                     : -1;
        qsizetype end = -1;  // of the message in pending
        qsizetype next = -1; // where the next message starts in pending
        if (hit >= 0) {
            end = hit + 1;
            next = hit + 2;
        } else if (m_eof) {
            end = pending.size();
            next = pending.size();
        }
        if (end >= 0) {
            if (!m_skipping) {
                *message = pending.first(qMin(end, maxMessageBytes)).toByteArray();
                *cut = end > maxMessageBytes;
            }
            const bool wasSkipping = m_skipping;
            m_skipping = false;
            m_start += next;
            m_searchFrom = m_start;
            compact();
            if (wasSkipping)
                continue; // the cut message's rest is gone; this is the next one
            return true;
        }
        // No separator yet: remember how far was searched (a separator may straddle the chunk end,
        // or wait for the rest of its next line).
        m_searchFrom = m_start + (incomplete >= 0 ? incomplete : qMax<qsizetype>(0, pending.size() - 16));
        if (!m_skipping && pending.size() > maxMessageBytes) {
            // A message larger than the limit: hand out its first part now and skip the rest.
            *message = pending.first(maxMessageBytes).toByteArray();
            *cut = true;
            m_skipping = true;
            dropBefore(m_searchFrom);
            return true;
        }
        if (m_skipping)
            dropBefore(m_searchFrom);
        fill();
    }
}

void MboxReader::dropBefore(qsizetype offset) {
    m_start = qMax(m_start, offset);
    m_searchFrom = qMax(m_searchFrom, m_start);
    compact();
}

void MboxReader::compact() {
    if (m_start > 0 && m_start * 2 > m_buffer.size()) {
        m_buffer.remove(0, m_start);
        m_searchFrom -= m_start;
        m_start = 0;
    }
}

} // namespace rebound::bounce
