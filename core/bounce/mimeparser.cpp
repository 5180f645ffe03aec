#include "core/bounce/mimeparser.h"

#include "core/bounce/transferencoding.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rebound::bounce {

namespace {

// Fields of a delivery report (RFC 3464) that a message's own header block never holds: they tell a
// report written as text from a returned header block, and a report from an explanation labelled so.
constexpr const char* kDeliveryStatusFields[] = {
    "final-recipient",   "original-recipient", "action",     "status",
    "diagnostic-code",   "reporting-mta",      "remote-mta", "arrival-date",
    "received-from-mta", "x-actual-recipient"};

struct Walker {
    ParsedMessage& message;
    int partCount = 0;
    QByteArrayList unknownCharsets; // named once each in a warning at the end

    void noteUnknown(const QByteArray& charset) {
        if (unknownCharsets.size() < 10 && !unknownCharsets.contains(charset))
            unknownCharsets.append(charset);
    }

    void noteUnknown(const HeaderBlock& headers) {
        for (const QByteArray& charset : headers.unknownCharsets)
            noteUnknown(charset);
    }

    void warnUnknownCharsets() {
        for (const QByteArray& charset : std::as_const(unknownCharsets))
            message.warnings.append(
                u"The character set \"%1\" is not known; its text was read as UTF-8 where valid, otherwise as windows-1252."_s
                    .arg(QString::fromLatin1(charset.left(40))));
    }

    void appendPart(PartRole role, const QString& contentType, int depth, const QString& body) {
        MimePart part;
        part.role = role;
        part.contentType = contentType;
        part.depth = depth;
        part.offset = message.text.size();
        part.length = body.size();
        message.text += body;
        if (!message.text.endsWith(u'\n'))
            message.text += u'\n';
        message.text += u'\n';
        message.parts.append(part);
    }

    QString decodeText(const HeaderBlock& headers, QByteArrayView body) {
        return decodeCharsetOf(headers, decodeTransferEncoding(headers, body));
    }

    // Bytes already freed of their transfer encoding, read in the part's charset.
    QString decodeCharsetOf(const HeaderBlock& headers, const QByteArray& bytes) {
        const QByteArray charset = headerParameter(headers.value("content-type"), u"charset").toLatin1();
        bool unknown = false;
        QString text = decodeCharset(bytes, charset, &unknown);
        if (unknown)
            noteUnknown(charset.trimmed().toLower());
        return text;
    }

    // The first line of the form "--token" (no spaces, fewer than 200 bytes, longer than minSize) in
    // the first probeSize bytes of body that accept(line, end of the line in body) takes; its token.
    template <typename Accept>
    static QByteArray firstDelimiterLine(QByteArrayView body, qsizetype probeSize, qsizetype minSize,
                                         Accept accept) {
        const QByteArrayView probe = body.first(qMin(body.size(), probeSize));
        qsizetype pos = 0;
        while (pos < probe.size()) {
            qsizetype eol = probe.indexOf('\n', pos);
            if (eol < 0)
                eol = probe.size();
            QByteArrayView line = probe.sliced(pos, eol - pos);
            if (line.endsWith('\r'))
                line.chop(1);
            if (line.startsWith("--") && line.size() > minSize && line.size() < 200 && !line.contains(' ')
                && accept(line, eol))
                return line.sliced(2).toByteArray();
            pos = eol + 1;
        }
        return {};
    }

    // "--something" on a line of its own, followed by a Content-Type line, near the start of the body
    // (further down it is more likely a returned message quoted inline).
    static QByteArray guessBoundary(QByteArrayView body) {
        return firstDelimiterLine(body, 512, 3, [body](QByteArrayView, qsizetype eol) {
            const QByteArrayView rest = body.sliced(qMin(eol + 1, body.size()));
            return rest.startsWith("Content-Type:") || rest.startsWith("Content-type:")
                   || rest.startsWith("content-type:");
        });
    }

    // A multipart whose header names no boundary or one the body lacks ("boundary=" cut off): the
    // body's own delimiter, a "--token" line near the start that recurs as a line further down.
    static QByteArray guessRecurringBoundary(QByteArrayView body) {
        return firstDelimiterLine(body, 2048, 8, [body](QByteArrayView line, qsizetype eol) {
            return !line.endsWith("--")
                   && body.sliced(eol).indexOf(QByteArray("\n" + line.toByteArray())) >= 0;
        });
    }

    QList<QByteArrayView> splitMultipart(QByteArrayView body, const QByteArray& boundary) {
        bool unclosed = false;
        QList<QByteArrayView> pieces = bounce::splitMultipart(body, boundary, &unclosed);
        if (unclosed)
            message.warnings.append(
                u"A MIME multipart has no closing boundary; the last part runs to the end."_s);
        return pieces;
    }

    bool hasBodyPart() const {
        return std::any_of(message.parts.cbegin(), message.parts.cend(),
                           [](const MimePart& p) { return p.role == PartRole::Body; });
    }

    // The header block of a message (three fields or more, one of them a Received or Message-ID line)
    // and not the fields of a delivery report written as text.
    static bool isReturnedHeaderBlock(QByteArrayView bytes) {
        if (!looksLikeHeaderBlock(bytes))
            return false;
        const HeaderBlock block = parseHeaderBlock(bytes, 50);
        if (block.fields.size() < 3 || !(block.has("received") || block.has("message-id")))
            return false;
        return std::none_of(std::begin(kDeliveryStatusFields), std::end(kDeliveryStatusFields),
                            [&](const char* field) { return block.has(field); });
    }

    // Whether a delivery-status part holds its fields: some MTAs (InterMail) label the human-readable
    // explanation message/delivery-status too, and its sentences are then the text to read.
    static bool holdsDeliveryStatusFields(QStringView text) {
        static const QRegularExpression field = [] {
            QStringList names;
            for (const char* name : kDeliveryStatusFields)
                names.append(QString::fromLatin1(name));
            return QRegularExpression(u"^[ \\t]*(?:"_s + names.join(u'|') + u")[ \\t]*:"_s,
                                      QRegularExpression::CaseInsensitiveOption
                                          | QRegularExpression::MultilineOption);
        }();
        return field.match(text.left(64 * 1024)).hasMatch();
    }

    void walkEntity(const HeaderBlock& headers, QByteArrayView body, int depth, bool insideOriginal) {
        if (++partCount > kMaxMimeParts) {
            if (partCount == kMaxMimeParts + 1)
                message.warnings.append(u"Too many MIME parts; the rest were skipped."_s);
            return;
        }
        QString type = mediaType(headers);
        QByteArray guessedBoundary;
        if (type.isEmpty()) {
            type = u"text/plain"_s;
            // A multipart body whose Content-Type header was lost: find its first delimiter line.
            if (depth == 0)
                guessedBoundary = guessBoundary(body);
            if (!guessedBoundary.isEmpty())
                type = u"multipart/mixed"_s;
        }

        if (type.startsWith(u"multipart/")) {
            const QByteArray boundary =
                guessedBoundary.isEmpty()
                    ? headerParameter(headers.value("content-type"), u"boundary").toUtf8()
                    : guessedBoundary;
            if (depth >= kMaxMimeDepth) {
                message.warnings.append(
                    u"MIME nesting deeper than %1 levels; inner parts skipped."_s.arg(kMaxMimeDepth));
                return;
            }
            QList<QByteArrayView> pieces =
                boundary.isEmpty() ? QList<QByteArrayView>() : splitMultipart(body, boundary);
            if (pieces.isEmpty()) {
                const QByteArray recurring = guessRecurringBoundary(body);
                if (!recurring.isEmpty() && recurring != boundary) {
                    pieces = splitMultipart(body, recurring);
                    if (!pieces.isEmpty())
                        message.warnings.append(u"The MIME boundary in the header is missing or wrong; the "
                                                u"body's own part delimiters were used."_s);
                }
            }
            if (pieces.isEmpty()) {
                message.warnings.append(
                    u"A MIME multipart boundary was not found; the body is read as plain text."_s);
                if (!insideOriginal)
                    appendPart(PartRole::Body, u"text/plain"_s, depth, decodeUnlabelled(body));
                return;
            }
            const bool alternative = type == u"multipart/alternative";
            bool hadPlain = false;
            for (const QByteArrayView piece : pieces) {
                const HeaderBlock partHeaders = parseHeaderBlock(piece, 200);
                noteUnknown(partHeaders);
                const QString partType = mediaType(partHeaders);
                if (alternative && hadPlain && partType == u"text/html")
                    continue; // the plain alternative says the same
                const QByteArrayView partBody = piece.sliced(qMin(partHeaders.bodyOffset, piece.size()));
                // An empty plain alternative says nothing: the HTML one is read (Exchange Online's
                // non-delivery reports can carry the whole report in HTML only).
                if ((partType.isEmpty() || partType == u"text/plain") && !partBody.trimmed().isEmpty())
                    hadPlain = true;
                walkEntity(partHeaders, partBody, depth + 1, insideOriginal);
            }
            return;
        }
        if (insideOriginal)
            return; // the returned message's own body says nothing about the bounce

        // A text part after the first that holds the returned message's header block is
        // text/rfc822-headers under another name (XWall's "message-header.txt"): its Received lines are
        // the sender's, never the failure's words.
        QByteArray decoded;
        if (type == u"text/plain" && hasBodyPart()) {
            decoded = decodeTransferEncoding(headers, body);
            if (isReturnedHeaderBlock(decoded))
                type = u"text/rfc822-headers"_s;
        }
        if (type == u"message/rfc822" || type == u"message/global" || type == u"text/rfc822-headers"
            || type == u"message/rfc822-headers" || type == u"message/global-headers") {
            if (decoded.isNull())
                decoded = decodeTransferEncoding(headers, body);
            const HeaderBlock inner = parseHeaderBlock(decoded, 500);
            noteUnknown(inner);
            const qsizetype headerEnd = qMin(inner.bodyOffset, decoded.size());
            if (!message.hasOriginal && !inner.fields.isEmpty()) {
                message.hasOriginal = true;
                message.originalHeaders = inner;
                message.originalBytes = decoded;
                message.originalHeadersOnly = !(type == u"message/rfc822" || type == u"message/global");
            }
            appendPart(PartRole::OriginalHeaders, type, depth, decodeUnlabelled(decoded.first(headerEnd)));
            if (type == u"message/rfc822" || type == u"message/global") {
                // A bounce of a bounce: the inner message may be a multipart of its own; look at its
                // structure (bounded by depth) but treat its text as part of the original.
                if (depth + 1 < kMaxMimeDepth)
                    walkEntity(inner, QByteArrayView(decoded).sliced(headerEnd), depth + 1, true);
                else
                    message.warnings.append(
                        u"Messages nested deeper than %1 levels; inner ones skipped."_s.arg(kMaxMimeDepth));
            }
            return;
        }
        if (type == u"message/delivery-status" || type == u"message/global-delivery-status") {
            const QString text = decodeText(headers, body);
            const bool fields = holdsDeliveryStatusFields(text);
            appendPart(fields ? PartRole::DeliveryStatus : PartRole::Body, fields ? type : u"text/plain"_s,
                       depth, text);
            return;
        }
        if (type == u"message/feedback-report") {
            appendPart(PartRole::FeedbackReport, type, depth, decodeText(headers, body));
            return;
        }
        if (type == u"text/html") {
            appendPart(PartRole::Body, type, depth, htmlToText(decodeText(headers, body)));
            return;
        }
        if (type.startsWith(u"text/") || type == u"message/disposition-notification") {
            appendPart(PartRole::Body, type, depth,
                       decoded.isNull() ? decodeText(headers, body) : decodeCharsetOf(headers, decoded));
            return;
        }
        // Images, application/*: nothing to read.
    }
};

} // namespace

QString mediaType(const HeaderBlock& headers) {
    QString value = headers.value("content-type");
    const qsizetype semicolon = value.indexOf(u';');
    if (semicolon >= 0)
        value.truncate(semicolon);
    return value.trimmed().toLower();
}

QByteArray decodeTransferEncoding(const HeaderBlock& headers, QByteArrayView body) {
    const QString cte = headers.value("content-transfer-encoding").trimmed().toLower();
    if (cte == u"base64")
        return decodeBase64Lenient(body);
    if (cte == u"quoted-printable")
        return decodeQuotedPrintable(body);
    return body.toByteArray();
}

QList<QByteArrayView> splitMultipart(QByteArrayView body, const QByteArray& boundary, bool* unclosed) {
    QList<QByteArrayView> pieces;
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = 0;
    qsizetype partStart = -1;
    while (pos < body.size()) {
        const qsizetype hit = body.indexOf(delimiter, pos);
        if (hit < 0)
            break;
        if (hit > 0 && body[hit - 1] != '\n') {
            pos = hit + delimiter.size();
            continue;
        }
        const qsizetype after = hit + delimiter.size();
        const bool closing = body.sliced(after).startsWith("--");
        if (partStart >= 0)
            pieces.append(body.sliced(partStart, qMax<qsizetype>(0, hit - 1 - partStart)));
        if (closing)
            return pieces;
        const qsizetype eol = body.indexOf('\n', after);
        if (eol < 0)
            return pieces;
        partStart = eol + 1;
        pos = partStart;
        if (pieces.size() >= kMaxMimeParts)
            return pieces;
    }
    if (partStart >= 0 && partStart < body.size()) {
        *unclosed = true;
        pieces.append(body.sliced(partStart));
    }
    return pieces;
}

ParsedMessage parseMessage(QByteArrayView bytes, qsizetype headerStart) {
    ParsedMessage message;
    // The text keeps what precedes the header block (offsets into it are offsets into the input).
    const qsizetype start = headerStart < 0 ? blankLinesBefore(bytes) : qMin(headerStart, bytes.size());
    message.headers = parseHeaderBlock(bytes.sliced(start));
    const qsizetype bodyOffset = qMin(start + message.headers.bodyOffset, bytes.size());
    const QString contentType = message.headers.value("content-type");
    message.contentType = mediaType(message.headers);
    message.reportType = headerParameter(contentType, u"report-type").toLower();
    message.text.reserve(bytes.size() + 64);
    message.text = decodeUnlabelled(bytes.first(bodyOffset));
    if (!message.text.endsWith(u'\n'))
        message.text += u'\n';
    Walker walker{message, 0, {}};
    walker.noteUnknown(message.headers);
    walker.walkEntity(message.headers, bytes.sliced(bodyOffset), 0, false);
    walker.warnUnknownCharsets();
    return message;
}

QString htmlToText(QStringView html) {
    QString out;
    out.reserve(html.size());
    qsizetype i = 0;
    const qsizetype n = html.size();
    bool preformatted = false; // inside <pre>, line breaks are the text's own
    while (i < n) {
        const QChar c = html[i];
        if (c == u'<') {
            const qsizetype close = html.indexOf(u'>', i + 1);
            if (close < 0)
                break;
            const QStringView tag = html.sliced(i + 1, qMin<qsizetype>(close - i - 1, 12));
            if (tag.startsWith(u"pre", Qt::CaseInsensitive))
                preformatted = true;
            else if (tag.startsWith(u"/pre", Qt::CaseInsensitive))
                preformatted = false;
            if (tag.startsWith(u"br", Qt::CaseInsensitive) || tag.startsWith(u"p", Qt::CaseInsensitive)
                || tag.startsWith(u"/p", Qt::CaseInsensitive) || tag.startsWith(u"tr", Qt::CaseInsensitive)
                || tag.startsWith(u"div", Qt::CaseInsensitive) || tag.startsWith(u"/div", Qt::CaseInsensitive)
                || tag.startsWith(u"li", Qt::CaseInsensitive)) {
                out += u'\n';
            } else if (tag.startsWith(u"td", Qt::CaseInsensitive)) {
                out += u' ';
            }
            // Skip style and script bodies entirely.
            if (tag.startsWith(u"style", Qt::CaseInsensitive)
                || tag.startsWith(u"script", Qt::CaseInsensitive)) {
                const bool isStyle = tag.startsWith(u"style", Qt::CaseInsensitive);
                const qsizetype end =
                    html.indexOf(isStyle ? u"</style" : u"</script", close, Qt::CaseInsensitive);
                if (end < 0)
                    break;
                i = end;
                continue;
            }
            i = close + 1;
            continue;
        }
        if (c == u'&') {
            static const struct {
                const char16_t* entity;
                char16_t value;
            } entities[] = {{u"&nbsp;", u' '}, {u"&amp;", u'&'},  {u"&lt;", u'<'},   {u"&gt;", u'>'},
                            {u"&quot;", u'"'}, {u"&#39;", u'\''}, {u"&apos;", u'\''}};
            bool matched = false;
            for (const auto& e : entities) {
                const QStringView entity(e.entity);
                if (html.sliced(i).startsWith(entity, Qt::CaseInsensitive)) {
                    out += QChar(e.value);
                    i += entity.size();
                    matched = true;
                    break;
                }
            }
            if (matched)
                continue;
        }
        // Elsewhere a line break in the source is white space, as a browser shows it: the lines are
        // the tags' (<br>, <p>, ...), so "host<br>\nRemote Server returned" stays one paragraph.
        out += !preformatted && (c == u'\n' || c == u'\r') ? QChar(u' ') : c;
        ++i;
    }
    return out;
}

} // namespace rebound::bounce
