// DMARC policy discovery and the organizational domain by the DNS Tree Walk of RFC 9989 4.10 (not the
// Public Suffix List); the record validated, external report destinations checked for authorization
// (<domain>._report._dmarc.<destination>) and the policy's strength judged. What an older (RFC 7489)
// receiver finds with the Public Suffix List is worked out beside it and said where it differs.
#pragma once

#include "core/auth/dmarcrecord.h"
#include "core/util/finding.h"
#include "core/util/task.h"

#include <optional>

namespace rebound::dns {
class Resolver;
}

namespace rebound::auth {

struct DmarcExternalDestination {
    QString uri;
    QString destinationDomain;
    QString verificationName; // <policy domain>._report._dmarc.<destination>
    bool authorized = false;
    QString detail;
};

// One name the tree walk asked (_dmarc.<name>) and what it found.
struct DmarcWalkStep {
    enum class Result { Record, None, Multiple, DnsError };
    QString name;
    Result result = Result::None;
    QString record; // the single record, escaped
    QString psd;    // its psd tag ("y", "n", "u"), empty without one
    QString error;
};

QString dmarcWalkResultName(DmarcWalkStep::Result result); // "record", "none", "multiple", "dns-error"

// The names the DNS Tree Walk asks, in order (RFC 9989 4.10): the domain; then, with eight labels or
// more, its last seven labels, otherwise one label fewer; then one label fewer each time down to one.
QStringList dmarcTreeWalkNames(const QString& domain);

// A walk ends at the first single record with psd=y or psd=n.
bool endsDmarcTreeWalk(const DmarcWalkStep& step);

// The organizational domain from the steps walked (RFC 9989 4.10.2): the name of a psd=n record; the
// name one label below a psd=y record (the domain itself when the record is its own); otherwise the
// name with the fewest labels that has a record; the domain itself when no name has one.
QString treeWalkOrganizationalDomain(const QString& domain, const QList<DmarcWalkStep>& steps);

// What an RFC 7489 receiver finds: the Public Suffix List's organizational domain and the policy it
// applies (no np, no tree walk).
struct DmarcLegacyView {
    QString organizationalDomain;
    QString policyDomain; // empty when it finds no record
    std::optional<DmarcPolicy> effectivePolicy;
};

struct DmarcReport {
    enum class State { Found, Missing, Multiple, DnsError };
    QString domain;               // the From domain asked about
    QString organizationalDomain; // by the tree walk
    QString policyDomain;         // where the record was found
    QString recordName;           // _dmarc.<policyDomain>
    State state = State::Missing;
    std::optional<DmarcRecord> record;
    QList<DmarcWalkStep> walk;
    // Whether the domain exists (RFC 9989: an A, AAAA or MX answer); asked only when the policy is
    // inherited, where np= may apply; unknown when a lookup failed.
    std::optional<bool> domainExists;
    DmarcLegacyView legacy;
    QList<DmarcExternalDestination> external;
    QString error;
    QList<Finding> findings;
};

QString dmarcStateName(DmarcReport::State state);

// The policy a receiver applies to failing mail from the domain (RFC 9989 5.3.4 / 4.7): p at the
// policy domain itself; for a domain below it np when the domain does not exist and np is given, else
// sp, else p. Nothing for an invalid record. tag (optional) gets "p", "sp" or "np".
std::optional<DmarcPolicy> effectiveDmarcPolicy(const DmarcReport& report, QString* tag = nullptr);

// RFC 9989: a domain is non-existent when A, AAAA and MX all answer NXDOMAIN or NODATA; unknown when a
// lookup failed.
util::Task<std::optional<bool>> dmarcDomainExists(dns::Resolver* resolver, QObject* context, QString domain);

// Relaxed alignment against a known organizational domain: the name equal to it or below it.
bool isWithinOrganization(const QString& name, const QString& organizationalDomain);

// Identifier alignment of an authenticated domain with the report's (From) domain: strict needs the
// same name; relaxed the From domain's tree-walk organizational domain or a name below it (the Public
// Suffix List's when the walk gave none).
bool isDmarcAligned(const DmarcReport& report, const QString& authDomain, bool strict);

util::Task<DmarcReport> checkDmarc(dns::Resolver* resolver, QObject* context, QString domain);

} // namespace rebound::auth
