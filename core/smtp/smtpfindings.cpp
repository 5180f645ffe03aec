#include "core/smtp/smtpfindings.h"

#include "core/util/jsonutil.h"

#include <QRegularExpression>

namespace rebound::smtp {
namespace {

QStringList replyEvidence(const SmtpReply& reply) {
    QStringList out;
    for (const QByteArray& line : reply.wireLines())
        out << util::escapeUntrusted(line, 1024);
    return out;
}

Finding make(const QString& id, Severity severity, const QString& title, const QString& detail,
             const QStringList& evidence = {}) {
    return Finding{id, severity, title, detail, evidence};
}

QString where(const SmtpProbeResult& r) {
    return QStringLiteral("%1 (%2 port %3)").arg(r.host, r.address.toString()).arg(r.port);
}

// Words servers use when they defer a new client on purpose.
bool looksLikeGreylisting(const SmtpReply& reply) {
    static const QRegularExpression pattern(
        u"gr[ae]y[- ]?list|try (again )?later|temporarily (deferred|rejected|blocked)"_qs,
        QRegularExpression::CaseInsensitiveOption);
    return reply.isTransient() && pattern.match(QString::fromUtf8(reply.joinedText())).hasMatch();
}

// An IPv6 connection refused by the local stack (no route): a fact about this network.
bool noIpv6Route(const SmtpProbeResult& r) {
    return r.end == ProbeEnd::NetworkError && r.address.protocol() == QAbstractSocket::IPv6Protocol
           && r.endText.contains(u"unreachable"_qs, Qt::CaseInsensitive);
}

void connectFindings(const SmtpProbeResult& r, QList<Finding>& out) {
    switch (r.end) {
    case ProbeEnd::ConnectRefused:
        out << make(u"smtp.connect_refused"_qs, Severity::Error, u"Connection refused by "_qs + where(r),
                    u"The host answered the connection attempt with a reset: no mail server listens on this "
                    u"port, or a firewall on the host rejects the connection."_qs);
        break;
    case ProbeEnd::ConnectTimeout:
        out << make(u"smtp.connect_timeout"_qs, Severity::Error, u"No answer from "_qs + where(r),
                    u"The connection attempt got no answer before the deadline. The host may be down, or a "
                    u"firewall drops the packets, either near the server or on your own network (many "
                    u"ISPs and cloud providers block outgoing port 25)."_qs,
                    {r.endText});
        break;
    case ProbeEnd::NetworkError:
        if (noIpv6Route(r))
            out << make(
                u"smtp.ipv6_unreachable_locally"_qs, Severity::Warning, u"No IPv6 route to "_qs + where(r),
                u"The connection failed at once with \"unreachable\": usually this machine or its "
                u"network has no working IPv6, so the IPv6 address was not checked. That says nothing "
                u"about the server; senders with IPv6 will use this address."_qs,
                {r.endText});
        else
            out << make(u"smtp.network_error"_qs, Severity::Error, u"Network error talking to "_qs + where(r),
                        r.endText, {r.endText});
        break;
    default:
        break;
    }
}

void bannerFindings(const SmtpProbeResult& r, const SmtpProbeOptions& options, QList<Finding>& out) {
    if (!r.banner)
        return;
    const SmtpReply& banner = *r.banner;
    if (banner.isPermanent()) {
        out << make(u"smtp.rejected_at_connect"_qs, Severity::Error,
                    QStringLiteral("%1 rejected the connection with %2").arg(where(r)).arg(banner.code),
                    u"The server refused this client before any command. A 554 at connect usually means the "
                    u"connecting IP is on a blocklist or in a blocked range; the reply text often names the "
                    u"list and a lookup page. Note that this is the probing machine's IP, which may not be "
                    u"the IP your mail is sent from."_qs,
                    replyEvidence(banner));
    } else if (banner.isTransient()) {
        const bool grey = looksLikeGreylisting(banner);
        out << make(grey ? u"smtp.greylisting"_qs : u"smtp.deferred_at_connect"_qs, Severity::Warning,
                    QStringLiteral("%1 deferred the connection with %2").arg(where(r)).arg(banner.code),
                    grey ? u"The server asks new clients to come back later (greylisting or a rate limit). A "
                           u"real mail server retries and is accepted; a one-shot sender is not."_qs
                         : u"The server is busy, rate-limiting, or refusing this client for now (421 closes "
                           u"the connection). Senders retry; if it lasts, the text says why."_qs,
                    replyEvidence(banner));
    } else if (r.bannerMs >= options.slowBannerMs) {
        out << make(u"smtp.slow_banner"_qs, Severity::Info,
                    QStringLiteral("%1 took %2 ms to greet").arg(where(r)).arg(r.bannerMs),
                    u"A slow greeting is often deliberate (a greeting delay or tarpit that catches clients "
                    u"that talk too early). It is a fact, not a fault: senders wait up to five minutes "
                    u"(RFC 5321 4.5.3.2.1)."_qs);
    }
}

void ehloFindings(const SmtpProbeResult& r, QList<Finding>& out) {
    if (!r.ehlo || !r.banner || r.banner->code != 220)
        return;
    if (r.usedHelo)
        out << make(u"smtp.no_esmtp"_qs, Severity::Warning, where(r) + u" does not speak ESMTP"_qs,
                    u"EHLO was refused, so the server offers no extensions: no STARTTLS, no SIZE, no "
                    u"8BITMIME. Mail to it travels in plain text."_qs,
                    replyEvidence(*r.ehlo));
    else if (!r.ehlo->isPositive()) {
        const bool grey = looksLikeGreylisting(*r.ehlo);
        out << make(grey ? u"smtp.greylisting"_qs : u"smtp.ehlo_refused"_qs, Severity::Warning,
                    QStringLiteral("%1 answered EHLO with %2").arg(where(r)).arg(r.ehlo->code),
                    u"The server refused the greeting of this client (the EHLO name or the client's IP)."_qs,
                    replyEvidence(*r.ehlo));
    }
}

void endFindings(const SmtpProbeResult& r, QList<Finding>& out) {
    switch (r.end) {
    case ProbeEnd::StageTimeout:
        if (r.endStage != ProbeStage::Handshake)
            out << make(u"smtp.timeout"_qs, Severity::Error,
                        QStringLiteral("%1 stopped answering (%2)").arg(where(r), stageName(r.endStage)),
                        r.endText,
                        r.partialReply.isEmpty() ? QStringList{}
                                                 : QStringList{util::escapeUntrusted(r.partialReply, 512)});
        break;
    case ProbeEnd::ClosedByServer:
        out << make(u"smtp.closed_by_server"_qs, Severity::Warning,
                    QStringLiteral("%1 closed the connection (%2)").arg(where(r), stageName(r.endStage)),
                    r.endText);
        break;
    case ProbeEnd::ProtocolError:
        out << make(u"smtp.protocol_error"_qs, Severity::Error,
                    where(r) + u" does not speak SMTP correctly"_qs,
                    r.endText + u". The probe stopped there."_qs,
                    r.partialReply.isEmpty() ? QStringList{}
                                             : QStringList{util::escapeUntrusted(r.partialReply, 512)});
        break;
    case ProbeEnd::TooMuchData:
        out << make(u"smtp.too_much_data"_qs, Severity::Error, where(r) + u" sent far too much"_qs,
                    r.endText);
        break;
    case ProbeEnd::SetupError:
        out << make(u"smtp.setup_error"_qs, Severity::Error, u"The probe could not check TLS"_qs, r.endText);
        break;
    default:
        break;
    }
}

void starttlsFindings(const SmtpProbeResult& r, const SmtpProbeOptions& options, QList<Finding>& out) {
    const StartTlsResult& tls = r.starttls;
    const bool ehloOk = r.ehlo && r.ehlo->isPositive() && !r.usedHelo;
    if (ehloOk && !tls.offered) {
        out << make(u"smtp.no_starttls"_qs, Severity::Warning, where(r) + u" does not offer STARTTLS"_qs,
                    u"Mail to this server travels unencrypted. Gmail marks such mail with a red padlock, "
                    u"and domains with an MTA-STS or DANE policy cannot be served at all."_qs,
                    r.capabilities);
        return;
    }
    if (!tls.offered || !options.startTls)
        return;
    if (!tls.bytesAfterReady.isEmpty())
        out << make(u"smtp.starttls_injection"_qs, Severity::Error,
                    where(r) + u" sent data right after its STARTTLS 220"_qs,
                    u"Bytes arrived after \"220 ready to start TLS\" and before the TLS handshake. RFC 3207 "
                    u"section 4 says a client must discard them: a server (or a device in the path) that "
                    u"sends them shows the command-injection weakness of CVE-2011-0411 and its kin, or a "
                    u"broken proxy."_qs,
                    {util::escapeUntrusted(tls.bytesAfterReady, 512)});
    switch (tls.handshake) {
    case StartTlsResult::Handshake::Refused:
        out << make(u"smtp.starttls_refused"_qs, Severity::Error,
                    where(r) + u" offers STARTTLS but refuses it"_qs,
                    u"STARTTLS is advertised, yet the command is answered with an error (often a missing or "
                    u"unreadable certificate on the server). Senders fall back to plain text or defer."_qs,
                    {tls.error});
        return;
    case StartTlsResult::Handshake::Failed:
    case StartTlsResult::Handshake::TimedOut:
        if (r.end == ProbeEnd::SetupError)
            return;
        out << make(u"smtp.starttls_handshake_failed"_qs, Severity::Error,
                    where(r)
                        + (tls.implicitTls ? u": the TLS handshake fails (implicit TLS)"_qs
                                           : u" offers STARTTLS but the TLS handshake fails"_qs),
                    (tls.implicitTls ? u"The TLS handshake on this implicit-TLS port "_qs
                                     : u"The server accepted STARTTLS, then the TLS handshake "_qs)
                        + (tls.handshake == StartTlsResult::Handshake::TimedOut ? u"did not finish in time"_qs
                                                                                : u"failed"_qs)
                        + u". This is not a missing STARTTLS: the server means to offer TLS and it is "
                          u"broken. Many senders then retry without TLS, some defer the mail."_qs,
                    {tls.error});
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
    out << make(u"smtp.tls.summary"_qs, Severity::Info,
                QStringLiteral("%1 TLS to %2: %3, %4").arg(tls.summary, where(r), tls.protocol, tls.cipher),
                u"Postfix's words: Anonymous (no certificate), Untrusted (the chain does not verify), "
                u"Trusted (it does, but not for this name), Verified (chain and name, or DANE)."_qs,
                errors);
    if (tls.summary == u"Anonymous")
        return;
    if (!tls.chainTrusted && !tls.dane.matched)
        out << make(u"smtp.tls.untrusted"_qs, Severity::Warning,
                    where(r) + u" presents a certificate that does not verify"_qs,
                    u"Most senders use opportunistic TLS and deliver anyway, but senders that require "
                    u"verified TLS (MTA-STS enforce, explicit policies) will not."_qs,
                    errors);
    if (!tls.nameMatch) {
        QStringList names;
        for (const NameCheck& check : tls.nameChecks)
            names << QStringLiteral("%1 %2: %3")
                         .arg(check.role, check.name, check.matches ? u"matches"_qs : u"no match"_qs);
        if (!tls.chainSent.isEmpty())
            names << u"certificate names: "_qs + tls.chainSent.first().dnsNames.join(u", "_qs);
        out << make(u"smtp.tls.name_mismatch"_qs, Severity::Warning,
                    where(r) + u" presents a certificate for another name"_qs,
                    u"The certificate is not valid for the MX host name (nor the domain). Senders that "
                    u"verify names (MTA-STS) will not deliver."_qs,
                    names);
    }
    if (tls.expiresDays) {
        if (*tls.expiresDays < 0)
            out << make(u"smtp.tls.expired"_qs, Severity::Warning,
                        QStringLiteral("%1: the certificate expired %2 days ago")
                            .arg(where(r))
                            .arg(-*tls.expiresDays),
                        u"Renew the certificate; senders that verify will refuse it."_qs);
        else if (*tls.expiresDays < 14)
            out << make(
                u"smtp.tls.expiring"_qs, Severity::Info,
                QStringLiteral("%1: the certificate expires in %2 days").arg(where(r)).arg(*tls.expiresDays),
                u"Check that renewal is automated."_qs);
    }
    if (!tls.chainSent.isEmpty()) {
        const CertificateInfo& leaf = tls.chainSent.first();
        if ((leaf.keyType == u"RSA" || leaf.keyType == u"DSA") && leaf.keyBits < 2048)
            out << make(u"smtp.tls.weak_key"_qs, Severity::Warning,
                        QStringLiteral("%1: %2-bit %3 key").arg(where(r)).arg(leaf.keyBits).arg(leaf.keyType),
                        u"Keys under 2048 bits are refused by current OpenSSL defaults (security level 2); "
                        u"such senders fail the handshake or fall back to plain text."_qs);
    }
    if (tls.protocol == u"TLSv1" || tls.protocol == u"TLSv1.1" || tls.protocol.startsWith(u"SSL"))
        out << make(u"smtp.tls.old_protocol"_qs, Severity::Warning,
                    QStringLiteral("%1 negotiates %2 at best").arg(where(r), tls.protocol),
                    u"TLS 1.0 and 1.1 are disabled by default in current senders (RFC 8996)."_qs);
    if (tls.dane.checked) {
        const QString trust =
            tls.dane.dnssecValidated
                ? u"The resolver validated the TLSA records (AD set)."_qs
                : u"The resolver did not say the TLSA records were validated (no AD bit): only "
                  u"a DNSSEC-validating resolver makes them trustworthy, so this check shows "
                  u"consistency, not authenticity."_qs;
        if (tls.dane.matched)
            out << make(u"smtp.tls.dane_match"_qs, Severity::Info, where(r) + u" matches its TLSA records"_qs,
                        trust, {tls.dane.matchedRecord});
        else
            out << make(
                u"smtp.tls.dane_mismatch"_qs, Severity::Critical,
                where(r) + u" does not match its published TLSA records"_qs,
                u"Senders that do DANE (Postfix, Exim, Microsoft, many providers) will not deliver to "
                u"this host: update the TLSA records before or together with the certificate. "_qs
                    + trust,
                QStringList{tls.dane.error} + tls.dane.records);
    }
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
    if (r.ptrNames.isEmpty()) {
        out << make(u"smtp.no_ptr"_qs, Severity::Warning, r.address.toString() + u" has no reverse DNS"_qs,
                    u"A mail server's IP should have a PTR record naming the server, and that name should "
                    u"resolve back to the IP. Many receivers refuse mail from IPs without one."_qs);
        return out;
    }
    if (r.bannerName.isEmpty() || !r.banner || r.banner->code != 220)
        return out;
    for (const QString& ptr : r.ptrNames) {
        if (ptr.compare(r.bannerName, Qt::CaseInsensitive) == 0)
            return out;
    }
    out << make(
        u"smtp.banner_ptr_mismatch"_qs, Severity::Info,
        QStringLiteral("The banner name %1 differs from the reverse DNS of %2")
            .arg(r.bannerName, r.address.toString()),
        u"The server greets with a name other than its PTR. Receivers seldom check this, but the name "
        u"the server uses for EHLO when it sends mail should match the PTR of its sending IP."_qs,
        QStringList{u"banner: "_qs + r.bannerName, u"PTR: "_qs + r.ptrNames.join(u", "_qs)});
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
    const quint16 port = probes.first().port;
    QStringList evidence;
    for (const SmtpProbeResult& r : probes)
        evidence << QStringLiteral("%1 %2: %3").arg(r.host, r.address.toString(), r.endText);
    const bool strong = hostCount >= 2;
    return make(
        u"smtp.port_blocked_locally"_qs, strong ? Severity::Critical : Severity::Warning,
        QStringLiteral("Port %1 seems blocked on your own network").arg(port),
        QStringLiteral("Every connection attempt to port %1 timed out (%2 address(es) of %3 host(s)) while "
                       "DNS answered normally. %4 Most home, office and cloud networks block outgoing "
                       "port 25: run the probe from a server that may send mail, or ask your network "
                       "administrator. Until then these timeouts say nothing about the servers.")
            .arg(port)
            .arg(timeouts)
            .arg(hostCount)
            .arg(strong ? u"Several independent servers do not all go silent at once; the filter is "
                          u"almost certainly near you."_qs
                        : u"With one host it may also be that host that is down or filtered."_qs),
        evidence);
}

} // namespace rebound::smtp
