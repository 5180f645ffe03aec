#include "core/smtp/smtpfindings.h"

#include "core/smtp/smtpknowledge.h"
#include "core/util/jsonutil.h"

namespace rebound::smtp {
namespace {

using Args = SmtpKnowledge::Args;

const SmtpKnowledge& knowledge() {
    return SmtpKnowledge::instance();
}

Finding make(const QString& id, const Args& args, const QStringList& evidence = {}) {
    return knowledge().finding(id, args, evidence);
}

// Which detail of smtp.starttls_handshake_failed: STARTTLS or implicit TLS (no plain-text fallback
// there), failed or out of time.
QString handshakeDetail(const StartTlsResult& tls) {
    QStringList parts;
    if (tls.implicitTls)
        parts << u"implicit"_qs;
    if (tls.handshake == StartTlsResult::Handshake::TimedOut)
        parts << u"timeout"_qs;
    return parts.join(u'_');
}

QStringList replyEvidence(const SmtpReply& reply) {
    QStringList out;
    for (const QByteArray& line : reply.wireLines())
        out << util::escapeUntrusted(line, 1024);
    return out;
}

QStringList partialEvidence(const SmtpProbeResult& r) {
    return r.partialReply.isEmpty() ? QStringList{} : QStringList{util::escapeUntrusted(r.partialReply, 512)};
}

QString where(const SmtpProbeResult& r) {
    return QStringLiteral("%1 (%2 port %3)").arg(r.host, r.address.toString()).arg(r.port);
}

Args at(const SmtpProbeResult& r, Args more = {}) {
    more.insert(u"where"_qs, where(r));
    return more;
}

// Words servers use when they defer a new client on purpose.
bool looksLikeGreylisting(const SmtpReply& reply) {
    return reply.isTransient()
           && knowledge().greylisting.match(QString::fromUtf8(reply.joinedText())).hasMatch();
}

// An IPv6 connection refused by the local stack (no route): a fact about this network.
bool noIpv6Route(const SmtpProbeResult& r) {
    return r.end == ProbeEnd::NetworkError && r.address.protocol() == QAbstractSocket::IPv6Protocol
           && r.endText.contains(u"unreachable"_qs, Qt::CaseInsensitive);
}

void connectFindings(const SmtpProbeResult& r, QList<Finding>& out) {
    switch (r.end) {
    case ProbeEnd::ConnectRefused:
        out << make(u"smtp.connect_refused"_qs, at(r));
        break;
    case ProbeEnd::ConnectTimeout:
        out << make(u"smtp.connect_timeout"_qs, at(r), {r.endText});
        break;
    case ProbeEnd::NetworkError:
        out << make(noIpv6Route(r) ? u"smtp.ipv6_unreachable_locally"_qs : u"smtp.network_error"_qs,
                    at(r, {{u"error"_qs, r.endText}}), {r.endText});
        break;
    default:
        break;
    }
}

void bannerFindings(const SmtpProbeResult& r, const SmtpProbeOptions& options, QList<Finding>& out) {
    if (!r.banner)
        return;
    const SmtpReply& banner = *r.banner;
    const Args args = at(r, {{u"code"_qs, QString::number(banner.code)}});
    if (banner.isPermanent())
        out << make(u"smtp.rejected_at_connect"_qs, args, replyEvidence(banner));
    else if (banner.isTransient())
        out << make(looksLikeGreylisting(banner) ? u"smtp.greylisting"_qs : u"smtp.deferred_at_connect"_qs,
                    args, replyEvidence(banner));
    else if (r.bannerMs >= options.slowBannerMs)
        out << make(u"smtp.slow_banner"_qs, at(r, {{u"ms"_qs, QString::number(r.bannerMs)}}));
}

void ehloFindings(const SmtpProbeResult& r, QList<Finding>& out) {
    if (!r.ehlo || !r.banner || r.banner->code != 220)
        return;
    if (r.usedHelo)
        out << make(u"smtp.no_esmtp"_qs, at(r), replyEvidence(*r.ehlo));
    else if (!r.ehlo->isPositive())
        out << make(looksLikeGreylisting(*r.ehlo) ? u"smtp.greylisting"_qs : u"smtp.ehlo_refused"_qs,
                    at(r, {{u"code"_qs, QString::number(r.ehlo->code)}}), replyEvidence(*r.ehlo));
}

void endFindings(const SmtpProbeResult& r, QList<Finding>& out) {
    const Args args = at(r, {{u"stage"_qs, stageName(r.endStage)}, {u"error"_qs, r.endText}});
    switch (r.end) {
    case ProbeEnd::StageTimeout:
        if (r.endStage != ProbeStage::Handshake) // said as a failed handshake instead
            out << make(u"smtp.timeout"_qs, args, partialEvidence(r));
        break;
    case ProbeEnd::ClosedByServer:
        out << make(u"smtp.closed_by_server"_qs, args, partialEvidence(r));
        break;
    case ProbeEnd::ProtocolError:
        out << make(u"smtp.protocol_error"_qs, args, partialEvidence(r));
        break;
    case ProbeEnd::TooMuchData:
        out << make(u"smtp.too_much_data"_qs, args);
        break;
    case ProbeEnd::SetupError:
        out << make(u"smtp.setup_error"_qs, args);
        break;
    default:
        break;
    }
}

void certificateFindings(const SmtpProbeResult& r, const QStringList& errors, QList<Finding>& out) {
    const StartTlsResult& tls = r.starttls;
    if (!tls.chainTrusted && !tls.dane.matched)
        out << make(u"smtp.tls.untrusted"_qs, at(r), errors);
    if (!tls.nameMatch) {
        QStringList names;
        for (const NameCheck& check : tls.nameChecks)
            names << QStringLiteral("%1 %2: %3")
                         .arg(check.role, check.name, check.matches ? u"matches"_qs : u"no match"_qs);
        if (!tls.chainSent.isEmpty())
            names << u"certificate names: "_qs + tls.chainSent.first().dnsNames.join(u", "_qs);
        out << make(u"smtp.tls.name_mismatch"_qs, at(r), names);
    }
    if (tls.expiresDays && *tls.expiresDays < 0)
        out << make(u"smtp.tls.expired"_qs, at(r, {{u"days"_qs, QString::number(-*tls.expiresDays)}}));
    else if (tls.expiresDays && *tls.expiresDays < knowledge().expiringDays)
        out << make(u"smtp.tls.expiring"_qs, at(r, {{u"days"_qs, QString::number(*tls.expiresDays)}}));
    if (!tls.chainSent.isEmpty()) {
        const CertificateInfo& leaf = tls.chainSent.first();
        if ((leaf.keyType == u"RSA" || leaf.keyType == u"DSA") && leaf.keyBits < knowledge().weakRsaBits)
            out << make(u"smtp.tls.weak_key"_qs,
                        at(r, {{u"bits"_qs, QString::number(leaf.keyBits)}, {u"type"_qs, leaf.keyType}}));
    }
    if (knowledge().oldProtocols.contains(tls.protocol))
        out << make(u"smtp.tls.old_protocol"_qs, at(r, {{u"protocol"_qs, tls.protocol}}));
    if (tls.ocsp.present && (tls.ocsp.responseStatus != u"successful" || tls.ocsp.certStatus != u"good")) {
        const QString status = tls.ocsp.certStatus.isEmpty() ? tls.ocsp.responseStatus : tls.ocsp.certStatus;
        out << make(u"smtp.tls.ocsp_not_good"_qs, at(r, {{u"status"_qs, status}}),
                    {u"OCSP response status: "_qs + tls.ocsp.responseStatus,
                     u"certificate status: "_qs + tls.ocsp.certStatus});
    }
}

void daneFindings(const SmtpProbeResult& r, QList<Finding>& out) {
    const DaneResult& dane = r.starttls.dane;
    if (!dane.checked)
        return;
    const Args args =
        at(r, {{u"trust"_qs, knowledge().text(dane.dnssecValidated ? u"dane_ad"_qs : u"dane_no_ad"_qs)}});
    if (dane.matched)
        out << make(u"smtp.tls.dane_match"_qs, args, {dane.matchedRecord});
    else
        out << make(u"smtp.tls.dane_mismatch"_qs, args, QStringList{dane.error} + dane.records);
}

void starttlsFindings(const SmtpProbeResult& r, const SmtpProbeOptions& options, QList<Finding>& out) {
    const StartTlsResult& tls = r.starttls;
    const bool ehloOk = r.ehlo && r.ehlo->isPositive() && !r.usedHelo;
    if (ehloOk && !tls.offered) {
        out << make(u"smtp.no_starttls"_qs, at(r), r.capabilities);
        return;
    }
    if (!tls.offered || !options.startTls)
        return;
    if (!tls.bytesAfterReady.isEmpty())
        out << make(u"smtp.starttls_injection"_qs, at(r), {util::escapeUntrusted(tls.bytesAfterReady, 512)});
    switch (tls.handshake) {
    case StartTlsResult::Handshake::Refused:
        out << make(u"smtp.starttls_refused"_qs, at(r), {tls.error});
        return;
    case StartTlsResult::Handshake::Failed:
    case StartTlsResult::Handshake::TimedOut:
        if (r.end != ProbeEnd::SetupError)
            out << knowledge().finding(u"smtp.starttls_handshake_failed"_qs, at(r), {tls.error},
                                       tls.implicitTls ? u"implicit"_qs : QString(), handshakeDetail(tls));
        return;
    case StartTlsResult::Handshake::NotAttempted:
        return;
    case StartTlsResult::Handshake::Succeeded:
        break;
    }
    QStringList errors;
    for (const VerifyError& e : tls.verifyErrors)
        errors << QStringLiteral("depth %1: %2 (%3)")
                      .arg(e.depth)
                      .arg(e.text, util::escapeControls(e.subject, 300));
    out << make(
        u"smtp.tls.summary"_qs,
        at(r, {{u"summary"_qs, tls.summary}, {u"protocol"_qs, tls.protocol}, {u"cipher"_qs, tls.cipher}}),
        errors);
    if (tls.summary == u"Anonymous")
        return;
    certificateFindings(r, errors, out);
    daneFindings(r, out);
}

} // namespace

QList<Finding> probeFindings(const SmtpProbeResult& result, const SmtpProbeOptions& options) {
    QList<Finding> out;
    if (result.end == ProbeEnd::Cancelled)
        return out;
    connectFindings(result, out);
    bannerFindings(result, options, out);
    ehloFindings(result, out);
    starttlsFindings(result, options, out);
    endFindings(result, out);
    return out;
}

QList<Finding> bannerPtrFindings(const SmtpProbeResult& r) {
    QList<Finding> out;
    if (!r.ptrLooked)
        return out;
    const Args args{{u"address"_qs, r.address.toString()}, {u"banner"_qs, r.bannerName}};
    if (r.ptrNames.isEmpty()) {
        out << make(u"smtp.no_ptr"_qs, args);
        return out;
    }
    if (r.bannerName.isEmpty() || !r.banner || r.banner->code != 220)
        return out;
    for (const QString& ptr : r.ptrNames) {
        if (ptr.compare(r.bannerName, Qt::CaseInsensitive) == 0)
            return out;
    }
    out << make(u"smtp.banner_ptr_mismatch"_qs, args,
                {u"banner: "_qs + r.bannerName, u"PTR: "_qs + r.ptrNames.join(u", "_qs)});
    return out;
}

std::optional<Finding> blockedPortFinding(const QList<SmtpProbeResult>& probes, int hostCount,
                                          bool dnsWorked) {
    if (probes.isEmpty() || !dnsWorked)
        return std::nullopt;
    // IPv6 addresses this machine cannot route to at all neither confirm nor refute the verdict.
    int timeouts = 0;
    for (const SmtpProbeResult& r : probes) {
        if (r.end == ProbeEnd::ConnectTimeout)
            ++timeouts;
        else if (!noIpv6Route(r))
            return std::nullopt;
    }
    if (timeouts == 0)
        return std::nullopt;
    QStringList evidence;
    for (const SmtpProbeResult& r : probes)
        evidence << QStringLiteral("%1 %2: %3").arg(r.host, r.address.toString(), r.endText);
    const bool strong = hostCount >= 2; // independent servers do not all go silent at once
    Finding finding =
        make(u"smtp.port_blocked_locally"_qs,
             {{u"port"_qs, QString::number(probes.first().port)},
              {u"addresses"_qs, QString::number(timeouts)},
              {u"hosts"_qs, QString::number(hostCount)},
              {u"strength"_qs, knowledge().text(strong ? u"blocked_many_hosts"_qs : u"blocked_one_host"_qs)}},
             evidence);
    if (!strong)
        finding.severity = knowledge().severity(finding.id, u"one_host"_qs);
    return finding;
}

} // namespace rebound::smtp
