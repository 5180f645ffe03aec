#include "core/smtp/smtpdomainprobe.h"

#include "core/dns/resolver.h"
#include "core/smtp/smtpfindings.h"
#include "core/smtp/smtphostprobe.h"
#include "core/smtp/smtpknowledge.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rebound::smtp {

QList<Finding> SmtpDomainResult::allFindings() const {
    QList<Finding> out = findings;
    for (const SmtpHostResult& host : hosts)
        out += host.allFindings();
    return out;
}

SmtpDomainProbe::SmtpDomainProbe(dns::Resolver* resolver, const QString& domain, quint16 port,
                                 const SmtpProbeOptions& options, QObject* parent)
    : QObject(parent)
    , m_resolver(resolver)
    , m_port(port)
    , m_options(options) {
    m_result.domain = domain.trimmed();
    if (m_result.domain.endsWith(u'.'))
        m_result.domain.chop(1);
    m_options.domain = m_result.domain;
}

SmtpDomainProbe::~SmtpDomainProbe() {
    if (m_resolver && m_query && !m_finished)
        m_resolver->cancel(m_query);
}

void SmtpDomainProbe::start() {
    if (m_started)
        return;
    m_started = true;
    if (!m_resolver) {
        QMetaObject::invokeMethod(this, &SmtpDomainProbe::finish, Qt::QueuedConnection);
        return;
    }
    m_query = m_resolver->query(m_result.domain, dns::RecordType::MX, this,
                                [this](const dns::DnsResult& r) { onMx(r); });
}

void SmtpDomainProbe::onMx(const dns::DnsResult& r) {
    m_query = 0;
    if (m_finished)
        return;
    m_result.mxOutcome = r.outcome;
    for (const dns::DnsRecord& record : r.records())
        m_result.mx << MxHost{record.preference, record.target};
    std::stable_sort(m_result.mx.begin(), m_result.mx.end(),
                     [](const MxHost& a, const MxHost& b) { return a.preference < b.preference; });
    if (m_result.mx.size() == 1
        && (m_result.mx.first().host.isEmpty() || m_result.mx.first().host == u"."_s)) {
        m_result.nullMx = true;
        m_result.findings << SmtpKnowledge::instance().finding(u"smtp.null_mx"_s,
                                                               {{u"domain"_s, m_result.domain}});
        finish();
        return;
    }
    if (r.outcome == dns::Outcome::NoData) {
        m_result.implicitMx = true;
        m_result.mx << MxHost{0, m_result.domain};
        m_result.findings << SmtpKnowledge::instance().finding(u"smtp.implicit_mx"_s,
                                                               {{u"domain"_s, m_result.domain}});
    } else if (m_result.mx.isEmpty()) {
        const bool definite = dns::isDefinite(r.outcome);
        m_result.findings << SmtpKnowledge::instance().finding(
            definite ? u"smtp.domain_missing"_s : u"smtp.mx_unresolved"_s,
            {{u"domain"_s, m_result.domain}, {u"outcome"_s, dns::outcomeName(r.outcome)}}, {r.error});
        finish();
        return;
    }
    if (m_result.mx.size() > maxHosts) {
        m_result.hostsSkipped = int(m_result.mx.size()) - maxHosts;
    }
    const qsizetype count = qMin<qsizetype>(m_result.mx.size(), maxHosts);
    m_result.hosts.resize(count);
    for (qsizetype i = 0; i < count; ++i) {
        auto* probe = new SmtpHostProbe(m_resolver, m_result.mx.at(i).host, m_port, m_options, this);
        probe->maxAddresses = maxAddressesPerHost;
        m_probes << probe;
        connect(probe, &SmtpHostProbe::finished, this, [this, probe, i] {
            m_result.hosts[i] = probe->result();
            --m_running;
            startNext();
        });
    }
    startNext();
}

void SmtpDomainProbe::startNext() {
    if (m_finished)
        return;
    while (m_running < maxConcurrent && m_next < m_probes.size()) {
        ++m_running;
        m_probes.at(m_next++)->start();
    }
    if (m_running == 0 && m_next == m_probes.size())
        finish();
}

void SmtpDomainProbe::cancel() {
    if (m_finished)
        return;
    for (qsizetype i = 0; i < m_probes.size(); ++i) {
        m_probes.at(i)->cancel();
        m_result.hosts[i] = m_probes.at(i)->result();
    }
    finish();
}

void SmtpDomainProbe::finish() {
    if (m_finished)
        return;
    m_finished = true;
    if (m_resolver && m_query)
        m_resolver->cancel(m_query);
    QList<SmtpProbeResult> all;
    bool dnsWorked = dns::isDefinite(m_result.mxOutcome);
    for (const SmtpHostResult& host : std::as_const(m_result.hosts)) {
        all += host.probes;
        dnsWorked = dnsWorked || host.dnsWorked;
    }
    // Across hosts the blocked-port verdict is stronger; it replaces the per-host ones.
    if (const auto blocked = blockedPortFinding(all, int(m_result.hosts.size()), dnsWorked)) {
        for (SmtpHostResult& host : m_result.hosts)
            host.findings.removeIf([](const Finding& f) { return f.id == u"smtp.port_blocked_locally"; });
        m_result.findings << *blocked;
    }
    QMetaObject::invokeMethod(this, &SmtpDomainProbe::finished, Qt::QueuedConnection);
}

} // namespace rebound::smtp
