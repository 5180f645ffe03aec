#include "core/smtp/smtpjson.h"

#include "core/dns/dnstypes.h"
#include "core/util/jsonutil.h"

#include <QJsonArray>

namespace rebound::smtp {
namespace {

QJsonValue optionalReply(const std::optional<SmtpReply>& reply) {
    return reply ? QJsonValue(toJson(*reply)) : QJsonValue(QJsonValue::Null);
}

QJsonArray certificates(const QList<CertificateInfo>& chain) {
    QJsonArray out;
    for (const CertificateInfo& c : chain)
        out.append(toJson(c));
    return out;
}

QJsonArray findingsJson(const QList<Finding>& findings) {
    QJsonArray out;
    for (const Finding& f : findings)
        out.append(rebound::toJson(f));
    return out;
}

QJsonValue ms(qint64 value) {
    return value >= 0 ? QJsonValue(double(value)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject toJson(const SmtpReply& reply) {
    QJsonArray lines;
    for (const QByteArray& line : reply.lines)
        lines.append(util::escapeUntrusted(line, 1024));
    return {{u"code"_qs, reply.code}, {u"enhanced_code"_qs, reply.enhancedCode}, {u"lines"_qs, lines}};
}

QJsonObject toJson(const CertificateInfo& c) {
    return {{u"subject"_qs, util::escapeControls(c.subject, 1024)},
            {u"issuer"_qs, util::escapeControls(c.issuer, 1024)},
            {u"dns_names"_qs, util::toJsonArray(c.dnsNames)},
            {u"not_before"_qs, c.notBefore.toString(Qt::ISODate)},
            {u"not_after"_qs, c.notAfter.toString(Qt::ISODate)},
            {u"key_type"_qs, c.keyType},
            {u"key_bits"_qs, c.keyBits},
            {u"sha256"_qs, c.sha256},
            {u"spki_sha256"_qs, c.spkiSha256},
            {u"self_issued"_qs, c.selfIssued}};
}

QJsonObject toJson(const StartTlsResult& t) {
    QJsonArray errors;
    for (const VerifyError& e : t.verifyErrors)
        errors.append(QJsonObject{{u"depth"_qs, e.depth},
                                  {u"code"_qs, e.code},
                                  {u"text"_qs, e.text},
                                  {u"subject"_qs, util::escapeControls(e.subject, 1024)}});
    QJsonArray names;
    for (const NameCheck& n : t.nameChecks)
        names.append(QJsonObject{{u"role"_qs, n.role}, {u"name"_qs, n.name}, {u"matches"_qs, n.matches}});
    return {{u"offered"_qs, t.offered},
            {u"implicit"_qs, t.implicitTls},
            {u"handshake"_qs, handshakeName(t.handshake)},
            {u"reply_code"_qs, t.starttlsReplyCode},
            {u"error"_qs, t.error},
            {u"handshake_ms"_qs, ms(t.handshakeMs)},
            {u"bytes_after_ready"_qs, util::escapeUntrusted(t.bytesAfterReady, 1024)},
            {u"protocol"_qs, t.protocol},
            {u"cipher"_qs, t.cipher},
            {u"cipher_bits"_qs, t.cipherBits},
            {u"group"_qs, t.group},
            {u"chain_sent"_qs, certificates(t.chainSent)},
            {u"chain_verified"_qs, certificates(t.chainVerified)},
            {u"chain_trusted"_qs, t.chainTrusted},
            {u"verify_errors"_qs, errors},
            {u"name_checks"_qs, names},
            {u"name_match"_qs, t.nameMatch},
            {u"expires_days"_qs, t.expiresDays ? QJsonValue(*t.expiresDays) : QJsonValue(QJsonValue::Null)},
            {u"ocsp"_qs, QJsonObject{{u"present"_qs, t.ocsp.present},
                                     {u"response_status"_qs, t.ocsp.responseStatus},
                                     {u"cert_status"_qs, t.ocsp.certStatus}}},
            {u"tlsa_311"_qs, t.tlsa311},
            {u"dane"_qs, QJsonObject{{u"checked"_qs, t.dane.checked},
                                     {u"dnssec_validated"_qs, t.dane.dnssecValidated},
                                     {u"records"_qs, util::toJsonArray(t.dane.records)},
                                     {u"matched"_qs, t.dane.matched},
                                     {u"matched_record"_qs, t.dane.matchedRecord},
                                     {u"depth"_qs, t.dane.depth},
                                     {u"error"_qs, t.dane.error}}},
            {u"summary"_qs, t.summary}};
}

QJsonObject toJson(const Transcript& transcript) {
    QJsonArray entries;
    for (const Transcript::Entry& e : transcript.entries)
        entries.append(QJsonObject{
            {u"ms"_qs, double(e.ms)}, {u"dir"_qs, directionTag(e.direction)}, {u"text"_qs, e.text}});
    return {{u"entries"_qs, entries}, {u"dropped"_qs, transcript.droppedEntries}};
}

QJsonObject toJson(const SmtpProbeResult& p) {
    QJsonObject ehlo;
    if (p.ehlo) {
        ehlo = toJson(*p.ehlo);
        ehlo.insert(u"capabilities"_qs, util::toJsonArray(p.capabilities));
    }
    ehlo.insert(u"name_sent"_qs, p.ehloName);
    ehlo.insert(u"helo_used"_qs, p.usedHelo);
    QJsonObject ehloTls;
    if (p.ehloTls) {
        ehloTls = toJson(*p.ehloTls);
        ehloTls.insert(u"capabilities"_qs, util::toJsonArray(p.capabilitiesTls));
    }
    QJsonObject banner;
    if (p.banner) {
        banner = toJson(*p.banner);
        banner.insert(u"name"_qs, p.bannerName);
    }
    return {
        {u"host"_qs, p.host},
        {u"address"_qs, p.address.toString()},
        {u"port"_qs, p.port},
        {u"end"_qs, endName(p.end)},
        {u"end_stage"_qs, stageName(p.endStage)},
        {u"end_text"_qs, p.endText},
        {u"connect_ms"_qs, ms(p.connectMs)},
        {u"banner_ms"_qs, ms(p.bannerMs)},
        {u"total_ms"_qs, double(p.totalMs)},
        {u"bytes_received"_qs, double(p.bytesReceived)},
        {u"banner"_qs, p.banner ? QJsonValue(banner) : QJsonValue(QJsonValue::Null)},
        {u"ehlo"_qs, ehlo},
        {u"starttls"_qs, toJson(p.starttls)},
        {u"ehlo_tls"_qs, p.ehloTls ? QJsonValue(ehloTls) : QJsonValue(QJsonValue::Null)},
        {u"quit"_qs, optionalReply(p.quit)},
        {u"partial_reply"_qs, util::escapeUntrusted(p.partialReply, 512)},
        {u"ptr"_qs, p.ptrLooked ? QJsonValue(util::toJsonArray(p.ptrNames)) : QJsonValue(QJsonValue::Null)},
        {u"transcript"_qs, toJson(p.transcript)},
        {u"findings"_qs, findingsJson(p.findings)}};
}

QJsonObject toJson(const SmtpHostResult& h) {
    QJsonObject out;
    const qsizetype primary = h.primaryIndex();
    if (primary >= 0)
        out = toJson(h.probes.at(primary));
    else
        out.insert(u"address"_qs, QJsonValue(QJsonValue::Null));
    QJsonArray probes;
    for (const SmtpProbeResult& p : h.probes)
        probes.append(toJson(p));
    QJsonArray tlsa;
    for (const TlsaRecord& r : h.tlsa)
        tlsa.append(r.toString());
    out.insert(u"host"_qs, h.host);
    out.insert(u"port"_qs, h.port);
    const QJsonObject dnsJson{
        {u"a"_qs, dns::outcomeName(h.aOutcome)},       {u"aaaa"_qs, dns::outcomeName(h.aaaaOutcome)},
        {u"tlsa"_qs, dns::outcomeName(h.tlsaOutcome)}, {u"tlsa_records"_qs, tlsa},
        {u"tlsa_ad"_qs, h.tlsaAuthenticated},          {u"worked"_qs, h.dnsWorked}};
    // An IP literal asks DNS nothing but its PTR.
    out.insert(u"dns"_qs, h.ipLiteral ? QJsonValue(QJsonValue::Null) : QJsonValue(dnsJson));
    out.insert(u"addresses_skipped"_qs, h.addressesSkipped);
    out.insert(u"probes"_qs, probes);
    out.insert(u"findings"_qs, findingsJson(h.allFindings()));
    return out;
}

QJsonObject toJson(const SmtpDomainResult& d) {
    QJsonArray mx;
    for (const MxHost& m : d.mx)
        mx.append(QJsonObject{{u"preference"_qs, m.preference}, {u"host"_qs, m.host}});
    QJsonArray hosts;
    for (const SmtpHostResult& h : d.hosts)
        hosts.append(toJson(h));
    return {{u"domain"_qs, d.domain},
            {u"mx_outcome"_qs, dns::outcomeName(d.mxOutcome)},
            {u"mx"_qs, mx},
            {u"implicit_mx"_qs, d.implicitMx},
            {u"null_mx"_qs, d.nullMx},
            {u"hosts_skipped"_qs, d.hostsSkipped},
            {u"hosts"_qs, hosts},
            {u"findings"_qs, findingsJson(d.allFindings())}};
}

QString toText(const SmtpDomainResult& d) {
    QString text = QStringLiteral("%1: %2 MX host(s)%3\n\n")
                       .arg(d.domain)
                       .arg(d.mx.size())
                       .arg(d.implicitMx ? u" (implicit: the domain itself)"_qs : QString());
    for (const SmtpHostResult& h : d.hosts) {
        SmtpHostResult withoutFindings = h;
        withoutFindings.findings.clear();
        for (SmtpProbeResult& p : withoutFindings.probes)
            p.findings.clear();
        text += toText(withoutFindings);
    }
    const QList<Finding> findings = d.allFindings();
    if (!findings.isEmpty())
        text += u"Findings:\n"_qs;
    for (const Finding& f : findings)
        text += QStringLiteral("  [%1] %2\n").arg(severityName(f.severity), f.title);
    return text;
}

QString toText(const SmtpHostResult& h) {
    QString text;
    for (const SmtpProbeResult& p : h.probes) {
        text += QStringLiteral("%1 [%2]:%3  %4 (%5)\n")
                    .arg(p.host, p.address.toString())
                    .arg(p.port)
                    .arg(endName(p.end), p.endText);
        const StartTlsResult& t = p.starttls;
        if (t.handshake == StartTlsResult::Handshake::Succeeded)
            text += QStringLiteral("  TLS: %1 %2 %3, %4, name %5, expires in %6 days, %7\n")
                        .arg(t.protocol, t.cipher, t.group, t.summary,
                             t.nameMatch ? u"matches"_qs : u"does not match"_qs)
                        .arg(t.expiresDays.value_or(0))
                        .arg(t.tlsa311);
        text += p.transcript.toText();
        text += u'\n';
    }
    const QList<Finding> findings = h.allFindings();
    if (!findings.isEmpty())
        text += u"Findings:\n"_qs;
    for (const Finding& f : findings) {
        text += QStringLiteral("  [%1] %2\n").arg(severityName(f.severity), f.title);
        for (const QString& e : f.evidence)
            text += u"      "_qs + e + u'\n';
    }
    return text;
}

} // namespace rebound::smtp
