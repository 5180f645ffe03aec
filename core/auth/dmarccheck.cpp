#include "core/auth/dmarccheck.h"

#include "core/auth/authknowledge.h"
#include "core/auth/dnsfuture.h"
#include "core/auth/organizationaldomain.h"
#include "core/util/jsonutil.h"

#include <vector>

using namespace Qt::StringLiterals;

namespace rebound::auth {

using dns::DnsResult;
using dns::Outcome;
using dns::RecordType;
using util::Task;

namespace {

// The texts for people are in resources/auth/findings.json (AuthKnowledge); ids, states and the JSON's
// destination detail are never translated.

struct Lookup {
    bool error = false;
    QString errorText;
    QList<QByteArray> records; // DMARC candidates
};

Lookup dmarcRecordsIn(const DnsResult& r) {
    Lookup lookup;
    if (!dns::isDefinite(r.outcome)) {
        lookup.error = true;
        lookup.errorText = r.error.isEmpty() ? dns::outcomeName(r.outcome) : r.error;
        return lookup;
    }
    for (const auto& record : r.records()) {
        const QByteArray joined = record.txtJoined();
        if (isDmarcRecord(joined))
            lookup.records << joined;
    }
    return lookup;
}

Finding make(const QString& id, const QStringList& titleArgs, const QStringList& detailArgs = {},
             const QStringList& evidence = {}, const QString& detailVariant = {}) {
    return AuthKnowledge::instance().finding(id, titleArgs, detailArgs, evidence, detailVariant);
}

void addPolicyFindings(DmarcReport& report) {
    const DmarcRecord& r = *report.record;
    const QString evidence = util::escapeControls(r.text, 1000);
    for (const QString& error : r.errors)
        report.findings << make(u"dmarc.invalid_tag"_s, {error}, {}, {evidence});
    for (const QString& warning : r.warnings)
        report.findings << make(u"dmarc.questionable_tag"_s, {warning}, {}, {evidence});
    if (r.status != DmarcParseStatus::Ok)
        return;
    if (r.policy == DmarcPolicy::None)
        report.findings << make(u"dmarc.policy_none"_s, {report.policyDomain}, {}, {evidence});
    if (r.percent < 100 && r.policy != DmarcPolicy::None)
        report.findings << make(u"dmarc.partial_pct"_s, {QString::number(r.percent)}, {}, {evidence});
    if (r.subdomainPolicy && r.policy && int(*r.subdomainPolicy) < int(*r.policy))
        report.findings << make(u"dmarc.weaker_subdomain_policy"_s,
                                {dmarcPolicyName(*r.subdomainPolicy), dmarcPolicyName(*r.policy)}, {},
                                {evidence});
    if (r.aggregate.isEmpty())
        report.findings << make(u"dmarc.no_rua"_s, {}, {}, {evidence});
    if (r.testing)
        report.findings << make(u"dmarc.testing"_s, {}, {}, {evidence});
}

// No usable record: a failed lookup, none at all (at the domain and its organizational domain), or
// several. False when there is exactly one.
bool addLookupFindings(DmarcReport& report, const Lookup& lookup, bool hasOrg) {
    if (lookup.error) {
        report.state = DmarcReport::State::DnsError;
        report.error = lookup.errorText;
        report.findings << make(u"dmarc.dns_error"_s, {report.domain}, {report.recordName, report.error});
        return true;
    }
    if (lookup.records.isEmpty()) {
        report.state = DmarcReport::State::Missing;
        report.findings << (hasOrg
                                ? make(u"dmarc.missing"_s, {report.domain},
                                       {report.domain, report.organizationalDomain}, {}, u"organizational"_s)
                                : make(u"dmarc.missing"_s, {report.domain}, {report.domain}));
        return true;
    }
    if (lookup.records.size() > 1) {
        report.state = DmarcReport::State::Multiple;
        QStringList evidence;
        for (const QByteArray& r : std::as_const(lookup.records))
            evidence << util::escapeUntrusted(r);
        report.findings << make(u"dmarc.multiple_records"_s,
                                {report.recordName, QString::number(lookup.records.size())}, {}, evidence);
        return true;
    }
    return false;
}

// The report destinations outside the policy's organization (RFC 7489 7.1), each domain once.
QList<DmarcExternalDestination> externalDestinations(const DmarcReport& report) {
    QList<DmarcExternalDestination> destinations;
    const QString policyOrg = organizationalDomain(report.policyDomain);
    for (const DmarcReportUri& uri : report.record->aggregate + report.record->failure) {
        if (uri.domain.isEmpty() || organizationalDomain(uri.domain) == policyOrg)
            continue;
        bool seen = false;
        for (const auto& destination : std::as_const(destinations))
            seen = seen || destination.destinationDomain == uri.domain;
        if (seen)
            continue;
        DmarcExternalDestination destination;
        destination.uri = uri.uri;
        destination.destinationDomain = uri.domain;
        destination.verificationName = report.policyDomain + u"._report._dmarc."_s + uri.domain;
        destinations << destination;
    }
    return destinations;
}

// A destination's authorization record read: the destination completed and its finding, if any.
void addExternalDestination(DmarcReport& report, DmarcExternalDestination destination, const DnsResult& r) {
    const Lookup authorization = dmarcRecordsIn(r);
    destination.authorized = !authorization.error && !authorization.records.isEmpty();
    destination.detail = authorization.error      ? u"lookup failed: "_s + authorization.errorText
                         : destination.authorized ? u"authorized"_s
                                                  : u"no \"v=DMARC1\" record"_s;
    report.external << destination;
    if (authorization.error)
        report.findings << make(u"dmarc.external_unverified"_s,
                                {destination.destinationDomain, report.policyDomain},
                                {authorization.errorText}, {destination.verificationName});
    else if (!destination.authorized)
        report.findings << make(u"dmarc.external_unauthorized"_s, {destination.uri},
                                {destination.verificationName}, {destination.verificationName});
}

} // namespace

QString dmarcStateName(DmarcReport::State state) {
    switch (state) {
    case DmarcReport::State::Found:
        return u"found"_s;
    case DmarcReport::State::Missing:
        return u"missing"_s;
    case DmarcReport::State::Multiple:
        return u"multiple"_s;
    case DmarcReport::State::DnsError:
        return u"dns-error"_s;
    }
    return {};
}

Task<DmarcReport> checkDmarc(dns::Resolver* resolver, QObject* context, QString domain) {
    DmarcReport report;
    report.domain = normalizeForAlignment(domain);
    report.organizationalDomain = organizationalDomain(domain);
    const bool hasOrg =
        !report.organizationalDomain.isEmpty() && report.organizationalDomain != report.domain;
    // Both names are asked at once; the organizational answer is used only when the first has none.
    DnsFuture first(resolver, context, u"_dmarc."_s + report.domain, RecordType::TXT);
    std::optional<DnsFuture> org;
    if (hasOrg)
        org.emplace(resolver, context, u"_dmarc."_s + report.organizationalDomain, RecordType::TXT);

    report.policyDomain = report.domain;
    Lookup lookup = dmarcRecordsIn(co_await first);
    if (!lookup.error && lookup.records.isEmpty() && org) {
        report.policyDomain = report.organizationalDomain;
        lookup = dmarcRecordsIn(co_await *org);
    }
    report.recordName = u"_dmarc."_s + report.policyDomain;
    if (addLookupFindings(report, lookup, hasOrg))
        co_return report;
    report.state = DmarcReport::State::Found;
    report.record = parseDmarcRecord(util::escapeUntrusted(lookup.records.first()));
    if (report.policyDomain != report.domain)
        report.findings << make(u"dmarc.inherited"_s, {report.domain, report.policyDomain});
    addPolicyFindings(report);

    // External destinations (RFC 7489 7.1): every report domain outside the organization must opt in.
    std::vector<std::pair<DmarcExternalDestination, DnsFuture>> checks;
    for (const DmarcExternalDestination& destination : externalDestinations(report))
        checks.emplace_back(destination,
                            DnsFuture(resolver, context, destination.verificationName, RecordType::TXT));
    for (auto& [destination, future] : checks) {
        const DnsResult r = co_await future;
        addExternalDestination(report, destination, r);
    }
    co_return report;
}

} // namespace rebound::auth
