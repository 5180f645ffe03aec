#pragma once

#include "core/dane/tlsalookup.h"
#include "core/dns/dnstypes.h"
#include "core/smtp/smtpproberesult.h"

namespace rebound::smtp {

// Every address of one host probed, with what DNS said about it.
struct SmtpHostResult {
    QString host;
    quint16 port = 25;
    bool ipLiteral = false;
    dns::Outcome aOutcome = dns::Outcome::Cancelled;
    dns::Outcome aaaaOutcome = dns::Outcome::Cancelled;
    bool dnsWorked = false; // at least one DNS answer was definite (the resolver is reachable)
    QList<TlsaRecord> tlsa;
    bool tlsaAuthenticated = false; // libunbound validated the TLSA answer (DNSSEC secure)
    dane::TlsaAnswer tlsaAnswer;    // the validated lookup: bogus, why, error
    dns::Outcome tlsaOutcome = dns::Outcome::Cancelled;
    int addressesSkipped = 0; // beyond the per-host bound
    QList<SmtpProbeResult> probes;
    QList<Finding> findings; // about the host as a whole (unresolvable, port blocked)

    // The probe that tells the most: the first that got a banner, else the first.
    qsizetype primaryIndex() const;
    // The host's findings, then every probe's.
    QList<Finding> allFindings() const;
};

} // namespace rebound::smtp
