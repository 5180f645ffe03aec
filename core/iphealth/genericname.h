// core/iphealth owns the health check of one sending IP (or a range or file of them): reverse DNS
// with forward confirmation and the generic-name heuristic, the blocklist check, special-purpose
// ranges explained instead of queried, bounded concurrency for many addresses, and the JSON form.
#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace rebound::iphealth {

// Whether a reverse DNS name looks assigned to an access pool (generic) rather than named for a server.
struct GenericNameVerdict {
    bool generic = false;
    QStringList reasons; // "contains the address's digits (203-0-113-7)", "word 'dsl': consumer access line"
};

// Words from resources/blocklist/rdns-generic.json; the address's digits in either order count too.
GenericNameVerdict assessGenericName(const QString& name, const QHostAddress& address);

} // namespace rebound::iphealth
