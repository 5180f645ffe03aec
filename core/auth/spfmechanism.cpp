#include "core/auth/spfdns.h"
#include "core/auth/spfhostcheck.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rebound::auth {

using util::Task;

using dns::DnsResult;
using dns::RecordType;

bool SpfHostCheck::inRange(const QHostAddress& candidate, const QHostAddress& ip, int prefix) {
    const QHostAddress a = spfEffectiveIp(candidate);
    const QHostAddress b = spfEffectiveIp(ip);
    if (a.protocol() != b.protocol())
        return false;
    return b.isInSubnet(a, prefix);
}

bool SpfHostCheck::isV6(const QHostAddress& ip) {
    return spfEffectiveIp(ip).protocol() == QAbstractSocket::IPv6Protocol;
}

quint16 SpfHostCheck::addressType() const {
    return m_request.ip && isV6(*m_request.ip) ? quint16(RecordType::AAAA) : quint16(RecordType::A);
}

Task<SpfHostCheck::MechanismOutcome> SpfHostCheck::evaluateMechanism(SpfTerm term, QString domain, int node,
                                                                     int traceIndex) {
    const bool haveIp = m_request.ip.has_value();
    switch (term.mechanism) {
    case SpfMechanism::All:
        co_return MechanismOutcome{MechanismOutcome::Match,
                                   QCoreApplication::translate("rebound::auth", "always matches")};
    case SpfMechanism::Ip4:
    case SpfMechanism::Ip6: {
        const int prefix = term.mechanism == SpfMechanism::Ip4 ? term.cidr4 : term.cidr6;
        if (!haveIp)
            co_return MechanismOutcome{MechanismOutcome::NoMatch,
                                       QCoreApplication::translate("rebound::auth", "no client IP given")};
        const bool match = inRange(term.network, *m_request.ip, prefix);
        co_return MechanismOutcome{
            match ? MechanismOutcome::Match : MechanismOutcome::NoMatch,
            match ? QCoreApplication::translate("rebound::auth", "the IP is in this network")
                  : QCoreApplication::translate("rebound::auth", "the IP is not in this network")};
    }
    default:
        break;
    }

    if (!haveIp && usesIpMacro(term.domainSpec))
        co_return MechanismOutcome{
            MechanismOutcome::NoMatch,
            QCoreApplication::translate("rebound::auth", "depends on the client IP, which was not given")};
    QString error;
    const auto target = co_await expandTarget(term.domainSpec, domain, &error);
    if (!target)
        co_return MechanismOutcome{MechanismOutcome::PermError, error};
    m_eval.nodes[node].terms[traceIndex].target = *target;

    switch (term.mechanism) {
    case SpfMechanism::Include:
        m_eval.nodes[node].terms[traceIndex].child = int(m_eval.nodes.size());
        co_return co_await evaluateInclude(*target, node);
    case SpfMechanism::A: {
        const DnsResult r = co_await m_dns.fetch(*target, addressType());
        co_return addressOutcome(r, term);
    }
    case SpfMechanism::Mx:
        co_return co_await evaluateMx(*target, term);
    case SpfMechanism::Ptr:
        co_return co_await evaluatePtr(*target);
    case SpfMechanism::Exists:
        co_return co_await evaluateExists(*target);
    default:
        break;
    }
    co_return MechanismOutcome{};
}

// include: (RFC 7208 5.2): a nested check_host(); its pass is a match, a missing record a permerror.
Task<SpfHostCheck::MechanismOutcome> SpfHostCheck::evaluateInclude(QString target, int node) {
    const Result sub = co_await checkHost(target, u"include"_s, node);
    const QString detail =
        QCoreApplication::translate("rebound::auth", "%1 returned %2").arg(target, spfResultName(sub.result));
    switch (sub.result) {
    case SpfResult::Pass:
        co_return MechanismOutcome{MechanismOutcome::Match, detail};
    case SpfResult::Fail:
    case SpfResult::SoftFail:
    case SpfResult::Neutral:
        co_return MechanismOutcome{MechanismOutcome::NoMatch, detail};
    case SpfResult::TempError:
        co_return MechanismOutcome{MechanismOutcome::TempError, detail + u": "_s + sub.reason};
    case SpfResult::None:
        co_return MechanismOutcome{
            MechanismOutcome::PermError,
            QCoreApplication::translate("rebound::auth", "the included domain %1 has no SPF record")
                .arg(target)};
    case SpfResult::PermError:
        co_return MechanismOutcome{MechanismOutcome::PermError, detail + u": "_s + sub.reason};
    }
    co_return MechanismOutcome{};
}

// ptr (RFC 7208 5.5): a validated PTR name of the client IP in the target domain.
Task<SpfHostCheck::MechanismOutcome> SpfHostCheck::evaluatePtr(QString target) {
    if (!m_request.ip)
        co_return MechanismOutcome{MechanismOutcome::NoMatch,
                                   QCoreApplication::translate("rebound::auth", "no client IP given")};
    const QStringList names = co_await validatedNames();
    for (const QString& name : names) {
        if (name.compare(target, Qt::CaseInsensitive) == 0
            || name.endsWith(u'.' + target, Qt::CaseInsensitive))
            co_return MechanismOutcome{
                MechanismOutcome::Match,
                QCoreApplication::translate("rebound::auth", "validated PTR name %1").arg(name)};
    }
    co_return MechanismOutcome{MechanismOutcome::NoMatch,
                               names.isEmpty()
                                   ? QCoreApplication::translate("rebound::auth", "no validated PTR name")
                                   : QCoreApplication::translate("rebound::auth", "validated PTR names: %1")
                                         .arg(names.join(u", "_s))};
}

// exists (RFC 7208 5.7): any A record at the target.
Task<SpfHostCheck::MechanismOutcome> SpfHostCheck::evaluateExists(QString target) {
    const DnsResult r = co_await m_dns.fetch(target, RecordType::A);
    if (isDnsError(r))
        co_return MechanismOutcome{MechanismOutcome::TempError, describeAnswer(r)};
    if (!noteVoid(r))
        co_return MechanismOutcome{MechanismOutcome::PermError, voidLimitText()};
    const bool match = !r.records().isEmpty() && m_request.ip.has_value();
    co_return MechanismOutcome{match ? MechanismOutcome::Match : MechanismOutcome::NoMatch,
                               describeAnswer(r)};
}

SpfHostCheck::MechanismOutcome SpfHostCheck::addressOutcome(const DnsResult& r, const SpfTerm& term) {
    if (isDnsError(r))
        return {MechanismOutcome::TempError, describeAnswer(r)};
    if (!noteVoid(r))
        return {MechanismOutcome::PermError, voidLimitText()};
    if (m_request.ip) {
        for (const auto& record : r.records()) {
            if (inRange(record.address, *m_request.ip, isV6(*m_request.ip) ? term.cidr6 : term.cidr4))
                return {MechanismOutcome::Match, QCoreApplication::translate("rebound::auth", "%1 has %2")
                                                     .arg(r.name, record.address.toString())};
        }
    }
    return {MechanismOutcome::NoMatch, describeAnswer(r)};
}

// mx (RFC 7208 5.4): the addresses of at most maxNames MX hosts, in preference order.
Task<SpfHostCheck::MechanismOutcome> SpfHostCheck::evaluateMx(QString target, SpfTerm term) {
    const DnsResult mx = co_await m_dns.fetch(target, RecordType::MX);
    if (isDnsError(mx))
        co_return MechanismOutcome{MechanismOutcome::TempError, describeAnswer(mx)};
    if (!noteVoid(mx))
        co_return MechanismOutcome{MechanismOutcome::PermError, voidLimitText()};
    auto records = mx.records();
    if (records.size() > m_request.maxNames)
        co_return MechanismOutcome{
            MechanismOutcome::PermError,
            QCoreApplication::translate("rebound::auth",
                                        "%1 MX records; an mx term may look up at most %2 (RFC 7208 4.6.4)")
                .arg(records.size())
                .arg(m_request.maxNames)};
    std::stable_sort(records.begin(), records.end(), [](const dns::DnsRecord& a, const dns::DnsRecord& b) {
        return a.preference < b.preference;
    });
    for (const auto& record : std::as_const(records)) {
        if (!record.target.isEmpty() && record.target != u".")
            m_dns.prefetch(record.target, static_cast<RecordType>(addressType()));
    }
    MechanismOutcome outcome{MechanismOutcome::NoMatch, describeAnswer(mx)};
    for (const auto& record : std::as_const(records)) {
        if (record.target.isEmpty() || record.target == u".")
            continue; // a null MX names no host
        const DnsResult r = co_await m_dns.fetch(record.target, addressType());
        const MechanismOutcome one = addressOutcome(r, term);
        if (one.kind == MechanismOutcome::TempError || one.kind == MechanismOutcome::PermError)
            co_return MechanismOutcome{one.kind, record.target + u": "_s + one.detail};
        if (one.kind == MechanismOutcome::Match && outcome.kind != MechanismOutcome::Match)
            outcome = MechanismOutcome{MechanismOutcome::Match,
                                       QStringLiteral("MX %1: %2").arg(record.target, one.detail)};
    }
    co_return outcome;
}

} // namespace rebound::auth
