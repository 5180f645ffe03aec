// The organizational domain of RFC 7489 3.2 from the Public Suffix List, through libpsl with the
// list Debian packages (publicsuffix), falling back to libpsl's built-in copy. RFC 9989 replaced it
// with the DNS tree walk (dmarccheck.h); this is what older receivers still use, kept to say where
// their answer differs, and for offline work without DNS (the aggregate reports' analysis).
#pragma once

#include <QString>

namespace rebound::auth {

// Lower-cases, strips leading and trailing dots; empty for a name with empty labels.
QString normalizeForAlignment(const QString& domain);

// The registrable domain (public suffix plus one label); the name itself when it is a public suffix.
QString organizationalDomain(const QString& domain);

// Identifier alignment (RFC 7489 3.1): strict needs equal names, relaxed equal organizational domains.
bool isAligned(const QString& fromDomain, const QString& authDomain, bool strict);

// Which list is in use: "system (<path>)" or "built-in".
QString publicSuffixListSource();

} // namespace rebound::auth
