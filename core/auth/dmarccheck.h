// DMARC policy discovery (RFC 7489 6.6.3): the From domain, then its organizational domain; the
// record validated, external report destinations checked for authorization
// (<domain>._report._dmarc.<destination>, RFC 7489 7.1) and the policy's strength judged.
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

struct DmarcReport {
    enum class State { Found, Missing, Multiple, DnsError };
    QString domain; // the From domain asked about
    QString organizationalDomain;
    QString policyDomain; // where the record was found
    QString recordName;   // _dmarc.<policyDomain>
    State state = State::Missing;
    std::optional<DmarcRecord> record;
    QList<DmarcExternalDestination> external;
    QString error;
    QList<Finding> findings;
};

QString dmarcStateName(DmarcReport::State state);

util::Task<DmarcReport> checkDmarc(dns::Resolver* resolver, QObject* context, QString domain);

} // namespace rebound::auth
