#include "core/auth/mxcheck.h"

#include "core/auth/dnsfuture.h"
#include "core/dns/ipaddress.h"

#include <QCoreApplication>

#include <vector>

using namespace Qt::StringLiterals;

namespace rebound::auth {

using dns::DnsResult;
using dns::Outcome;
using dns::RecordType;
using util::Task;

namespace {

// Every text for people here is one whole sentence in the context rebound::auth, translated when the
// check runs (rebound-cli installs no translator and stays English); ids and states never are.

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
        host.problem =
            error ? QCoreApplication::translate("rebound::auth", "could not resolve: %1")
                        .arg(ra.error.isEmpty() ? dns::outcomeName(ra.outcome) : ra.error)
                  : QCoreApplication::translate("rebound::auth", "the host name has no A or AAAA record");
        co_return host;
    }
    for (const QString& address : std::as_const(host.addresses)) {
        if (const auto reason = dns::specialPurposeReason(QHostAddress(address))) {
            host.problem =
                QCoreApplication::translate("rebound::auth",
                                            "resolves to %1, which is not reachable from the Internet (%2)")
                    .arg(address, *reason);
            break;
        }
    }
    co_return host;
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
        report.findings << Finding{
            u"mx.nxdomain"_s,
            Severity::Critical,
            QCoreApplication::translate("rebound::auth", "%1 does not exist").arg(domain),
            QCoreApplication::translate(
                "rebound::auth",
                "The DNS says the domain does not exist (NXDOMAIN): mail to it bounces and mail "
                "from it is rejected by most receivers."),
            {}};
        co_return report;
    }
    if (!dns::isDefinite(mx.outcome)) {
        report.state = MxReport::State::DnsError;
        report.error = mx.error.isEmpty() ? dns::outcomeName(mx.outcome) : mx.error;
        report.findings << Finding{
            u"mx.dns_error"_s,
            Severity::Error,
            QCoreApplication::translate("rebound::auth", "The MX records of %1 could not be checked")
                .arg(domain),
            QCoreApplication::translate(
                "rebound::auth", "The MX lookup ended with %1; senders will defer mail until it answers.")
                .arg(report.error),
            {}};
        co_return report;
    }
    const auto records = mx.records();
    if (records.isEmpty()) {
        const DnsResult a = co_await DnsFuture(resolver, context, domain, RecordType::A);
        const DnsResult aaaa = co_await DnsFuture(resolver, context, domain, RecordType::AAAA);
        if (a.records().isEmpty() && aaaa.records().isEmpty()) {
            report.state = MxReport::State::NoMailRoute;
            report.findings << Finding{
                u"mx.no_mail_route"_s,
                Severity::Error,
                QCoreApplication::translate("rebound::auth", "%1 cannot receive mail: no MX and no address")
                    .arg(domain),
                QCoreApplication::translate(
                    "rebound::auth",
                    "Without MX records senders fall back to the A/AAAA records (RFC 5321 5.1); "
                    "there are none, so mail to this domain bounces. Many receivers also "
                    "reject mail from domains that cannot receive replies."),
                {}};
        } else {
            report.state = MxReport::State::ImplicitMx;
            MxHost host;
            host.target = domain;
            for (const auto& r : a.records() + aaaa.records())
                host.addresses << r.address.toString();
            report.hosts << host;
            report.findings << Finding{
                u"mx.implicit"_s,
                Severity::Warning,
                QCoreApplication::translate("rebound::auth", "%1 has no MX records").arg(domain),
                QCoreApplication::translate(
                    "rebound::auth",
                    "Senders deliver to the domain's own A/AAAA address (implicit MX). Publish an "
                    "MX record, or a null MX (\"0 .\", RFC 7505) if the domain takes no mail."),
                {}};
        }
        co_return report;
    }
    bool nullMx = false;
    for (const auto& record : records) {
        if (record.target.isEmpty() || record.target == u".")
            nullMx = true;
    }
    if (nullMx) {
        report.state = MxReport::State::NullMx;
        for (const auto& record : records) {
            MxHost host;
            host.preference = record.preference;
            host.target = record.target.isEmpty() ? u"."_s : record.target;
            report.hosts << host;
        }
        if (records.size() == 1 && records.first().preference == 0) {
            report.findings << Finding{
                u"mx.null"_s,
                Severity::Info,
                QCoreApplication::translate("rebound::auth", "%1 publishes a null MX: it accepts no mail")
                    .arg(domain),
                QCoreApplication::translate(
                    "rebound::auth",
                    "RFC 7505: senders bounce mail to this domain at once. Receivers may reject "
                    "mail whose MAIL FROM uses it, since bounces could not be delivered."),
                {}};
        } else {
            report.findings << Finding{
                u"mx.null_mixed"_s,
                Severity::Error,
                QCoreApplication::translate("rebound::auth", "%1 mixes a null MX with other MX records")
                    .arg(domain),
                QCoreApplication::translate(
                    "rebound::auth", "RFC 7505 3.3: a null MX must be the only MX record, with preference 0. "
                                     "Remove either the null MX or the others."),
                {}};
        }
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
            host.problem = QCoreApplication::translate(
                "rebound::auth", "the MX target is an IP address, not a host name (RFC 5321 5.1)");
            report.hosts << host;
            continue;
        }
        lookups.push_back(resolveHost(host, DnsFuture(resolver, context, host.target, RecordType::A),
                                      DnsFuture(resolver, context, host.target, RecordType::AAAA)));
    }
    for (const MxHost& host : std::as_const(report.hosts)) {
        report.findings << Finding{
            u"mx.ip_literal"_s,
            Severity::Error,
            QCoreApplication::translate("rebound::auth", "MX target %1 is an IP address").arg(host.target),
            QCoreApplication::translate(
                "rebound::auth",
                "An MX must name a host, not an IP address (RFC 5321 5.1). Senders look it up as "
                "a name and fail; point the MX at a host name."),
            {}};
    }
    for (auto& lookup : lookups) {
        const MxHost host = co_await lookup;
        report.hosts << host;
        if (!host.problem.isEmpty()) {
            report.findings << Finding{
                host.addresses.isEmpty() ? u"mx.unresolvable"_s : u"mx.private_address"_s,
                Severity::Error,
                QCoreApplication::translate("rebound::auth", "MX host %1 is unusable").arg(host.target),
                host.problem,
                {}};
        }
        if (!host.aliasOf.isEmpty()) {
            report.findings << Finding{
                u"mx.cname"_s,
                Severity::Warning,
                QCoreApplication::translate("rebound::auth", "MX target %1 is a CNAME (to %2)")
                    .arg(host.target, host.aliasOf),
                QCoreApplication::translate(
                    "rebound::auth",
                    "RFC 2181 10.3 and RFC 5321 5.1: an MX must name a host's canonical name. Most "
                    "senders cope, some do not; point the MX at the canonical name."),
                {}};
        }
    }
    std::stable_sort(report.hosts.begin(), report.hosts.end(),
                     [](const MxHost& a, const MxHost& b) { return a.preference < b.preference; });
    co_return report;
}

} // namespace rebound::auth
