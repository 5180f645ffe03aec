#include "core/smtp/smtpreplyparser.h"

#include "core/util/jsonutil.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace rebound::smtp {
namespace {

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

// RFC 3463 class.subject.detail at the start of a reply text, e.g. "5.7.1".
QString enhancedCodeOf(const QByteArray& text) {
    static const QRegularExpression pattern(u"^([245])\\.(\\d{1,3})\\.(\\d{1,3})(?:\\s|$)"_s);
    const auto match = pattern.match(QString::fromLatin1(text.left(16)));
    return match.hasMatch() ? match.captured(1) + u'.' + match.captured(2) + u'.' + match.captured(3)
                            : QString();
}

} // namespace

bool SmtpReplyParser::feed(const QByteArray& bytes) {
    if (m_error != Error::None)
        return false;
    m_buffer += bytes;
    for (;;) {
        const qsizetype newline = m_buffer.indexOf('\n');
        if (newline < 0)
            break;
        QByteArray line = m_buffer.left(newline);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.size() > m_limits.maxLineLength) {
            m_error = Error::LineTooLong;
            return false;
        }
        m_buffer.remove(0, newline + 1);
        if (!parseLine(line))
            return false;
    }
    // A line without its end yet: stop at once when it is already too long (a 1 MB line is refused
    // after maxLineLength bytes, not after 1 MB).
    if (m_buffer.size() > m_limits.maxLineLength + 1) {
        m_error = Error::LineTooLong;
        return false;
    }
    return true;
}

bool SmtpReplyParser::parseLine(const QByteArray& line) {
    const bool shapeOk = line.size() >= 3 && isDigit(line[0]) && isDigit(line[1]) && isDigit(line[2])
                         && (line.size() == 3 || line[3] == '-' || line[3] == ' ');
    const int code = shapeOk ? line.left(3).toInt() : 0;
    if (!shapeOk || code < 200 || code > 599 || (!m_partial.lines.isEmpty() && m_partial.code != code)) {
        m_error = Error::Malformed;
        m_badLine = line.left(200);
        return false;
    }
    if (m_partial.lines.size() >= m_limits.maxLines) {
        m_error = Error::TooManyLines;
        return false;
    }
    m_partial.code = code;
    m_partial.lines << (line.size() > 4 ? line.mid(4) : QByteArray());
    const bool last = line.size() == 3 || line[3] == ' ';
    if (last) {
        m_partial.enhancedCode = enhancedCodeOf(m_partial.lines.first());
        m_ready << m_partial;
        m_partial = {};
    }
    return true;
}

std::optional<SmtpReply> SmtpReplyParser::takeReply() {
    if (m_ready.isEmpty())
        return std::nullopt;
    return m_ready.takeFirst();
}

QByteArray SmtpReplyParser::takeUnconsumed() {
    QByteArray out;
    for (const SmtpReply& reply : std::as_const(m_ready)) {
        for (const QByteArray& line : reply.wireLines())
            out += line + "\r\n";
    }
    const QByteArray number = QByteArray::number(m_partial.code);
    for (const QByteArray& line : std::as_const(m_partial.lines))
        out += number + '-' + line + "\r\n";
    out += m_buffer;
    m_ready.clear();
    m_partial = {};
    m_buffer.clear();
    return out;
}

QString SmtpReplyParser::errorText() const {
    switch (m_error) {
    case Error::None:
        return {};
    case Error::LineTooLong:
        return QStringLiteral("a reply line longer than %1 bytes").arg(m_limits.maxLineLength);
    case Error::TooManyLines:
        return QStringLiteral("a reply of more than %1 lines").arg(m_limits.maxLines);
    case Error::Malformed:
        return u"a line that is not an SMTP reply: "_s + util::escapeUntrusted(m_badLine, 200);
    }
    return {};
}

} // namespace rebound::smtp
