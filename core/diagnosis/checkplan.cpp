#include "core/diagnosis/checkplan.h"

#include "core/dns/ipaddress.h"
#include "core/message/dkimsignature.h"
#include "core/message/rawmessage.h"
#include "core/message/route.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace rebound::diagnosis {
namespace {

constexpr int MaxSenderIps = 3;

QString domainOfAddress(const QString& text) {
    static const QRegularExpression address(
        u"[^\\s<>\"@]+@([A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?)"_s);
    const auto match = address.match(text);
    return match.hasMatch() ? match.captured(1).toLower() : QString();
}

CheckRequest blocklists(const QString& ip) {
    return {u"blocklists"_s, QObject::tr("Blocklists and reverse DNS for %1").arg(ip), {{u"ip"_s, ip}}};
}

CheckRequest domainCheck(const QString& domain, const QString& ip, const QStringList& selectors) {
    QVariantMap params{{u"domain"_s, domain}};
    if (!ip.isEmpty())
        params.insert(u"ip"_s, ip);
    if (!selectors.isEmpty())
        params.insert(u"selectors"_s, selectors);
    return {u"domain"_s, QObject::tr("SPF, DKIM, DMARC and MX for %1").arg(domain), params};
}

CheckRequest smtpCheck(const QString& domain) {
    return {u"smtp"_s,
            QObject::tr("SMTP banner and STARTTLS of %1's mail servers").arg(domain),
            {{u"domain"_s, domain}}};
}

CheckRequest messageCheck(const QByteArray& bytes, bool returned, bool headersOnly) {
    return {u"message"_s,
            returned ? QObject::tr("Route, DKIM, ARC and DMARC of the returned message")
                     : QObject::tr("Route, DKIM, ARC and DMARC of the message"),
            {{u"bytes"_s, bytes}, {u"returned"_s, returned}, {u"headers_only"_s, headersOnly}}};
}

// A delivered message: its analysis, the address of its first external hop and its From domain, read
// offline here (the header block only) so that the live checks start with the analysis.
void planMessage(const QString& input, const RunOptions& options, QList<CheckRequest>* plan) {
    const QByteArray bytes = input.toUtf8();
    *plan << messageCheck(bytes, false, false);
    // Only the header block is read here, on the caller's thread; the analysis reads the rest.
    qsizetype headerEnd = bytes.indexOf("\n\n");
    if (const qsizetype crlf = bytes.indexOf("\r\n\r\n"); crlf >= 0 && (headerEnd < 0 || crlf < headerEnd))
        headerEnd = crlf;
    const message::RawMessage raw =
        message::parseRawMessage(QByteArrayView(bytes).first(headerEnd < 0 ? bytes.size() : headerEnd));
    const message::Route route = message::parseRoute(raw);
    QString ip;
    if (route.firstExternal >= 0) {
        if (const auto address = dns::parseIpAddress(route.hops.at(route.firstExternal).ip))
            ip = address->toString();
    }
    if (!ip.isEmpty())
        *plan << blocklists(ip);
    const QStringList froms = raw.values("from");
    const QString fromDomain = froms.size() == 1 ? domainOfAddress(froms.first()) : QString();
    if (fromDomain.isEmpty())
        return;
    QStringList selectors = options.dkimSelectors;
    for (int index : raw.indexesOf("dkim-signature")) {
        const message::DkimSignature sig = message::parseDkimSignature(raw.fields.at(index).rawValue(), 0);
        if (sig.domain.compare(fromDomain, Qt::CaseInsensitive) == 0 && !sig.selector.isEmpty()
            && !selectors.contains(sig.selector) && selectors.size() < 8)
            selectors.prepend(sig.selector);
    }
    CheckRequest domain = domainCheck(fromDomain, ip, selectors);
    const QString returnPath = raw.value("return-path").remove(u'<').remove(u'>').trimmed();
    if (returnPath.contains(u'@'))
        domain.params.insert(u"sender"_s, returnPath);
    *plan << domain;
}

} // namespace

QList<CheckRequest> planChecks(const DetectedInput& detected, const QString& input, const QJsonObject& bounce,
                               const RunOptions& options, const QByteArray& returned, bool headersOnly) {
    QList<CheckRequest> plan;
    switch (detected.kind) {
    case InputKind::IpAddress:
        plan << blocklists(detected.value);
        break;
    case InputKind::CidrRange:
        plan << CheckRequest{
            u"blocklist_range"_s,
            QObject::tr("Blocklists and reverse DNS for each address of %1").arg(detected.value),
            {{u"range"_s, detected.value}}};
        break;
    case InputKind::IpList:
        plan << CheckRequest{u"blocklist_range"_s,
                             QObject::tr("Blocklists and reverse DNS for each address"),
                             {{u"ips"_s, input.split(u'\n', Qt::SkipEmptyParts)}}};
        break;
    case InputKind::Domain:
        plan << domainCheck(detected.value, {}, options.dkimSelectors);
        if (options.smtpProbe)
            plan << smtpCheck(detected.value);
        break;
    case InputKind::EmailAddress: {
        const QString domain = detected.value.section(u'@', -1).toLower();
        plan << domainCheck(domain, {}, options.dkimSelectors);
        if (options.smtpProbe)
            plan << smtpCheck(domain);
        break;
    }
    case InputKind::Bounce: {
        QStringList ips;
        QString recipientDomain;
        for (const QJsonValue& r : bounce.value(u"recipients").toArray()) {
            const QString ip = r[u"sender_ip"].toString();
            const auto address = dns::parseIpAddress(ip);
            if (address && !ips.contains(address->toString()) && ips.size() < MaxSenderIps)
                ips << address->toString();
            if (recipientDomain.isEmpty())
                recipientDomain = domainOfAddress(r[u"recipient"].toString());
        }
        for (const QString& ip : std::as_const(ips))
            plan << blocklists(ip);
        const QJsonObject original = bounce.value(u"original").toObject();
        // The sender's domain: the returned message's From:, else whom the bounce was returned to (the
        // sender, or the return path that SPF is evaluated for).
        QString fromDomain = domainOfAddress(original.value(u"from").toString());
        if (fromDomain.isEmpty())
            fromDomain = domainOfAddress(bounce.value(u"bounce_to").toString());
        QStringList selectors = options.dkimSelectors;
        const QString selector = original.value(u"dkim_selector").toString();
        if (!selector.isEmpty()
            && original.value(u"dkim_domain").toString().compare(fromDomain, Qt::CaseInsensitive) == 0)
            selectors.prepend(selector);
        if (!fromDomain.isEmpty())
            plan << domainCheck(fromDomain, ips.value(0), selectors);
        if (options.smtpProbe && !recipientDomain.isEmpty())
            plan << smtpCheck(recipientDomain);
        if (!returned.isEmpty())
            plan << messageCheck(returned, true, headersOnly);
        break;
    }
    case InputKind::Message:
        planMessage(input, options, &plan);
        break;
    case InputKind::Empty:
    case InputKind::Unknown:
        break;
    }
    return plan;
}

} // namespace rebound::diagnosis
