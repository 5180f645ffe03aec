#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringDecoder>

#include <optional>

class QIODevice;

namespace rebound::bounce {

// How many bytes at the start of an input decide whether it is text.
inline constexpr qsizetype kBinaryProbeBytes = 64 * 1024;

// Binary: more than 1 in 20 of the first 64 KiB are NUL or control bytes (C0 other than tab, LF,
// VT, FF, CR and ESC, which ISO-2022 text uses; and DEL). Text with a few stray NULs or controls
// (a bounce that passed through a broken gateway) is read; random or compressed bytes (about 1 in
// 10), executables, images and UTF-16 without a byte order mark are refused. The GUI and the CLI
// use this one rule.
bool looksBinary(QByteArrayView bytes);

// What a binary input is, as far as its first bytes tell: the containers a bounce is most often
// handed over in, so that the refusal can say what to do with it.
enum class BinaryKind { Other, Gzip, Zip, OutlookMsg, Pdf };
BinaryKind binaryKindOf(QByteArrayView head);

// NUL and control bytes (as looksBinary counts them) in the whole input, for a warning.
qsizetype countControlBytes(QByteArrayView bytes);

// The input's bytes as the analyser reads them: a UTF-16 text with its byte order mark (what
// Windows' Notepad calls "Unicode") becomes UTF-8, a UTF-8 byte order mark is dropped, CRLF and
// lone CR become LF.
QByteArray normaliseInput(QByteArrayView bytes);

// Splits an mbox at its "From " separator lines (a blank line, "From ", and a header line next).
// One message when the input does not start with "From " or has no second separator. At most
// maxMessages.
QList<QByteArrayView> splitMbox(QByteArrayView bytes, int maxMessages);

// Reads an mbox (or a single message) from a device one message at a time, so that memory holds
// one message and one read chunk, whatever the size of the whole. Line ends are normalised as
// normaliseInput() does; a UTF-16 input is not streamed (read it whole).
class MboxReader final {
public:
    explicit MboxReader(QIODevice& device);

    // The next message (normalised, without the blank line before the next separator), or false at
    // the end. A message over maxMessageBytes is cut there and *cut set (its rest is skipped).
    bool next(QByteArray* message, qsizetype maxMessageBytes, bool* cut);

    // The first bytes of the input (at least kBinaryProbeBytes unless the input is shorter),
    // available before the first next().
    QByteArrayView head();
    qint64 bytesRead() const { return m_total; }
    // True once the input turned out to be an mbox (it starts with a "From " line).
    bool isMbox() const { return m_isMbox; }

private:
    bool fill(); // appends one chunk to m_buffer; false at end of input
    void dropBefore(qsizetype offset);
    void compact();

    QIODevice& m_device;
    QByteArray m_buffer; // normalised bytes; those before m_start were handed out
    qsizetype m_start = 0;
    qsizetype m_searchFrom = 0; // no separator starts before this
    std::optional<QStringDecoder> m_utf16;
    bool m_pendingCr = false;
    bool m_eof = false;
    bool m_started = false;
    bool m_first = true;
    bool m_isMbox = false;
    bool m_skipping = false; // the rest of a message that was cut
    qint64 m_total = 0;
};

} // namespace rebound::bounce
