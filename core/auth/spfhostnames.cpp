#include "core/auth/spfdns.h"
#include "core/auth/spfhostcheck.h"
#include "core/dns/ipaddress.h"

using namespace Qt::StringLiterals;

namespace rebound::auth {

using util::Task;

using dns::DnsResult;
using dns::Outcome;
using dns::RecordType;

// The validated name of the client IP for %{p} (RFC 7208 7.3), found once per evaluation.
Task<bool> SpfHostCheck::resolveValidatedName(QString domain) {
    if (m_validatedNameKnown || !m_request.ip)
        co_return true;
    m_validatedNameKnown = true;
    const QStringList names = co_await validatedNames();
    if (names.isEmpty())
        co_return true;
    QString chosen = names.first();
    for (const QString& name : names) {
        if (name.compare(domain, Qt::CaseInsensitive) == 0) {
            chosen = name;
            break;
        }
        if (name.endsWith(u'.' + domain, Qt::CaseInsensitive))
            chosen = name;
    }
    m_macros.validatedName = chosen;
    co_return true;
}

// PTR names of the client IP whose addresses include it (at most maxNames names are tried).
Task<QStringList> SpfHostCheck::validatedNames() {
    QStringList validated;
    const DnsResult ptr =
        co_await m_dns.fetch(dns::reverseLookupName(spfEffectiveIp(*m_request.ip)), RecordType::PTR);
    if (ptr.outcome != Outcome::Answer)
        co_return validated;
    QStringList names;
    for (const auto& record : ptr.records())
        names << record.target;
    names = names.mid(0, m_request.maxNames);
    for (const QString& name : std::as_const(names))
        m_dns.prefetch(name, static_cast<RecordType>(addressType()));
    for (const QString& name : std::as_const(names)) {
        const DnsResult addresses = co_await m_dns.fetch(name, addressType());
        for (const auto& record : addresses.records()) {
            if (inRange(record.address, *m_request.ip, isV6(*m_request.ip) ? 128 : 32)) {
                validated << name;
                break;
            }
        }
    }
    co_return validated;
}

Task<std::optional<QString>> SpfHostCheck::expandTarget(QString spec, QString domain, QString* error) {
    if (spec.isEmpty())
        co_return domain;
    if (usesPtrMacro(spec))
        co_await resolveValidatedName(domain);
    m_macros.domain = domain;
    co_return expandDomainSpec(spec, m_macros, error);
}

// What a record will need, asked for at once: the targets that need no %{p} (nor, without an IP, the
// IP), up to the lookup limit, and the redirect.
void SpfHostCheck::prefetchRecord(const SpfRecord& record, const QString& domain) {
    if (!m_dns.prefetches())
        return;
    m_macros.domain = domain;
    auto simpleTarget = [&](const QString& spec) -> std::optional<QString> {
        if (spec.isEmpty())
            return domain;
        if (usesPtrMacro(spec) || (!m_request.ip && usesIpMacro(spec)))
            return std::nullopt;
        return expandDomainSpec(spec, m_macros);
    };
    int counted = 0;
    for (const SpfTerm& term : record.directives) {
        if (term.countsLookup() && ++counted > m_request.maxLookups)
            break;
        const auto target = simpleTarget(term.domainSpec);
        if (!target)
            continue;
        switch (term.mechanism) {
        case SpfMechanism::Include:
            m_dns.prefetch(*target, RecordType::TXT);
            break;
        case SpfMechanism::A:
            m_dns.prefetch(*target, static_cast<RecordType>(addressType()));
            break;
        case SpfMechanism::Mx:
            m_dns.prefetch(*target, RecordType::MX);
            break;
        case SpfMechanism::Exists:
            m_dns.prefetch(*target, RecordType::A);
            break;
        default:
            break;
        }
    }
    if (record.redirect && !record.hasAll) {
        if (const auto target = simpleTarget(record.redirect->modifierValue))
            m_dns.prefetch(*target, RecordType::TXT);
    }
}

Task<bool> SpfHostCheck::computeExplanation(int node) {
    if (node < 0 || node >= m_records.size() || !m_records.at(node) || !m_records.at(node)->explanation)
        co_return false;
    const QString domain = m_eval.nodes.at(node).domain;
    QString error;
    const auto target = co_await expandTarget(m_records.at(node)->explanation->modifierValue, domain, &error);
    if (!target || !isQueryableName(*target))
        co_return false;
    const DnsResult txt = co_await m_dns.fetch(*target, RecordType::TXT);
    if (txt.outcome != Outcome::Answer || txt.records().size() != 1)
        co_return false;
    const QByteArray bytes = txt.records().first().txtJoined();
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) > 0x7e || (static_cast<unsigned char>(c) < 0x20))
            co_return false;
    }
    const QString text = QString::fromLatin1(bytes);
    if (usesPtrMacro(text))
        co_await resolveValidatedName(domain);
    m_macros.domain = domain;
    const auto expanded = expandSpfMacros(text, m_macros, true);
    if (!expanded)
        co_return false;
    m_eval.explanation = *expanded;
    m_eval.explanationFromRecord = true;
    co_return true;
}

} // namespace rebound::auth
