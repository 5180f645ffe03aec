#include "core/reports/reportinput.h"

#include "core/bounce/headerfields.h"
#include "core/reports/archivebytes.h"
#include "core/reports/mailreports.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rebound::reports {
namespace {

constexpr qsizetype kSniffBytes = 4096;

quint16 littleEndian16(QByteArrayView bytes, qsizetype at) {
    return quint16(uchar(bytes[at]) | (uchar(bytes[at + 1]) << 8));
}

// The original file name a gzip header carries (FNAME, RFC 1952 2.3.1), empty when none.
QByteArray gzipName(QByteArrayView bytes) {
    if (bytes.size() < 10 || !(uchar(bytes[3]) & 0x08))
        return {};
    qsizetype at = 10;
    if (uchar(bytes[3]) & 0x04) { // FEXTRA
        if (bytes.size() < 12)
            return {};
        at += 2 + littleEndian16(bytes, 10);
    }
    if (at >= bytes.size())
        return {};
    const QByteArrayView rest = bytes.sliced(at).first(qMin<qsizetype>(bytes.size() - at, 1024));
    const qsizetype end = rest.indexOf('\0');
    return (end < 0 ? rest : rest.first(end)).toByteArray();
}

// The name of a zip archive's first member (its local file header).
QByteArray zipFirstName(QByteArrayView bytes) {
    if (bytes.size() < 30)
        return {};
    const qsizetype length = littleEndian16(bytes, 26);
    return bytes.size() < 30 + length ? QByteArray() : bytes.sliced(30, length).toByteArray();
}

ReportInput byName(QByteArrayView name) {
    const QByteArray lower = name.toByteArray().toLower();
    return lower.contains(".json") || lower.contains("tlsrpt") ? ReportInput::Tls : ReportInput::Dmarc;
}

// A message carrying reports: report-like attachments, and something that says they are reports (the
// "Report Domain:" subject of RFC 7489 7.2.1.1 and RFC 8460 5.3, a TLS-RPT media type, or a file name
// in the receiver!domain!begin!end form), so that an ordinary message with a zip is not one.
ReportInput mailInput(QByteArrayView bytes) {
    const bounce::HeaderBlock headers = bounce::parseHeaderBlock(bytes, 200);
    QString whyNone;
    const QList<MailAttachment> attachments = reportAttachments(bytes, &whyNone);
    if (attachments.isEmpty())
        return ReportInput::None;
    const bool reportSubject = headers.value("subject").contains(u"report domain:"_s, Qt::CaseInsensitive);
    const bool reportNames =
        std::any_of(attachments.cbegin(), attachments.cend(), [](const MailAttachment& a) {
            return a.name.contains(u'!') || a.name.contains(u"tlsrpt"_s, Qt::CaseInsensitive);
        });
    if (!reportSubject && !reportNames)
        return ReportInput::None;
    const bool tls = std::any_of(attachments.cbegin(), attachments.cend(), [](const MailAttachment& a) {
        return byName(a.name.toUtf8()) == ReportInput::Tls;
    });
    return tls ? ReportInput::Tls : ReportInput::Dmarc;
}

} // namespace

ReportInput sniffReportInput(QByteArrayView head) {
    if (isGzip(head))
        return byName(gzipName(head));
    if (isZip(head))
        return byName(zipFirstName(head));
    qsizetype i = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < head.size() && i < kSniffBytes && QChar::isSpace(static_cast<uchar>(head[i])))
        ++i;
    if (i >= head.size())
        return ReportInput::None;
    const QByteArrayView start = head.sliced(i).first(qMin<qsizetype>(head.size() - i, kSniffBytes));
    if (start.startsWith('<'))
        return start.contains("<feedback") ? ReportInput::Dmarc : ReportInput::None;
    if (start.startsWith('{'))
        return start.contains("\"policies\"")
                       && (start.contains("\"organization-name\"") || start.contains("\"report-id\""))
                   ? ReportInput::Tls
                   : ReportInput::None;
    if (bounce::looksLikeHeaderBlock(head))
        return mailInput(head);
    return ReportInput::None;
}

QByteArray reportInputBytes(const QString& text) {
    const bool archive = text.startsWith(u"\x1f\x8b"_s) || text.startsWith(u"PK\x03\x04"_s);
    if (archive && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() <= 0xFF; }))
        return text.toLatin1();
    return text.toUtf8();
}

} // namespace rebound::reports
