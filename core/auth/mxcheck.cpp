#include "core/auth/mxcheck.h"

#include "core/auth/authknowledge.h"
#include "core/auth/dnsfuture.h"
#include "core/dns/ipaddress.h"

#include <vector>

using namespace Qt::StringLiterals;

namespace rebound::auth {

using dns::DnsResult;
using dns::Outcome;
using dns::RecordType;
using util::Task;

namespace {

// The texts for people are in resources/auth/findings.json (AuthKnowledge); ids and states are never
// translated.

const AuthKnowledge& knowledge() {
    return AuthKnowledge::instance();
}

Finding make(const QString& id, const QStringList& titleArgs, const QStringList& detailArgs = {}) {
    return knowledge().finding(id, titleArgs, detailArgs);
}

// The address queries are started by the caller for every host at once; this reads their answers.
Task<MxHost> resolveHost(MxHost host, DnsFuture a, DnsFuture aaaa) {
    const DnsResult ra = co_await a;
    const DnsResult raaaa = co_await aaaa;
    for (const DnsResult* r : {&ra, &raaaa}) {
        for (const auto& record : r->answers) {
            if (record.type == quint16(RecordType::CNAME) && host.aliasOf.isEmpty())
                host.aliasOf = record.target;
        }
        for (const auto& record : r->records())
            host.addresses << record.address.toString();
    }
    const bool error = !dns::isDefinite(ra.outcome) && !dns::isDefinite(raaaa.outcome);
    if (host.addresses.isEmpty()) {
        const QString dnsError = ra.error.isEmpty() ? dns::outcomeName(ra.outcome) : ra.error;
        host.problem =
            error ? knowledge().text(u"mx_unresolved"_s, {dnsError}) : knowledge().text(u"mx_no_address"_s);
        co_return host;
    }
    for (const QString& address : std::as_const(host.addresses)) {
        if (const auto reason = dns::specialPurposeReason(QHostAddress(address))) {
            host.problem = knowledge().text(u"mx_special_address"_s, {address, *reason});
            break;
        }
    }
    co_return host;
}

// No MX records: the A/AAAA records of the domain are its implicit MX (RFC 5321 5.1), if it has any.
void addImplicitMx(MxReport& report, const DnsResult& a, const DnsResult& aaaa) {
    if (a.records().isEmpty() && aaaa.records().isEmpty()) {
        report.state = MxReport::State::NoMailRoute;
        report.findings << make(u"mx.no_mail_route"_s, {report.domain});
        return;
    }
    report.state = MxReport::State::ImplicitMx;
    MxHost host;
    host.target = report.domain;
    for (const auto& r : a.records() + aaaa.records())
        host.addresses << r.address.toString();
    report.hosts << host;
    report.findings << make(u"mx.implicit"_s, {report.domain});
}

// A null MX ("0 .", RFC 7505): alone it says the domain takes no mail; beside other MX it is an error.
void addNullMx(MxReport& report, const QList<dns::DnsRecord>& records) {
    report.state = MxReport::State::NullMx;
    for (const auto& record : records) {
        MxHost host;
        host.preference = record.preference;
        host.target = record.target.isEmpty() ? u"."_s : record.target;
        report.hosts << host;
    }
    if (records.size() == 1 && records.first().preference == 0)
        report.findings << make(u"mx.null"_s, {report.domain});
    else
        report.findings << make(u"mx.null_mixed"_s, {report.domain});
}

// A resolved MX host: kept, with what is wrong with it.
void addHost(MxReport& report, const MxHost& host) {
    report.hosts << host;
    if (!host.problem.isEmpty()) {
        Finding unusable =
            make(host.addresses.isEmpty() ? u"mx.unresolvable"_s : u"mx.private_address"_s, {host.target});
        unusable.detail = host.problem;
        report.findings << unusable;
    }
    if (!host.aliasOf.isEmpty())
        report.findings << make(u"mx.cname"_s, {host.target, host.aliasOf});
}

} // namespace

QString mxStateName(MxReport::State state) {
    switch (state) {
    case MxReport::State::Ok:
        return u"ok"_s;
    case MxReport::State::NullMx:
        return u"null-mx"_s;
    case MxReport::State::ImplicitMx:
        return u"implicit-mx"_s;
    case MxReport::State::NoMailRoute:
        return u"no-mail-route"_s;
    case MxReport::State::NxDomain:
        return u"nxdomain"_s;
    case MxReport::State::DnsError:
        return u"dns-error"_s;
    }
    return {};
}

Task<MxReport> checkMx(dns::Resolver* resolver, QObject* context, QString domain) {
    MxReport report;
    report.domain = domain;
    const DnsResult mx = co_await DnsFuture(resolver, context, domain, RecordType::MX);
    if (mx.outcome == Outcome::NxDomain) {
        report.state = MxReport::State::NxDomain;
        report.findings << make(u"mx.nxdomain"_s, {domain});
        co_return report;
    }
    if (!dns::isDefinite(mx.outcome)) {
        report.state = MxReport::State::DnsError;
        report.error = mx.error.isEmpty() ? dns::outcomeName(mx.outcome) : mx.error;
        report.findings << make(u"mx.dns_error"_s, {domain}, {report.error});
        co_return report;
    }
    const auto records = mx.records();
    if (records.isEmpty()) {
        const DnsResult a = co_await DnsFuture(resolver, context, domain, RecordType::A);
        const DnsResult aaaa = co_await DnsFuture(resolver, context, domain, RecordType::AAAA);
        addImplicitMx(report, a, aaaa);
        co_return report;
    }
    bool nullMx = false;
    for (const auto& record : records) {
        if (record.target.isEmpty() || record.target == u".")
            nullMx = true;
    }
    if (nullMx) {
        addNullMx(report, records);
        co_return report;
    }
    report.state = MxReport::State::Ok;
    std::vector<Task<MxHost>> lookups;
    for (const auto& record : records) {
        MxHost host;
        host.preference = record.preference;
        host.target = record.target;
        if (dns::parseIpAddress(host.target)) {
            host.ipLiteral = true;
            host.problem = knowledge().text(u"mx_ip_literal"_s);
            report.hosts << host;
            continue;
        }
        lookups.push_back(resolveHost(host, DnsFuture(resolver, context, host.target, RecordType::A),
                                      DnsFuture(resolver, context, host.target, RecordType::AAAA)));
    }
    for (const MxHost& host : std::as_const(report.hosts))
        report.findings << make(u"mx.ip_literal"_s, {host.target});
    for (auto& lookup : lookups) {
        const MxHost host = co_await lookup;
        addHost(report, host);
    }
    std::stable_sort(report.hosts.begin(), report.hosts.end(),
                     [](const MxHost& a, const MxHost& b) { return a.preference < b.preference; });
    co_return report;
}

} // namespace rebound::auth
