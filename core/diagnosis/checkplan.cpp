#include "core/diagnosis/checkplan.h"

#include "core/dns/ipaddress.h"
#include "core/message/dkimsignature.h"
#include "core/message/rawmessage.h"
#include "core/message/route.h"
#include "core/reports/reportinput.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace rebound::diagnosis {

// The translation context of the checks' titles.
class CheckPlan {
    Q_DECLARE_TR_FUNCTIONS(rebound::diagnosis::CheckPlan)
};

namespace {

constexpr int MaxSenderIps = 3;

// The domain of the first address in text, when it is a name in the public DNS: a single-label domain
// ("root@localhost", a local delivery that a bounce may name) or an address literal is checked for nothing.
QString domainOfAddress(const QString& text) {
    static const QRegularExpression address(
        u"[^\\s<>\"@]+@([A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?)"_s);
    const auto match = address.match(text);
    const QString domain = match.hasMatch() ? match.captured(1).toLower() : QString();
    return domain.contains(u'.') ? domain : QString();
}

// A request with its id and title; the caller fills in what the check reads.
CheckRequest newRequest(const QString& id, const QString& title) {
    CheckRequest request;
    request.id = id;
    request.title = title;
    return request;
}

CheckRequest blocklists(const QString& ip) {
    CheckRequest request =
        newRequest(u"blocklists"_s, CheckPlan::tr("Blocklists and reverse DNS for %1").arg(ip));
    request.ip = ip;
    return request;
}

CheckRequest domainCheck(const QString& domain, const QString& ip, const QStringList& selectors) {
    CheckRequest request =
        newRequest(u"domain"_s, CheckPlan::tr("SPF, DKIM, DMARC and MX for %1").arg(domain));
    request.domain = domain;
    request.ip = ip;
    request.selectors = selectors;
    return request;
}

CheckRequest smtpCheck(const QString& domain) {
    CheckRequest request =
        newRequest(u"smtp"_s, CheckPlan::tr("SMTP banner and STARTTLS of %1's mail servers").arg(domain));
    request.domain = domain;
    return request;
}

CheckRequest mtaStsCheck(const QString& domain) {
    CheckRequest request = newRequest(u"mta_sts"_s, CheckPlan::tr("MTA-STS policy of %1").arg(domain));
    request.domain = domain;
    return request;
}

CheckRequest mailboxCheck(const QString& address) {
    CheckRequest request = newRequest(
        u"mailbox"_s, CheckPlan::tr("Mailbox probe of %1 (RCPT TO, no message sent)").arg(address));
    request.address = address;
    request.domain = address.section(u'@', -1).toLower();
    return request;
}

CheckRequest sndsCheck(const QString& ip) {
    CheckRequest request = newRequest(u"snds"_s, CheckPlan::tr("Microsoft SNDS data for %1").arg(ip));
    request.ip = ip;
    return request;
}

CheckRequest postmasterCheck(const QString& domain) {
    CheckRequest request =
        newRequest(u"postmaster"_s, CheckPlan::tr("Google Postmaster Tools data for %1").arg(domain));
    request.domain = domain;
    return request;
}

bool mayProbeMailboxes(const RunOptions& options) {
    return options.mailboxProbe && options.probeSender.contains(u'@');
}

CheckRequest rangeCheck(const QString& title, const QString& range, const QStringList& ips) {
    CheckRequest request = newRequest(u"blocklist_range"_s, title);
    request.range = range;
    request.ips = ips;
    return request;
}

CheckRequest messageCheck(const QByteArray& bytes, bool returned, bool headersOnly) {
    CheckRequest request = newRequest(
        u"message"_s, returned ? CheckPlan::tr("Route, DKIM, ARC and DMARC of the returned message")
                               : CheckPlan::tr("Route, DKIM, ARC and DMARC of the message"));
    request.message = bytes;
    request.returnedCopy = returned;
    request.headersOnly = headersOnly;
    return request;
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
    QStringList signatureSelectors;
    for (int index : raw.indexesOf("dkim-signature")) {
        const message::DkimSignature sig = message::parseDkimSignature(raw.fields.at(index).rawValue(), 0);
        if (sig.domain.compare(fromDomain, Qt::CaseInsensitive) == 0 && !sig.selector.isEmpty()
            && !signatureSelectors.contains(sig.selector) && signatureSelectors.size() < 8)
            signatureSelectors << sig.selector;
    }
    CheckRequest domain = domainCheck(fromDomain, ip, options.dkimSelectors);
    domain.signatureSelectors = signatureSelectors;
    const QString returnPath = raw.value("return-path").remove(u'<').remove(u'>').trimmed();
    if (returnPath.contains(u'@'))
        domain.sender = returnPath;
    *plan << domain;
}

} // namespace

QList<CheckRequest> planChecks(const DetectedInput& detected, const QString& input, const QJsonObject& bounce,
                               const RunOptions& options, const QByteArray& returned, bool headersOnly) {
    QList<CheckRequest> plan;
    switch (detected.kind) {
    case InputKind::IpAddress:
        plan << blocklists(detected.value);
        if (!options.snds.key.isEmpty())
            plan << sndsCheck(detected.value);
        break;
    case InputKind::CidrRange:
        plan << rangeCheck(
            CheckPlan::tr("Blocklists and reverse DNS for each address of %1").arg(detected.value),
            detected.value, {});
        break;
    case InputKind::IpList:
        plan << rangeCheck(CheckPlan::tr("Blocklists and reverse DNS for each address"), {},
                           input.split(u'\n', Qt::SkipEmptyParts));
        break;
    case InputKind::Domain:
        plan << domainCheck(detected.value, {}, options.dkimSelectors);
        plan.last().httpsFetches = options.smtpProbe; // the same switch for every connection to the domain
        if (options.smtpProbe)
            plan << smtpCheck(detected.value);
        break;
    case InputKind::EmailAddress: {
        const QString domain = detected.value.section(u'@', -1).toLower();
        plan << domainCheck(domain, {}, options.dkimSelectors);
        if (options.smtpProbe)
            plan << smtpCheck(domain);
        if (mayProbeMailboxes(options))
            plan << mailboxCheck(detected.value);
        break;
    }
    case InputKind::Bounce: {
        QStringList ips;
        QString recipientDomain;
        QString unknownRecipient; // the first the bounce calls unknown: probed when the user allows it
        bool fromGmail = false;   // the reporting or remote MTA is Google's (resources/bounce/providers.json)
        for (const QJsonValue& r : bounce.value(u"recipients").toArray()) {
            fromGmail = fromGmail || r[u"provider"].toString() == u"google";
            if (unknownRecipient.isEmpty() && r[u"reason"].toString() == u"userunknown")
                unknownRecipient = r[u"recipient"].toString().remove(u'<').remove(u'>').trimmed();
            const QString ip = r[u"sender_ip"].toString();
            const auto address = dns::parseIpAddress(ip);
            if (address && !ips.contains(address->toString()) && ips.size() < MaxSenderIps)
                ips << address->toString();
            if (recipientDomain.isEmpty())
                recipientDomain = domainOfAddress(r[u"recipient"].toString());
        }
        for (const QString& ip : std::as_const(ips)) {
            plan << blocklists(ip);
            if (!options.snds.key.isEmpty())
                plan << sndsCheck(ip);
        }
        const QJsonObject original = bounce.value(u"original").toObject();
        // The sender's domain: the returned message's From:, else whom the bounce was returned to (the
        // sender, or the return path that SPF is evaluated for).
        QString fromDomain = domainOfAddress(original.value(u"from").toString());
        if (fromDomain.isEmpty())
            fromDomain = domainOfAddress(bounce.value(u"bounce_to").toString());
        const QString selector = original.value(u"dkim_selector").toString();
        CheckRequest domain = domainCheck(fromDomain, ips.value(0), options.dkimSelectors);
        if (!selector.isEmpty()
            && original.value(u"dkim_domain").toString().compare(fromDomain, Qt::CaseInsensitive) == 0)
            domain.signatureSelectors << selector;
        if (!fromDomain.isEmpty())
            plan << domain;
        // What Gmail itself measured for the sender's domain, when the user connected a Google account.
        if (fromGmail && !fromDomain.isEmpty() && options.postmaster.isComplete())
            plan << postmasterCheck(fromDomain);
        if (options.smtpProbe && !recipientDomain.isEmpty()) {
            plan << smtpCheck(recipientDomain);
            // A TLS-required bounce often comes from the recipient's MTA-STS policy (RFC 8461 5).
            plan << mtaStsCheck(recipientDomain);
        }
        if (mayProbeMailboxes(options) && !domainOfAddress(unknownRecipient).isEmpty())
            plan << mailboxCheck(unknownRecipient);
        if (!returned.isEmpty())
            plan << messageCheck(returned, true, headersOnly);
        break;
    }
    case InputKind::Message:
        planMessage(input, options, &plan);
        break;
    case InputKind::DmarcReport:
    case InputKind::TlsReport: {
        CheckRequest request =
            newRequest(u"reports"_s, detected.kind == InputKind::DmarcReport
                                         ? CheckPlan::tr("DMARC report: who sends as the domain, and "
                                                         "each source's SPF and reverse DNS")
                                         : CheckPlan::tr("TLS report: failed sessions by result type"));
        request.report = reports::reportInputBytes(input);
        plan << request;
        break;
    }
    case InputKind::Empty:
    case InputKind::Unknown:
        break;
    }
    if (!options.watchState.isEmpty()) {
        // What the watch remembers of the addresses and the sender's domain being checked.
        QStringList targets;
        for (const CheckRequest& request : std::as_const(plan)) {
            const QString target = request.id == u"blocklists" ? request.ip
                                   : request.id == u"domain"   ? request.domain.toLower()
                                                               : QString();
            if (!target.isEmpty() && !targets.contains(target))
                targets << target;
        }
        if (!targets.isEmpty()) {
            CheckRequest watch =
                newRequest(u"watch"_s, CheckPlan::tr("Watch history of %1").arg(targets.join(u", "_s)));
            watch.ips = targets;
            plan << watch;
        }
    }
    return plan;
}

} // namespace rebound::diagnosis
