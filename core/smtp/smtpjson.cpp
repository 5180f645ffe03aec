#include "core/smtp/smtpjson.h"

#include "core/dns/dnstypes.h"
#include "core/util/jsonutil.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

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
    return {{u"code"_s, reply.code}, {u"enhanced_code"_s, reply.enhancedCode}, {u"lines"_s, lines}};
}

QJsonObject toJson(const CertificateInfo& c) {
    return {{u"subject"_s, util::escapeControls(c.subject, 1024)},
            {u"issuer"_s, util::escapeControls(c.issuer, 1024)},
            {u"dns_names"_s, util::toJsonArray(c.dnsNames)},
            {u"not_before"_s, c.notBefore.toString(Qt::ISODate)},
            {u"not_after"_s, c.notAfter.toString(Qt::ISODate)},
            {u"key_type"_s, c.keyType},
            {u"key_bits"_s, c.keyBits},
            {u"sha256"_s, c.sha256},
            {u"spki_sha256"_s, c.spkiSha256},
            {u"self_issued"_s, c.selfIssued}};
}

QJsonObject toJson(const StartTlsResult& t) {
    QJsonArray errors;
    for (const VerifyError& e : t.verifyErrors)
        errors.append(QJsonObject{{u"depth"_s, e.depth},
                                  {u"code"_s, e.code},
                                  {u"text"_s, e.text},
                                  {u"subject"_s, util::escapeControls(e.subject, 1024)}});
    QJsonArray names;
    for (const NameCheck& n : t.nameChecks)
        names.append(QJsonObject{{u"role"_s, n.role}, {u"name"_s, n.name}, {u"matches"_s, n.matches}});
    return {{u"offered"_s, t.offered},
            {u"implicit"_s, t.implicitTls},
            {u"handshake"_s, handshakeName(t.handshake)},
            {u"reply_code"_s, t.starttlsReplyCode},
            {u"error"_s, t.error},
            {u"handshake_ms"_s, ms(t.handshakeMs)},
            {u"bytes_after_ready"_s, util::escapeUntrusted(t.bytesAfterReady, 1024)},
            {u"protocol"_s, t.protocol},
            {u"cipher"_s, t.cipher},
            {u"cipher_bits"_s, t.cipherBits},
            {u"group"_s, t.group},
            {u"chain_sent"_s, certificates(t.chainSent)},
            {u"chain_verified"_s, certificates(t.chainVerified)},
            {u"chain_trusted"_s, t.chainTrusted},
            {u"verify_errors"_s, errors},
            {u"name_checks"_s, names},
            {u"name_match"_s, t.nameMatch},
            {u"expires_days"_s, t.expiresDays ? QJsonValue(*t.expiresDays) : QJsonValue(QJsonValue::Null)},
            {u"ocsp"_s, QJsonObject{{u"present"_s, t.ocsp.present},
                                    {u"response_status"_s, t.ocsp.responseStatus},
                                    {u"cert_status"_s, t.ocsp.certStatus}}},
            {u"tlsa_311"_s, t.tlsa311},
            {u"dane"_s, QJsonObject{{u"checked"_s, t.dane.checked},
                                    {u"dnssec_validated"_s, t.dane.dnssecValidated},
                                    {u"validated"_s, t.dane.dnssecValidated},
                                    {u"records"_s, util::toJsonArray(t.dane.records)},
                                    {u"matched"_s, t.dane.matched},
                                    {u"matched_record"_s, t.dane.matchedRecord},
                                    {u"depth"_s, t.dane.depth},
                                    {u"error"_s, t.dane.error}}},
            {u"summary"_s, t.summary}};
}

QJsonObject toJson(const Transcript& transcript) {
    QJsonArray entries;
    for (const Transcript::Entry& e : transcript.entries)
        entries.append(
            QJsonObject{{u"ms"_s, double(e.ms)}, {u"dir"_s, directionTag(e.direction)}, {u"text"_s, e.text}});
    return {{u"entries"_s, entries}, {u"dropped"_s, transcript.droppedEntries}};
}

QJsonObject toJson(const SmtpProbeResult& p) {
    QJsonObject ehlo;
    if (p.ehlo) {
        ehlo = toJson(*p.ehlo);
        ehlo.insert(u"capabilities"_s, util::toJsonArray(p.capabilities));
    }
    ehlo.insert(u"name_sent"_s, p.ehloName);
    ehlo.insert(u"helo_used"_s, p.usedHelo);
    QJsonObject ehloTls;
    if (p.ehloTls) {
        ehloTls = toJson(*p.ehloTls);
        ehloTls.insert(u"capabilities"_s, util::toJsonArray(p.capabilitiesTls));
    }
    QJsonObject banner;
    if (p.banner) {
        banner = toJson(*p.banner);
        banner.insert(u"name"_s, p.bannerName);
    }
    QJsonObject out{
        {u"host"_s, p.host},
        {u"address"_s, p.address.toString()},
        {u"port"_s, p.port},
        {u"end"_s, endName(p.end)},
        {u"end_stage"_s, stageName(p.endStage)},
        {u"end_text"_s, p.endText},
        {u"connect_ms"_s, ms(p.connectMs)},
        {u"banner_ms"_s, ms(p.bannerMs)},
        {u"total_ms"_s, double(p.totalMs)},
        {u"bytes_received"_s, double(p.bytesReceived)},
        {u"banner"_s, p.banner ? QJsonValue(banner) : QJsonValue(QJsonValue::Null)},
        {u"ehlo"_s, ehlo},
        {u"starttls"_s, toJson(p.starttls)},
        {u"ehlo_tls"_s, p.ehloTls ? QJsonValue(ehloTls) : QJsonValue(QJsonValue::Null)},
        {u"quit"_s, optionalReply(p.quit)},
        {u"partial_reply"_s, util::escapeUntrusted(p.partialReply, 512)},
        {u"ptr"_s, p.ptrLooked ? QJsonValue(util::toJsonArray(p.ptrNames)) : QJsonValue(QJsonValue::Null)},
        {u"transcript"_s, toJson(p.transcript)},
        {u"findings"_s, findingsJson(p.findings)}};
    if (!p.dialogue.isEmpty()) {
        QJsonArray dialogue;
        for (const DialogueStep& step : p.dialogue)
            dialogue.append(QJsonObject{{u"command"_s, util::escapeUntrusted(step.command, 1024)},
                                        {u"reply"_s, optionalReply(step.reply)}});
        out.insert(u"dialogue"_s, dialogue);
    }
    return out;
}

QJsonObject toJson(const SmtpHostResult& h) {
    QJsonObject out;
    const qsizetype primary = h.primaryIndex();
    if (primary >= 0)
        out = toJson(h.probes.at(primary));
    else
        out.insert(u"address"_s, QJsonValue(QJsonValue::Null));
    QJsonArray probes;
    for (const SmtpProbeResult& p : h.probes)
        probes.append(toJson(p));
    QJsonArray tlsa;
    for (const TlsaRecord& r : h.tlsa)
        tlsa.append(r.toString());
    out.insert(u"host"_s, h.host);
    out.insert(u"port"_s, h.port);
    const QJsonObject dnsJson{
        {u"a"_s, dns::outcomeName(h.aOutcome)},       {u"aaaa"_s, dns::outcomeName(h.aaaaOutcome)},
        {u"tlsa"_s, dns::outcomeName(h.tlsaOutcome)}, {u"tlsa_records"_s, tlsa},
        {u"tlsa_ad"_s, h.tlsaAuthenticated},          {u"worked"_s, h.dnsWorked}};
    // An IP literal asks DNS nothing but its PTR.
    out.insert(u"dns"_s, h.ipLiteral ? QJsonValue(QJsonValue::Null) : QJsonValue(dnsJson));
    // DANE (RFC 7672): the validated TLSA lookup and, when it was checked, whether a probe matched.
    QJsonValue matched;
    for (const SmtpProbeResult& p : h.probes) {
        if (p.starttls.dane.checked)
            matched = matched.toBool(true) && p.starttls.dane.matched;
    }
    const dane::TlsaAnswer& answer = h.tlsaAnswer;
    QString daneError =
        answer.bogus ? (answer.whyBogus.isEmpty() ? u"bogus"_s : answer.whyBogus) : answer.error;
    if (daneError.isEmpty() && !h.tlsa.isEmpty() && !answer.validated)
        daneError = u"not DNSSEC-validated"_s;
    out.insert(u"dane"_s,
               h.ipLiteral
                   ? QJsonValue(QJsonValue::Null)
                   : QJsonValue(QJsonObject{{u"name"_s, answer.name},
                                            {u"tlsa"_s, tlsa},
                                            {u"validated"_s, answer.validated},
                                            {u"bogus"_s, answer.bogus},
                                            {u"matched"_s, matched},
                                            {u"error"_s, daneError.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                             : QJsonValue(daneError)}}));
    out.insert(u"addresses_skipped"_s, h.addressesSkipped);
    out.insert(u"probes"_s, probes);
    out.insert(u"findings"_s, findingsJson(h.allFindings()));
    return out;
}

QJsonObject toJson(const SmtpDomainResult& d) {
    QJsonArray mx;
    for (const MxHost& m : d.mx)
        mx.append(QJsonObject{{u"preference"_s, m.preference}, {u"host"_s, m.host}});
    QJsonArray hosts;
    for (const SmtpHostResult& h : d.hosts)
        hosts.append(toJson(h));
    return {{u"domain"_s, d.domain},
            {u"mx_outcome"_s, dns::outcomeName(d.mxOutcome)},
            {u"mx"_s, mx},
            {u"implicit_mx"_s, d.implicitMx},
            {u"null_mx"_s, d.nullMx},
            {u"hosts_skipped"_s, d.hostsSkipped},
            {u"hosts"_s, hosts},
            {u"findings"_s, findingsJson(d.allFindings())}};
}

QString toText(const SmtpDomainResult& d) {
    QString text = QStringLiteral("%1: %2 MX host(s)%3\n\n")
                       .arg(d.domain)
                       .arg(d.mx.size())
                       .arg(d.implicitMx ? u" (implicit: the domain itself)"_s : QString());
    for (const SmtpHostResult& h : d.hosts) {
        SmtpHostResult withoutFindings = h;
        withoutFindings.findings.clear();
        for (SmtpProbeResult& p : withoutFindings.probes)
            p.findings.clear();
        text += toText(withoutFindings);
    }
    const QList<Finding> findings = d.allFindings();
    if (!findings.isEmpty())
        text += u"Findings:\n"_s;
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
                             t.nameMatch ? u"matches"_s : u"does not match"_s)
                        .arg(t.expiresDays.value_or(0))
                        .arg(t.tlsa311);
        text += p.transcript.toText();
        text += u'\n';
    }
    const QList<Finding> findings = h.allFindings();
    if (!findings.isEmpty())
        text += u"Findings:\n"_s;
    for (const Finding& f : findings) {
        text += QStringLiteral("  [%1] %2\n").arg(severityName(f.severity), f.title);
        for (const QString& e : f.evidence)
            text += u"      "_s + e + u'\n';
    }
    return text;
}

} // namespace rebound::smtp
