#pragma once

#include <QString>

#include <optional>

namespace rebound::dns {

// Normalises a domain name for a query: trims, drops one final dot, converts IDN to ACE, and checks
// the limits of RFC 1035 (255 octets on the wire, 63 per label, no empty label). Any byte other than
// NUL is allowed in a label, since real data (and the SPF test suite) holds such names.
std::optional<QString> normalizeDomainName(const QString& name, QString* error = nullptr);

// True for a host name in the LDH sense (letters, digits, hyphens, underscores for service labels).
bool isHostName(const QString& name);

} // namespace rebound::dns
