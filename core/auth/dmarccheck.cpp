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
    // RFC 9989 removed pct, rf and ri; older receivers still read them.
    for (const QString& tag : r.removedTags)
        report.findings << make(u"dmarc.removed_tag"_s, {tag}, {}, {evidence}, tag);
    if (!r.unknownTags.isEmpty())
        report.findings << make(u"dmarc.unknown_tag"_s, {r.unknownTags.join(u", "_s)}, {}, {evidence});
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

// No usable record: a failed lookup, none on the whole walk, or several at the domain. False when
// there is exactly one.
bool addLookupFindings(DmarcReport& report, const Lookup& lookup) {
    if (lookup.error) {
        report.state = DmarcReport::State::DnsError;
        report.error = lookup.errorText;
        report.findings << make(u"dmarc.dns_error"_s, {report.domain}, {report.recordName, report.error});
        return true;
    }
    if (lookup.records.isEmpty()) {
        report.state = DmarcReport::State::Missing;
        const QString top = report.walk.isEmpty() ? report.domain : report.walk.constLast().name;
        report.findings << (top != report.domain
                                ? make(u"dmarc.missing"_s, {report.domain}, {report.domain, top}, {},
                                       u"organizational"_s)
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

DmarcWalkStep walkStep(const QString& name, const Lookup& lookup) {
    DmarcWalkStep step;
    step.name = name;
    if (lookup.error) {
        step.result = DmarcWalkStep::Result::DnsError;
        step.error = lookup.errorText;
    } else if (lookup.records.size() > 1) {
        step.result = DmarcWalkStep::Result::Multiple;
    } else if (lookup.records.size() == 1) {
        step.result = DmarcWalkStep::Result::Record;
        step.record = util::escapeUntrusted(lookup.records.first());
        step.psd = parseDmarcRecord(step.record).psd;
    }
    return step;
}

QString policyWords(const QString& domain, const std::optional<DmarcPolicy>& policy) {
    return domain.isEmpty() || !policy
               ? AuthKnowledge::instance().text(u"dmarc_no_policy"_s)
               : AuthKnowledge::instance().text(u"dmarc_policy_from"_s, {dmarcPolicyName(*policy), domain});
}

// Where an RFC 7489 receiver (Public Suffix List, no np) reaches another organizational domain or
// applies another policy.
void addLegacyFindings(DmarcReport& report) {
    const DmarcLegacyView& legacy = report.legacy;
    if (!legacy.organizationalDomain.isEmpty() && legacy.organizationalDomain != report.organizationalDomain)
        report.findings << make(u"dmarc.psl_organizational_domain"_s,
                                {legacy.organizationalDomain, report.organizationalDomain},
                                {report.organizationalDomain, report.domain});
    const std::optional<DmarcPolicy> now =
        report.state == DmarcReport::State::Found ? effectiveDmarcPolicy(report) : std::nullopt;
    const QString nowDomain = now ? report.policyDomain : QString();
    if (legacy.effectivePolicy != now || (now && legacy.policyDomain != nowDomain))
        report.findings << make(
            u"dmarc.psl_policy_differs"_s,
            {policyWords(legacy.policyDomain, legacy.effectivePolicy), policyWords(nowDomain, now)});
}

// The report destinations outside the policy's organization (RFC 9989 3.1.3 of RFC 9990), each domain once.
QList<DmarcExternalDestination> externalDestinations(const DmarcReport& report) {
    QList<DmarcExternalDestination> destinations;
    for (const DmarcReportUri& uri : report.record->aggregate + report.record->failure) {
        if (uri.domain.isEmpty() || isWithinOrganization(uri.domain, report.organizationalDomain))
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

QString dmarcWalkResultName(DmarcWalkStep::Result result) {
    switch (result) {
    case DmarcWalkStep::Result::Record:
        return u"record"_s;
    case DmarcWalkStep::Result::None:
        return u"none"_s;
    case DmarcWalkStep::Result::Multiple:
        return u"multiple"_s;
    case DmarcWalkStep::Result::DnsError:
        return u"dns-error"_s;
    }
    return {};
}

QStringList dmarcTreeWalkNames(const QString& domain) {
    const QString name = normalizeForAlignment(domain);
    if (name.isEmpty())
        return {};
    const QStringList labels = name.split(u'.');
    QStringList names{name};
    for (qsizetype count = qMin<qsizetype>(labels.size() - 1, 7); count >= 1; --count)
        names << labels.mid(labels.size() - count).join(u'.');
    return names;
}

bool endsDmarcTreeWalk(const DmarcWalkStep& step) {
    return step.result == DmarcWalkStep::Result::Record && (step.psd == u"y" || step.psd == u"n");
}

QString treeWalkOrganizationalDomain(const QString& domain, const QList<DmarcWalkStep>& steps) {
    const QString name = normalizeForAlignment(domain);
    QString fewest;
    for (const DmarcWalkStep& step : steps) {
        if (step.result != DmarcWalkStep::Result::Record)
            continue;
        if (step.psd == u"n" || (step.psd == u"y" && step.name == name))
            return step.name;
        if (step.psd == u"y") {
            const QStringList labels = name.split(u'.');
            const qsizetype below = step.name.count(u'.') + 2;
            return labels.mid(labels.size() - below).join(u'.');
        }
        fewest = step.name;
    }
    return fewest.isEmpty() ? name : fewest;
}

bool isWithinOrganization(const QString& name, const QString& organizationalDomain) {
    const QString n = normalizeForAlignment(name);
    const QString org = normalizeForAlignment(organizationalDomain);
    return !n.isEmpty() && !org.isEmpty() && (n == org || n.endsWith(u'.' + org));
}

bool isDmarcAligned(const DmarcReport& report, const QString& authDomain, bool strict) {
    if (strict || report.organizationalDomain.isEmpty())
        return isAligned(report.domain, authDomain, strict);
    return isWithinOrganization(authDomain, report.organizationalDomain);
}

std::optional<DmarcPolicy> effectiveDmarcPolicy(const DmarcReport& report, QString* tag) {
    if (tag)
        *tag = u"p"_s;
    if (!report.record || report.record->status != DmarcParseStatus::Ok)
        return std::nullopt;
    const DmarcRecord& r = *report.record;
    if (report.policyDomain == report.domain)
        return r.policy;
    if (r.nonexistentPolicy && report.domainExists == false) {
        if (tag)
            *tag = u"np"_s;
        return r.nonexistentPolicy;
    }
    if (r.subdomainPolicy) {
        if (tag)
            *tag = u"sp"_s;
        return r.subdomainPolicy;
    }
    return r.policy;
}

Task<std::optional<bool>> dmarcDomainExists(dns::Resolver* resolver, QObject* context, QString domain) {
    DnsFuture a(resolver, context, domain, RecordType::A);
    DnsFuture aaaa(resolver, context, domain, RecordType::AAAA);
    DnsFuture mx(resolver, context, domain, RecordType::MX);
    // One co_await per statement: GCC 12 mishandles several in one initializer.
    QList<Outcome> outcomes;
    const DnsResult ra = co_await a;
    outcomes << ra.outcome;
    const DnsResult raaaa = co_await aaaa;
    outcomes << raaaa.outcome;
    const DnsResult rmx = co_await mx;
    outcomes << rmx.outcome;
    bool unknown = false;
    for (const Outcome outcome : std::as_const(outcomes)) {
        if (outcome == Outcome::Answer)
            co_return true;
        unknown = unknown || (outcome != Outcome::NxDomain && outcome != Outcome::NoData);
    }
    co_return unknown ? std::nullopt : std::optional<bool>(false);
}

namespace {

// The older receiver's view: the record at the domain, else at its Public Suffix List organizational
// domain (asked only when the walk did not get there).
Task<DmarcLegacyView> legacyView(dns::Resolver* resolver, QObject* context, const DmarcReport* report) {
    DmarcLegacyView legacy;
    legacy.organizationalDomain = organizationalDomain(report->domain);
    std::optional<QString> text;
    QString policyDomain = report->domain;
    for (const QString& name : {report->domain, legacy.organizationalDomain}) {
        if (name.isEmpty() || text)
            break;
        policyDomain = name;
        bool walked = false;
        for (const DmarcWalkStep& step : report->walk) {
            if (step.name != name)
                continue;
            walked = true;
            if (step.result == DmarcWalkStep::Result::Record)
                text = step.record;
        }
        if (!walked) {
            DnsFuture future(resolver, context, u"_dmarc."_s + name, RecordType::TXT);
            const Lookup lookup = dmarcRecordsIn(co_await future);
            if (!lookup.error && lookup.records.size() == 1)
                text = util::escapeUntrusted(lookup.records.first());
        }
    }
    if (!text)
        co_return legacy;
    const DmarcRecord record = parseDmarcRecord(*text);
    if (record.status != DmarcParseStatus::Ok)
        co_return legacy;
    legacy.policyDomain = policyDomain;
    legacy.effectivePolicy =
        policyDomain != report->domain && record.subdomainPolicy ? record.subdomainPolicy : record.policy;
    co_return legacy;
}

} // namespace

Task<DmarcReport> checkDmarc(dns::Resolver* resolver, QObject* context, QString domain) {
    DmarcReport report;
    report.domain = normalizeForAlignment(domain);
    report.policyDomain = report.domain;
    report.recordName = u"_dmarc."_s + report.domain;
    // The DNS Tree Walk, one name at a time: the first single record is the policy; the walk goes on
    // to the first psd=y or psd=n record (or the top) for the organizational domain.
    Lookup policy;
    bool found = false;
    for (const QString& name : dmarcTreeWalkNames(report.domain)) {
        DnsFuture future(resolver, context, u"_dmarc."_s + name, RecordType::TXT);
        const Lookup lookup = dmarcRecordsIn(co_await future);
        const DmarcWalkStep step = walkStep(name, lookup);
        report.walk << step;
        // Before a policy is found a failed lookup leaves the answer unknown; several records at the
        // domain itself are its error; several above it are discarded (RFC 9989 4.10 step 7).
        if (!found
            && (step.result == DmarcWalkStep::Result::Record || step.result == DmarcWalkStep::Result::DnsError
                || (step.result == DmarcWalkStep::Result::Multiple && name == report.domain))) {
            found = true;
            policy = lookup;
            report.policyDomain = name;
            report.recordName = u"_dmarc."_s + name;
            if (step.result != DmarcWalkStep::Result::Record)
                break;
        }
        if (endsDmarcTreeWalk(step))
            break;
    }
    report.organizationalDomain = treeWalkOrganizationalDomain(report.domain, report.walk);
    if (!found) {
        report.policyDomain = report.domain;
        report.recordName = u"_dmarc."_s + report.domain;
    }
    const bool unusable = addLookupFindings(report, policy);
    if (!unusable) {
        report.state = DmarcReport::State::Found;
        report.record = parseDmarcRecord(util::escapeUntrusted(policy.records.first()));
        if (report.policyDomain != report.domain) {
            report.findings << make(u"dmarc.inherited"_s, {report.domain, report.policyDomain});
            report.domainExists = co_await dmarcDomainExists(resolver, context, report.domain);
        }
        addPolicyFindings(report);
    }
    if (report.state != DmarcReport::State::DnsError) {
        report.legacy = co_await legacyView(resolver, context, &report);
        addLegacyFindings(report);
    }
    if (unusable)
        co_return report;

    // External destinations: every report domain outside the organization must opt in.
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
