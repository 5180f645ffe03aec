#include "core/diagnosis/inputdetector.h"

#include "core/bounce/bounceanalyzer.h"
#include "core/bounce/bounceknowledge.h"
#include "core/bounce/headerfields.h"
#include "core/bounce/inputbytes.h"
#include "core/dns/dnsname.h"
#include "core/dns/ipaddress.h"
#include "core/reports/reportinput.h"
#include "core/util/nametable.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rebound::diagnosis {

// The translation context of the detector's explanations.
class InputDetector {
    Q_DECLARE_TR_FUNCTIONS(rebound::diagnosis::InputDetector)
};

namespace {

// Only the start of a paste decides its shape; a 50 MB paste is still classified at once.
constexpr qsizetype ShapeWindow = 64 * 1024;

constexpr util::EnumName<InputKind> InputKindNames[]{{InputKind::Empty, u"empty"},
                                                     {InputKind::Bounce, u"bounce"},
                                                     {InputKind::IpAddress, u"ip"},
                                                     {InputKind::CidrRange, u"cidr"},
                                                     {InputKind::IpList, u"ip_list"},
                                                     {InputKind::Domain, u"domain"},
                                                     {InputKind::EmailAddress, u"address"},
                                                     {InputKind::Message, u"message"},
                                                     {InputKind::DmarcReport, u"dmarc_report"},
                                                     {InputKind::TlsReport, u"tlsrpt_report"},
                                                     {InputKind::Unknown, u"unknown"}};

bool looksLikeEmailAddress(const QString& text) {
    static const QRegularExpression address(u"^<?([^\\s@<>]{1,64})@([^\\s@<>]{1,253})>?$"_s);
    const auto match = address.match(text);
    return match.hasMatch() && dns::isHostName(match.captured(2)) && match.captured(2).contains(u'.');
}

bool allLinesAreIps(const QStringList& lines, int* count) {
    *count = 0;
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (!dns::parseIpAddress(line))
            return false;
        ++*count;
    }
    return *count > 0;
}

// Lines that are neither empty nor comments, without parsing them: cheap even for a large paste.
int countListLines(const QString& text) {
    int count = 0;
    for (const QStringView line : QStringView(text).tokenize(u'\n')) {
        const QStringView trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith(u'#'))
            ++count;
    }
    return count;
}

// A delivered message or its header block: one message (not an mbox) that starts with header fields
// naming a message (From, Received, DKIM-Signature, Message-ID) and in which the bounce analyser finds
// no bounce, report, auto-reply or failed recipient. Only the shape window is read.
bool isDeliveredMessage(const QString& head) {
    const QByteArray bytes = bounce::normaliseInput(head.toUtf8());
    const QList<QByteArrayView> messages = bounce::splitMbox(bytes, 2);
    if (messages.size() != 1)
        return false;
    QByteArrayView message = messages.first();
    if (message.startsWith("From ")) {
        const qsizetype end = message.indexOf('\n');
        message = end < 0 ? QByteArrayView() : message.sliced(end + 1);
    }
    if (!bounce::looksLikeHeaderBlock(message))
        return false;
    const bounce::HeaderBlock headers = bounce::parseHeaderBlock(message, 200);
    const bool namesMessage = headers.has("from") || headers.has("received") || headers.has("dkim-signature")
                              || headers.has("message-id");
    if (headers.fields.size() < 2 || !namesMessage)
        return false;
    // A report's header block (a DSN, an ARF complaint) without its parts is still a report.
    if (headers.value("content-type").trimmed().startsWith(u"multipart/report"_s, Qt::CaseInsensitive))
        return false;
    const bounce::BounceAnalysis analysis = bounce::analyzeMessage(message);
    if (!analysis.error.isEmpty())
        return false;
    if (analysis.kind == bounce::InputKind::Unrecognised)
        return true;
    // From a bounce-like sender ("noreply@", common for newsletters) the analyser reads any text as a
    // plain bounce; under a subject that is no bounce's, with no status, reply code or reason found, it
    // is a message after all.
    const QString subject = headers.value("subject");
    const QStringList& bounceSubjects = bounce::BounceKnowledge::instance().bounceSubjects;
    const bool bounceSubject =
        std::any_of(bounceSubjects.cbegin(), bounceSubjects.cend(),
                    [&](const QString& s) { return subject.contains(s, Qt::CaseInsensitive); });
    return !bounceSubject && analysis.kind == bounce::InputKind::PlainNdr
           && std::all_of(analysis.recipients.cbegin(), analysis.recipients.cend(),
                          [](const bounce::BounceRecipient& r) {
                              return r.status.isEmpty() && r.replyCode == 0
                                     && (r.reason == u"undefined" || r.reason == u"onhold");
                          });
}

} // namespace

QString inputKindName(InputKind kind) {
    return util::enumName<InputKind>(InputKindNames, kind);
}

InputKind inputKindFromName(const QString& name) {
    return util::enumFromName<InputKind>(InputKindNames, name).value_or(InputKind::Unknown);
}

DetectedInput detectInput(const QString& text) {
    // The shape is read from a window at the start, cut at its last full line so that a long list's
    // last line is not judged by half an address.
    QString head = text.left(ShapeWindow);
    if (text.size() > ShapeWindow) {
        const qsizetype lastLineEnd = head.lastIndexOf(u'\n');
        if (lastLineEnd > 0)
            head.truncate(lastLineEnd);
    }
    head = head.trimmed();
    if (head.isEmpty())
        return {InputKind::Empty, {}, InputDetector::tr("Nothing to check yet")};

    const bool singleLine = !head.contains(u'\n');
    if (singleLine && head.size() <= 300) {
        if (const auto ip = dns::parseIpAddress(head))
            return {InputKind::IpAddress, ip->toString(),
                    ip->protocol() == QAbstractSocket::IPv4Protocol ? InputDetector::tr("An IPv4 address")
                                                                    : InputDetector::tr("An IPv6 address")};
        if (head.contains(u'/')) {
            if (const auto range = dns::parseCidr(head))
                return {InputKind::CidrRange, range->toString(),
                        InputDetector::tr("An address range (CIDR)")};
        }
        if (looksLikeEmailAddress(head)) {
            QString address = head;
            address.remove(u'<').remove(u'>');
            return {InputKind::EmailAddress, address, InputDetector::tr("An email address")};
        }
        QString domain = head;
        if (domain.endsWith(u'.'))
            domain.chop(1);
        if (dns::isHostName(domain) && domain.contains(u'.'))
            return {InputKind::Domain, domain.toLower(), InputDetector::tr("A domain name")};
        const auto ace = dns::normalizeDomainName(domain);
        if (ace && dns::isHostName(*ace) && ace->contains(u'.') && !head.contains(u' '))
            return {InputKind::Domain, ace->toLower(), InputDetector::tr("An internationalised domain name")};
    }
    int ipCount = 0;
    if (!singleLine && allLinesAreIps(head.split(u'\n'), &ipCount)) {
        if (text.size() > ShapeWindow)
            ipCount = countListLines(text); // the whole list, as the check will read it
        return {InputKind::IpList, {}, InputDetector::tr("A list of %n IP address(es)", nullptr, ipCount)};
    }

    if (!singleLine || head.startsWith(u"\x1f\x8b"_s) || head.startsWith(u"PK\x03\x04"_s)) {
        switch (reports::sniffReportInput(reports::reportInputBytes(head))) {
        case reports::ReportInput::Dmarc:
            return {InputKind::DmarcReport, {}, InputDetector::tr("A DMARC aggregate report")};
        case reports::ReportInput::Tls:
            return {InputKind::TlsReport, {}, InputDetector::tr("An SMTP TLS report (TLS-RPT)")};
        case reports::ReportInput::None:
            break;
        }
    }

    if (!singleLine && isDeliveredMessage(head))
        return {InputKind::Message, {}, InputDetector::tr("A delivered message or its header block")};

    // Anything else with a reply code, an enhanced status, a header block or a log shape is a bounce
    // for the analyser to read; it says itself when it finds nothing.
    return {InputKind::Bounce, {}, InputDetector::tr("Bounce or SMTP reply text")};
}

} // namespace rebound::diagnosis
