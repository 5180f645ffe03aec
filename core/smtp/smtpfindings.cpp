#include "core/smtp/smtpfindings.h"

#include "core/smtp/smtpknowledge.h"
#include "core/util/jsonutil.h"

using namespace Qt::StringLiterals;

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
        parts << u"implicit"_s;
    if (tls.handshake == StartTlsResult::Handshake::TimedOut)
        parts << u"timeout"_s;
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
    more.insert(u"where"_s, where(r));
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
           && r.endText.contains(u"unreachable"_s, Qt::CaseInsensitive);
}

void connectFindings(const SmtpProbeResult& r, QList<Finding>& out) {
    switch (r.end) {
    case ProbeEnd::ConnectRefused:
        out << make(u"smtp.connect_refused"_s, at(r));
        break;
    case ProbeEnd::ConnectTimeout:
        out << make(u"smtp.connect_timeout"_s, at(r), {r.endText});
        break;
    case ProbeEnd::NetworkError:
        out << make(noIpv6Route(r) ? u"smtp.ipv6_unreachable_locally"_s : u"smtp.network_error"_s,
                    at(r, {{u"error"_s, r.endText}}), {r.endText});
        break;
    default:
        break;
    }
}

void bannerFindings(const SmtpProbeResult& r, const SmtpProbeOptions& options, QList<Finding>& out) {
    if (!r.banner)
        return;
    const SmtpReply& banner = *r.banner;
    const Args args = at(r, {{u"code"_s, QString::number(banner.code)}});
    if (banner.isPermanent())
        out << make(u"smtp.rejected_at_connect"_s, args, replyEvidence(banner));
    else if (banner.isTransient())
        out << make(looksLikeGreylisting(banner) ? u"smtp.greylisting"_s : u"smtp.deferred_at_connect"_s,
                    args, replyEvidence(banner));
    else if (r.bannerMs >= options.slowBannerMs)
        out << make(u"smtp.slow_banner"_s, at(r, {{u"ms"_s, QString::number(r.bannerMs)}}));
}

void ehloFindings(const SmtpProbeResult& r, QList<Finding>& out) {
    if (!r.ehlo || !r.banner || r.banner->code != 220)
        return;
    if (r.usedHelo)
        out << make(u"smtp.no_esmtp"_s, at(r), replyEvidence(*r.ehlo));
    else if (!r.ehlo->isPositive())
        out << make(looksLikeGreylisting(*r.ehlo) ? u"smtp.greylisting"_s : u"smtp.ehlo_refused"_s,
                    at(r, {{u"code"_s, QString::number(r.ehlo->code)}}), replyEvidence(*r.ehlo));
}

void endFindings(const SmtpProbeResult& r, QList<Finding>& out) {
    const Args args = at(r, {{u"stage"_s, stageName(r.endStage)}, {u"error"_s, r.endText}});
    switch (r.end) {
    case ProbeEnd::StageTimeout:
        if (r.endStage != ProbeStage::Handshake) // said as a failed handshake instead
            out << make(u"smtp.timeout"_s, args, partialEvidence(r));
        break;
    case ProbeEnd::ClosedByServer:
        out << make(u"smtp.closed_by_server"_s, args, partialEvidence(r));
        break;
    case ProbeEnd::ProtocolError:
        out << make(u"smtp.protocol_error"_s, args, partialEvidence(r));
        break;
    case ProbeEnd::TooMuchData:
        out << make(u"smtp.too_much_data"_s, args);
        break;
    case ProbeEnd::SetupError:
        out << make(u"smtp.setup_error"_s, args);
        break;
    default:
        break;
    }
}

void certificateFindings(const SmtpProbeResult& r, const QStringList& errors, QList<Finding>& out) {
    const StartTlsResult& tls = r.starttls;
    if (!tls.chainTrusted && !tls.dane.matched)
        out << make(u"smtp.tls.untrusted"_s, at(r), errors);
    if (!tls.nameMatch) {
        QStringList names;
        for (const NameCheck& check : tls.nameChecks)
            names << QStringLiteral("%1 %2: %3")
                         .arg(check.role, check.name, check.matches ? u"matches"_s : u"no match"_s);
        if (!tls.chainSent.isEmpty())
            names << u"certificate names: "_s + tls.chainSent.first().dnsNames.join(u", "_s);
        out << make(u"smtp.tls.name_mismatch"_s, at(r), names);
    }
    if (tls.expiresDays && *tls.expiresDays < 0)
        out << make(u"smtp.tls.expired"_s, at(r, {{u"days"_s, QString::number(-*tls.expiresDays)}}));
    else if (tls.expiresDays && *tls.expiresDays < knowledge().expiringDays)
        out << make(u"smtp.tls.expiring"_s, at(r, {{u"days"_s, QString::number(*tls.expiresDays)}}));
    if (!tls.chainSent.isEmpty()) {
        const CertificateInfo& leaf = tls.chainSent.first();
        if ((leaf.keyType == u"RSA" || leaf.keyType == u"DSA") && leaf.keyBits < knowledge().weakRsaBits)
            out << make(u"smtp.tls.weak_key"_s,
                        at(r, {{u"bits"_s, QString::number(leaf.keyBits)}, {u"type"_s, leaf.keyType}}));
    }
    if (knowledge().oldProtocols.contains(tls.protocol))
        out << make(u"smtp.tls.old_protocol"_s, at(r, {{u"protocol"_s, tls.protocol}}));
    if (tls.ocsp.present && (tls.ocsp.responseStatus != u"successful" || tls.ocsp.certStatus != u"good")) {
        const QString status = tls.ocsp.certStatus.isEmpty() ? tls.ocsp.responseStatus : tls.ocsp.certStatus;
        out << make(u"smtp.tls.ocsp_not_good"_s, at(r, {{u"status"_s, status}}),
                    {u"OCSP response status: "_s + tls.ocsp.responseStatus,
                     u"certificate status: "_s + tls.ocsp.certStatus});
    }
}

void daneFindings(const SmtpProbeResult& r, QList<Finding>& out) {
    const DaneResult& dane = r.starttls.dane;
    if (!dane.checked)
        return;
    // Checked only with DNSSEC-validated records (the host's smtp.tls.dane_not_validated says when they are
    // not).
    const Args args = at(r, {});
    if (dane.matched)
        out << make(u"smtp.tls.dane_match"_s, args, {dane.matchedRecord});
    else
        out << make(u"smtp.tls.dane_mismatch"_s, args, QStringList{dane.error} + dane.records);
}

void starttlsFindings(const SmtpProbeResult& r, const SmtpProbeOptions& options, QList<Finding>& out) {
    const StartTlsResult& tls = r.starttls;
    const bool ehloOk = r.ehlo && r.ehlo->isPositive() && !r.usedHelo;
    if (ehloOk && !tls.offered) {
        out << make(u"smtp.no_starttls"_s, at(r), r.capabilities);
        return;
    }
    if (!tls.offered || !options.startTls)
        return;
    if (!tls.bytesAfterReady.isEmpty())
        out << make(u"smtp.starttls_injection"_s, at(r), {util::escapeUntrusted(tls.bytesAfterReady, 512)});
    switch (tls.handshake) {
    case StartTlsResult::Handshake::Refused:
        out << make(u"smtp.starttls_refused"_s, at(r), {tls.error});
        return;
    case StartTlsResult::Handshake::Failed:
    case StartTlsResult::Handshake::TimedOut:
        if (r.end != ProbeEnd::SetupError)
            out << knowledge().finding(u"smtp.starttls_handshake_failed"_s, at(r), {tls.error},
                                       tls.implicitTls ? u"implicit"_s : QString(), handshakeDetail(tls));
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
        u"smtp.tls.summary"_s,
        at(r, {{u"summary"_s, tls.summary}, {u"protocol"_s, tls.protocol}, {u"cipher"_s, tls.cipher}}),
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
    const Args args{{u"address"_s, r.address.toString()}, {u"banner"_s, r.bannerName}};
    if (r.ptrNames.isEmpty()) {
        out << make(u"smtp.no_ptr"_s, args);
        return out;
    }
    if (r.bannerName.isEmpty() || !r.banner || r.banner->code != 220)
        return out;
    for (const QString& ptr : r.ptrNames) {
        if (ptr.compare(r.bannerName, Qt::CaseInsensitive) == 0)
            return out;
    }
    out << make(u"smtp.banner_ptr_mismatch"_s, args,
                {u"banner: "_s + r.bannerName, u"PTR: "_s + r.ptrNames.join(u", "_s)});
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
        make(u"smtp.port_blocked_locally"_s,
             {{u"port"_s, QString::number(probes.first().port)},
              {u"addresses"_s, QString::number(timeouts)},
              {u"hosts"_s, QString::number(hostCount)},
              {u"strength"_s, knowledge().text(strong ? u"blocked_many_hosts"_s : u"blocked_one_host"_s)}},
             evidence);
    if (!strong)
        finding.severity = knowledge().severity(finding.id, u"one_host"_s);
    return finding;
}

} // namespace rebound::smtp
