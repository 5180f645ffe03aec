#include "core/smtp/smtphostprobe.h"

#include "core/dane/tlsalookup.h"
#include "core/dns/ipaddress.h"
#include "core/dns/resolver.h"
#include "core/smtp/smtpfindings.h"
#include "core/smtp/smtpknowledge.h"
#include "core/smtp/smtpprobe.h"

using namespace Qt::StringLiterals;

namespace rebound::smtp {

SmtpHostProbe::SmtpHostProbe(dns::Resolver* resolver, const QString& host, quint16 port,
                             const SmtpProbeOptions& options, QObject* parent)
    : QObject(parent)
    , m_resolver(resolver)
    , m_options(options) {
    m_result.host = host.trimmed();
    if (m_result.host.endsWith(u'.'))
        m_result.host.chop(1);
    m_result.port = port;
}

SmtpHostProbe::~SmtpHostProbe() {
    if (m_resolver) {
        for (quint64 id : std::as_const(m_queries))
            m_resolver->cancel(id);
    }
}

void SmtpHostProbe::start() {
    if (m_started)
        return;
    m_started = true;
    if (const auto ip = dns::parseIpAddress(m_result.host)) {
        m_result.ipLiteral = true;
        m_result.host = ip->toString();
        QMetaObject::invokeMethod(
            this, [this, ip = *ip] { startProbes({ip}); }, Qt::QueuedConnection);
        return;
    }
    if (!m_resolver) {
        m_result.findings << SmtpKnowledge::instance().finding(u"smtp.no_resolver"_s, {});
        QMetaObject::invokeMethod(this, &SmtpHostProbe::finish, Qt::QueuedConnection);
        return;
    }
    m_dnsPending = 3;
    const auto addressesOf = [](const dns::DnsResult& r, QList<QHostAddress>& into) {
        for (const dns::DnsRecord& record : r.records())
            into << record.address;
    };
    m_queries << m_resolver->query(m_result.host, dns::RecordType::A, this,
                                   [this, addressesOf](const dns::DnsResult& r) {
                                       m_result.aOutcome = r.outcome;
                                       m_result.dnsWorked = m_result.dnsWorked || dns::isDefinite(r.outcome);
                                       addressesOf(r, m_v4);
                                       onDnsAnswer();
                                   });
    m_queries << m_resolver->query(m_result.host, dns::RecordType::AAAA, this,
                                   [this, addressesOf](const dns::DnsResult& r) {
                                       m_result.aaaaOutcome = r.outcome;
                                       m_result.dnsWorked = m_result.dnsWorked || dns::isDefinite(r.outcome);
                                       addressesOf(r, m_v6);
                                       onDnsAnswer();
                                   });
    // TLSA first through the project's resolver: most hosts publish none, and then nothing else is
    // asked. Records, or a SERVFAIL (what a validating resolver answers for a bogus zone), are asked
    // again through libunbound, validated, forwarding to the same servers.
    const QString tlsaName = QStringLiteral("_%1._tcp.%2").arg(m_result.port).arg(m_result.host);
    m_queries << m_resolver->query(
        tlsaName, dns::RecordType::TLSA, this, [this, tlsaName](const dns::DnsResult& r) {
            m_result.tlsaOutcome = r.outcome;
            for (const dns::DnsRecord& record : r.records())
                m_result.tlsa << TlsaRecord{record.tlsaUsage, record.tlsaSelector, record.tlsaMatchingType,
                                            record.tlsaData};
            if (r.outcome != dns::Outcome::Answer && r.outcome != dns::Outcome::ServFail) {
                onDnsAnswer();
                return;
            }
            dane::DaneConfig config;
            config.forwarders = m_resolver->activeServers();
            config.trustAnchorFile = m_resolver->config().trustAnchorFile;
            config.timeoutMs = qMax(4000, 2 * m_resolver->config().timeoutMs);
            m_tlsaLookup = new dane::TlsaLookup(this);
            connect(m_tlsaLookup, &dane::TlsaLookup::finished, this, &SmtpHostProbe::onTlsaAnswer);
            m_tlsaLookup->start(tlsaName, config);
        });
}

void SmtpHostProbe::onTlsaAnswer() {
    const dane::TlsaAnswer& answer = m_tlsaLookup->result();
    m_result.tlsaAnswer = answer;
    m_result.tlsaAuthenticated = answer.validated;
    if (answer.answered || answer.bogus)
        m_result.tlsa = answer.records; // else the first lookup's, unvalidated
    if (answer.bogus)
        m_result.tlsaOutcome = dns::Outcome::ServFail;
    else if (answer.answered)
        m_result.tlsaOutcome = answer.nxdomain            ? dns::Outcome::NxDomain
                               : answer.records.isEmpty() ? dns::Outcome::NoData
                                                          : dns::Outcome::Answer;
    // RFC 7672 2.2: only validated records count. A bogus answer is an attack or a broken signature,
    // never "no TLSA"; unvalidated records cannot be used, and senders ignore them.
    const SmtpKnowledge::Args args{{u"host"_s, m_result.host}, {u"name"_s, answer.name}};
    QStringList evidence;
    for (const QString& text : {answer.whyBogus, answer.error})
        if (!text.isEmpty())
            evidence << text;
    for (const TlsaRecord& r : std::as_const(m_result.tlsa))
        evidence << r.toString();
    if (answer.bogus)
        m_result.findings << SmtpKnowledge::instance().finding(u"smtp.tls.dane_bogus"_s, args, evidence);
    else if (!m_result.tlsa.isEmpty() && !answer.validated)
        m_result.findings << SmtpKnowledge::instance().finding(u"smtp.tls.dane_not_validated"_s, args,
                                                               evidence);
    onDnsAnswer();
}

void SmtpHostProbe::onDnsAnswer() {
    if (--m_dnsPending > 0 || m_finished)
        return;
    m_queries.clear();
    if (m_v4.isEmpty() && m_v6.isEmpty()) {
        const QString detail =
            QStringLiteral("A: %1, AAAA: %2.")
                .arg(dns::outcomeName(m_result.aOutcome), dns::outcomeName(m_result.aaaaOutcome));
        const bool definite = dns::isDefinite(m_result.aOutcome) && dns::isDefinite(m_result.aaaaOutcome);
        m_result.findings << SmtpKnowledge::instance().finding(definite ? u"smtp.host_has_no_address"_s
                                                                        : u"smtp.host_unresolved"_s,
                                                               {{u"host"_s, m_result.host}}, {detail});
        finish();
        return;
    }
    m_options.tlsa = m_result.tlsa;
    m_options.tlsaAuthenticated = m_result.tlsaAuthenticated;
    startProbes(m_v4 + m_v6);
}

void SmtpHostProbe::startProbes(QList<QHostAddress> addresses) {
    if (m_finished)
        return;
    if (addresses.size() > maxAddresses) {
        m_result.addressesSkipped = int(addresses.size()) - maxAddresses;
        addresses.resize(maxAddresses);
    }
    const QString sniName = m_result.ipLiteral ? QString() : m_result.host;
    m_result.probes.resize(addresses.size());
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        auto* probe = new SmtpProbe(sniName.isEmpty() ? addresses.at(i).toString() : sniName, addresses.at(i),
                                    m_result.port, m_options, this);
        m_probes << probe;
        ++m_pending;
        connect(probe, &SmtpProbe::finished, this, [this, probe, i] {
            m_result.probes[i] = probe->result();
            --m_pending;
            maybeFinish();
        });
        if (m_resolver) {
            ++m_pending;
            m_result.probes[i].address = addresses.at(i);
            m_queries << m_resolver->query(dns::reverseLookupName(addresses.at(i)), dns::RecordType::PTR,
                                           this, [this, i](const dns::DnsResult& r) {
                                               QStringList names;
                                               for (const dns::DnsRecord& record : r.records())
                                                   names << record.target;
                                               m_ptr[i] = {dns::isDefinite(r.outcome), names};
                                               m_result.dnsWorked =
                                                   m_result.dnsWorked || dns::isDefinite(r.outcome);
                                               --m_pending;
                                               maybeFinish();
                                           });
        }
    }
    for (SmtpProbe* probe : std::as_const(m_probes))
        probe->start();
}

void SmtpHostProbe::maybeFinish() {
    if (m_pending == 0)
        finish();
}

void SmtpHostProbe::cancel() {
    if (m_finished)
        return;
    for (SmtpProbe* probe : std::as_const(m_probes)) {
        probe->cancel();
    }
    for (qsizetype i = 0; i < m_probes.size(); ++i)
        m_result.probes[i] = m_probes.at(i)->result();
    finish();
}

void SmtpHostProbe::finish() {
    if (m_finished)
        return;
    m_finished = true;
    if (m_resolver) {
        for (quint64 id : std::as_const(m_queries))
            m_resolver->cancel(id);
    }
    m_queries.clear();
    if (m_tlsaLookup) {
        m_tlsaLookup->disconnect(this);
        m_tlsaLookup->cancel();
    }
    for (qsizetype i = 0; i < m_result.probes.size(); ++i) {
        SmtpProbeResult& probe = m_result.probes[i];
        const auto ptr = m_ptr.value(i);
        probe.ptrLooked = ptr.first;
        probe.ptrNames = ptr.second;
        probe.findings += bannerPtrFindings(probe);
    }
    if (const auto blocked = blockedPortFinding(m_result.probes, 1, m_result.dnsWorked))
        m_result.findings << *blocked;
    QMetaObject::invokeMethod(this, &SmtpHostProbe::finished, Qt::QueuedConnection);
}

} // namespace rebound::smtp
