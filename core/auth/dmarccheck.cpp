#include "core/auth/dmarccheck.h"

#include "core/auth/dnsfuture.h"
#include "core/auth/organizationaldomain.h"
#include "core/util/jsonutil.h"

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
// check runs (rebound-cli installs no translator and stays English); ids, states and the JSON's
// destination detail never are.

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

void addPolicyFindings(DmarcReport& report) {
    const DmarcRecord& r = *report.record;
    const QString evidence = util::escapeControls(r.text, 1000);
    for (const QString& error : r.errors)
        report.findings << Finding{
            u"dmarc.invalid_tag"_s,
            Severity::Error,
            QCoreApplication::translate("rebound::auth", "DMARC record error: %1").arg(error),
            QCoreApplication::translate("rebound::auth",
                                        "Receivers may ignore the whole record or the tag; fix the value."),
            {evidence}};
    for (const QString& warning : r.warnings)
        report.findings << Finding{
            u"dmarc.questionable_tag"_s,
            Severity::Warning,
            QCoreApplication::translate("rebound::auth", "DMARC record: %1").arg(warning),
            QString(),
            {evidence}};
    if (r.status != DmarcParseStatus::Ok)
        return;
    if (r.policy == DmarcPolicy::None)
        report.findings << Finding{
            u"dmarc.policy_none"_s,
            Severity::Warning,
            QCoreApplication::translate("rebound::auth", "DMARC policy of %1 is p=none (monitoring only)")
                .arg(report.policyDomain),
            QCoreApplication::translate(
                "rebound::auth",
                "Receivers report but do not act on failing mail, so forged mail is delivered. "
                "Once the aggregate reports show all legitimate mail aligned, move to "
                "p=quarantine, then p=reject."),
            {evidence}};
    if (r.percent < 100 && r.policy != DmarcPolicy::None)
        report.findings << Finding{
            u"dmarc.partial_pct"_s,
            Severity::Info,
            QCoreApplication::translate("rebound::auth", "The DMARC policy applies to %1% of failing mail")
                .arg(r.percent),
            QCoreApplication::translate(
                "rebound::auth", "pct below 100 is meant for a gradual roll-out; raise it to 100 when done."),
            {evidence}};
    if (r.subdomainPolicy && r.policy && int(*r.subdomainPolicy) < int(*r.policy))
        report.findings << Finding{
            u"dmarc.weaker_subdomain_policy"_s,
            Severity::Info,
            QCoreApplication::translate("rebound::auth",
                                        "Subdomains get a weaker policy (sp=%1) than the domain (p=%2)")
                .arg(dmarcPolicyName(*r.subdomainPolicy), dmarcPolicyName(*r.policy)),
            QCoreApplication::translate("rebound::auth",
                                        "Forgers can use any subdomain name to get the weaker treatment."),
            {evidence}};
    if (r.aggregate.isEmpty())
        report.findings << Finding{
            u"dmarc.no_rua"_s,
            Severity::Info,
            QCoreApplication::translate("rebound::auth", "The DMARC record asks for no aggregate reports"),
            QCoreApplication::translate(
                "rebound::auth",
                "Without rua= you cannot see who sends as your domain or whether it aligns."),
            {evidence}};
    if (r.testing)
        report.findings << Finding{
            u"dmarc.testing"_s,
            Severity::Info,
            QCoreApplication::translate("rebound::auth", "The DMARC record is in testing mode (t=y)"),
            QCoreApplication::translate("rebound::auth",
                                        "RFC 9989: receivers apply one level weaker policy while t=y."),
            {evidence}};
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
    if (lookup.error) {
        report.state = DmarcReport::State::DnsError;
        report.error = lookup.errorText;
        report.findings << Finding{
            u"dmarc.dns_error"_s,
            Severity::Error,
            QCoreApplication::translate("rebound::auth", "The DMARC record of %1 could not be checked")
                .arg(report.domain),
            QCoreApplication::translate(
                "rebound::auth", "The lookup of %1 failed (%2); receivers may treat the domain as having no "
                                 "policy or defer mail.")
                .arg(report.recordName, report.error),
            {}};
        co_return report;
    }
    if (lookup.records.isEmpty()) {
        report.state = DmarcReport::State::Missing;
        report.findings << Finding{
            u"dmarc.missing"_s,
            Severity::Error,
            QCoreApplication::translate("rebound::auth", "%1 publishes no DMARC record").arg(report.domain),
            hasOrg
                ? QCoreApplication::translate(
                      "rebound::auth", "Neither _dmarc.%1 nor _dmarc.%2 has a \"v=DMARC1\" record. Gmail and "
                                       "Yahoo require DMARC from bulk senders; start with "
                                       "\"v=DMARC1; p=none; rua=mailto:...\".")
                      .arg(report.domain, report.organizationalDomain)
                : QCoreApplication::translate(
                      "rebound::auth", "_dmarc.%1 has no \"v=DMARC1\" record. Gmail and Yahoo require DMARC "
                                       "from bulk senders; start with \"v=DMARC1; p=none; "
                                       "rua=mailto:...\".")
                      .arg(report.domain),
            {}};
        co_return report;
    }
    if (lookup.records.size() > 1) {
        report.state = DmarcReport::State::Multiple;
        QStringList evidence;
        for (const QByteArray& r : std::as_const(lookup.records))
            evidence << util::escapeUntrusted(r);
        report.findings << Finding{
            u"dmarc.multiple_records"_s, Severity::Error,
            QCoreApplication::translate("rebound::auth", "%1 publishes %2 DMARC records")
                .arg(report.recordName)
                .arg(lookup.records.size()),
            QCoreApplication::translate(
                "rebound::auth",
                "RFC 7489 6.6.3: with more than one record, receivers apply no DMARC policy at "
                "all. Keep one."),
            evidence};
        co_return report;
    }
    report.state = DmarcReport::State::Found;
    report.record = parseDmarcRecord(util::escapeUntrusted(lookup.records.first()));
    if (report.policyDomain != report.domain)
        report.findings << Finding{
            u"dmarc.inherited"_s,
            Severity::Info,
            QCoreApplication::translate("rebound::auth",
                                        "%1 uses the DMARC policy of its organizational domain %2")
                .arg(report.domain, report.policyDomain),
            QCoreApplication::translate("rebound::auth",
                                        "The sp= tag (or p= when sp is absent) of that record applies."),
            {}};
    addPolicyFindings(report);

    // External destinations (RFC 7489 7.1): every report domain outside the organization must opt in.
    std::vector<std::pair<DmarcExternalDestination, DnsFuture>> checks;
    const QString policyOrg = organizationalDomain(report.policyDomain);
    for (const DmarcReportUri& uri : report.record->aggregate + report.record->failure) {
        if (uri.domain.isEmpty() || organizationalDomain(uri.domain) == policyOrg)
            continue;
        bool seen = false;
        for (const auto& check : checks)
            seen = seen || check.first.destinationDomain == uri.domain;
        if (seen)
            continue;
        DmarcExternalDestination destination;
        destination.uri = uri.uri;
        destination.destinationDomain = uri.domain;
        destination.verificationName = report.policyDomain + u"._report._dmarc."_s + uri.domain;
        checks.emplace_back(destination,
                            DnsFuture(resolver, context, destination.verificationName, RecordType::TXT));
    }
    for (auto& [destination, future] : checks) {
        const DnsResult r = co_await future;
        const Lookup authorization = dmarcRecordsIn(r);
        destination.authorized = !authorization.error && !authorization.records.isEmpty();
        destination.detail = authorization.error      ? u"lookup failed: "_s + authorization.errorText
                             : destination.authorized ? u"authorized"_s
                                                      : u"no \"v=DMARC1\" record"_s;
        report.external << destination;
        if (authorization.error) {
            report.findings << Finding{
                u"dmarc.external_unverified"_s,
                Severity::Warning,
                QCoreApplication::translate("rebound::auth",
                                            "Could not check whether %1 accepts DMARC reports for %2")
                    .arg(destination.destinationDomain, report.policyDomain),
                QCoreApplication::translate("rebound::auth",
                                            "The lookup of the authorization record failed: %1")
                    .arg(authorization.errorText),
                {destination.verificationName}};
        } else if (!destination.authorized) {
            report.findings << Finding{
                u"dmarc.external_unauthorized"_s,
                Severity::Warning,
                QCoreApplication::translate("rebound::auth", "Reports to %1 are not authorized")
                    .arg(destination.uri),
                QCoreApplication::translate(
                    "rebound::auth",
                    "%1 has no \"v=DMARC1\" TXT record, so receivers will not send reports there "
                    "(RFC 7489 7.1). Ask the report provider to publish it.")
                    .arg(destination.verificationName),
                {destination.verificationName}};
        }
    }
    co_return report;
}

} // namespace rebound::auth
