#pragma once

#include "core/smtp/smtpreply.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace rebound::smtp {

// Reads SMTP replies from a byte stream, as it arrives. Every input is hostile: a line longer than
// maxLineLength, a reply of more than maxLines lines, or a line that is not "NNN-text" / "NNN text" /
// "NNN" (with the same code on every line of a reply) puts the parser in an error state that it never
// leaves. Lines end with CR LF; a bare LF is accepted (many servers and proxies send it).
class SmtpReplyParser final {
public:
    enum class Error { None, LineTooLong, TooManyLines, Malformed };

    struct Limits {
        int maxLineLength = 2048; // RFC 5321 4.5.3.1.5 says 512 octets; real servers exceed it a little
        int maxLines = 100;       // per reply; EHLO answers have about 10-20
    };

    SmtpReplyParser() = default;
    explicit SmtpReplyParser(Limits limits)
        : m_limits(limits) {}

    // Adds received bytes. Returns false once the parser is in error.
    bool feed(const QByteArray& bytes);
    // The next complete reply, if one has arrived.
    std::optional<SmtpReply> takeReply();

    Error error() const { return m_error; }
    QString errorText() const;
    // Bytes received but not yet part of a complete line (or of a reply taken).
    QByteArray pendingBytes() const { return m_buffer; }
    // True when a reply has started (at least one continuation line) but has not ended.
    bool inReply() const { return !m_partial.lines.isEmpty(); }
    // Everything received and not yet taken (complete replies, a partial one, loose bytes) as it was on
    // the wire, and forgets it: after a STARTTLS 220 the plaintext stream must end (RFC 3207 section 4).
    QByteArray takeUnconsumed();

private:
    bool parseLine(const QByteArray& line);

    Limits m_limits;
    QByteArray m_buffer;
    SmtpReply m_partial;
    QList<SmtpReply> m_ready;
    Error m_error = Error::None;
    QByteArray m_badLine;
};

} // namespace rebound::smtp
