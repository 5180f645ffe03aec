#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rebound::dns {

// One DNS server: an IPv4 or IPv6 address and a port.
struct ServerAddress {
    QString host; // numeric address, no brackets
    quint16 port = 53;

    QString toString() const; // "192.0.2.1:53" or "[2001:db8::1]:53"
    bool operator==(const ServerAddress&) const = default;
};

// Parses "host[:port]" where host is numeric IPv4, or IPv6 as "[addr]:port" or bare "addr".
// Returns nullopt and sets *error on bad input.
std::optional<ServerAddress> parseServerAddress(const QString& text, QString* error = nullptr);
// Parses a comma- or whitespace-separated list; fails on the first bad entry.
std::optional<QList<ServerAddress>> parseServerList(const QString& text, QString* error = nullptr);

struct ResolverConfig {
    // Empty means the system's resolv.conf.
    QList<ServerAddress> servers;
    // Deadline for one query, all retries and the TCP fallback included.
    int timeoutMs = 5000;
    // Attempts per server within the deadline.
    int tries = 2;
    // Queries on the wire at once; more wait in a queue. Home routers and small resolvers drop larger
    // bursts; a whole blocklist check (test points, listings, TXT) fits in one batch.
    int maxInFlight = 256;
    // EDNS0 with this UDP payload size, so long TXT records do not all need TCP.
    int ednsPayload = 1232;
    // The DNSSEC trust anchor of the validated lookups (DANE's TLSA, core/dane): DNSKEY or DS records
    // in zone-file form. Empty means the root key of dns-root-data (/usr/share/dns/root.key).
    QString trustAnchorFile;

    QString describeServers() const; // "system (resolv.conf)" or the list
};

} // namespace rebound::dns
