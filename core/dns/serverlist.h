// DNS servers as people write them (--dns, the app's settings): numeric addresses only, read with
// QHostAddress, so this is rebound_dns's (Qt Network) and not rebound_dnsconfig's.
#pragma once

#include "core/dns/resolverconfig.h"

#include <QList>
#include <QString>

#include <optional>

namespace rebound::dns {

// Parses "host[:port]" where host is numeric IPv4, or IPv6 as "[addr]:port" or bare "addr".
// Returns nullopt and sets *error on bad input.
std::optional<ServerAddress> parseServerAddress(const QString& text, QString* error = nullptr);
// Parses a comma- or whitespace-separated list; fails on the first bad entry.
std::optional<QList<ServerAddress>> parseServerList(const QString& text, QString* error = nullptr);

} // namespace rebound::dns
