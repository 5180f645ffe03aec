#pragma once

#include "core/bounce/headerfields.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace rebound::bounce {

enum class PartRole {
    Body,            // text the reporting MTA wrote (text/plain, text/html, or a non-MIME body)
    DeliveryStatus,  // message/delivery-status (RFC 3464)
    FeedbackReport,  // message/feedback-report (RFC 5965)
    OriginalHeaders, // the returned message's header block
};

// A decoded part: a range of ParsedMessage::text.
struct MimePart {
    PartRole role = PartRole::Body;
    QString contentType; // lower case "text/plain"
    int depth = 0;
    qsizetype offset = 0;
    qsizetype length = 0;
};

// A message split into decoded parts laid end to end in one text, so that every later step can point
// into that text.
struct ParsedMessage {
    HeaderBlock headers; // the top-level (bounce's own) header fields
    QString contentType; // lower case, of the top level
    QString reportType;  // report-type parameter, lower case
    QString text;        // header block, then every decoded part, LF line ends
    QList<MimePart> parts;
    HeaderBlock originalHeaders; // of the returned message, when one is attached
    bool hasOriginal = false;
    // The returned message as the bounce carries it (message/rfc822 or text/rfc822-headers part,
    // transfer encoding undone, LF line ends), for the message analysis; headers only when the part is
    // a header block.
    QByteArray originalBytes;
    bool originalHeadersOnly = false;
    QStringList warnings;
};

// Limits: parts and nesting are bounded so hostile MIME cannot blow up time or memory.
inline constexpr int kMaxMimeParts = 500;
inline constexpr int kMaxMimeDepth = 12;

// Parses one RFC 5322 message whose line ends are already LF. Never fails: a body that is not MIME is
// one Body part. The header block starts at headerStart (by default after any blank lines); what comes
// before it (a forwarding client's "Forwarded message" line) stays in the text, unread as headers.
ParsedMessage parseMessage(QByteArrayView bytes, qsizetype headerStart = -1);

// The media type of a part ("application/zip"), lower case, without parameters; empty when absent.
QString mediaType(const HeaderBlock& headers);

// A part's body with its Content-Transfer-Encoding (base64, quoted-printable) undone.
QByteArray decodeTransferEncoding(const HeaderBlock& headers, QByteArrayView body);

// Splits a multipart body (LF line ends) at its delimiter lines; the parts' byte ranges, at most
// kMaxMimeParts. *unclosed is set when the closing delimiter is missing (the last part runs to the end).
QList<QByteArrayView> splitMultipart(QByteArrayView body, const QByteArray& boundary, bool* unclosed);

// Crude but bounded HTML to text: tags dropped, <br>/<p>/<tr> as line breaks, common entities decoded.
QString htmlToText(QStringView html);

} // namespace rebound::bounce
