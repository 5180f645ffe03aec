#include "core/reports/mailreports.h"

#include "core/bounce/headerfields.h"
#include "core/bounce/inputbytes.h"
#include "core/bounce/mimeparser.h"

using namespace Qt::StringLiterals;

namespace rebound::reports {
namespace {

constexpr int kMaxParts = 200;

bool isReportPart(const QString& type, const QString& fileName) {
    static const QStringList types{
        u"application/zip"_s,  u"application/x-zip-compressed"_s, u"application/x-zip"_s,
        u"application/gzip"_s, u"application/x-gzip"_s,           u"application/xml"_s,
        u"text/xml"_s,         u"application/tlsrpt+json"_s,      u"application/tlsrpt+gzip"_s,
        u"application/json"_s, u"application/octet-stream"_s};
    const QString lower = fileName.toLower();
    return types.contains(type) || lower.endsWith(u".xml") || lower.endsWith(u".gz")
           || lower.endsWith(u".zip") || lower.endsWith(u".json");
}

struct Walker {
    QList<MailAttachment> found;
    bool failureReport = false;
    int parts = 0;

    void walk(const bounce::HeaderBlock& headers, QByteArrayView body, int depth) {
        if (++parts > kMaxParts || depth > bounce::kMaxMimeDepth)
            return;
        const QString type = bounce::mediaType(headers);
        const QString contentType = headers.value("content-type");
        if (type == u"message/feedback-report"
            || (type == u"multipart/report"
                && bounce::headerParameter(contentType, u"report-type").toLower() == u"feedback-report"))
            failureReport = true;
        if (type.startsWith(u"multipart/")) {
            const QByteArray boundary = bounce::headerParameter(contentType, u"boundary").toUtf8();
            if (boundary.isEmpty())
                return;
            bool unclosed = false;
            for (const QByteArrayView piece : bounce::splitMultipart(body, boundary, &unclosed)) {
                const bounce::HeaderBlock inner = bounce::parseHeaderBlock(piece, 200);
                walk(inner, piece.sliced(qMin(inner.bodyOffset, piece.size())), depth + 1);
            }
            return;
        }
        if (type == u"message/rfc822") {
            const QByteArray decoded = bounce::decodeTransferEncoding(headers, body);
            const bounce::HeaderBlock inner = bounce::parseHeaderBlock(decoded, 500);
            walk(inner, QByteArrayView(decoded).sliced(qMin(inner.bodyOffset, decoded.size())), depth + 1);
            return;
        }
        QString fileName = bounce::headerParameter(headers.value("content-disposition"), u"filename");
        if (fileName.isEmpty())
            fileName = bounce::headerParameter(contentType, u"name");
        if (!isReportPart(type, fileName))
            return;
        found.append(
            {fileName.isEmpty() ? type : fileName.left(300), bounce::decodeTransferEncoding(headers, body)});
    }
};

} // namespace

QList<MailAttachment> reportAttachments(QByteArrayView message, QString* whyNone) {
    const QByteArray normalised = bounce::normaliseInput(message);
    const bounce::HeaderBlock headers = bounce::parseHeaderBlock(normalised);
    Walker walker;
    walker.walk(headers, QByteArrayView(normalised).sliced(qMin(headers.bodyOffset, normalised.size())), 0);
    if (walker.failureReport)
        *whyNone = u"a DMARC failure (forensic) report: Rebound reads aggregate and TLS reports, not "
                   "failure reports"_s;
    else if (walker.found.isEmpty())
        *whyNone = u"the message carries no report attachment (zip, gzip, XML or JSON)"_s;
    if (walker.failureReport)
        return {};
    return walker.found;
}

} // namespace rebound::reports
