// What a resolver is told: its servers, deadline, window and trust anchor, as plain data. Qt Core only (the
// library rebound_dnsconfig), so that rebound-cli's global options need neither Qt Network nor c-ares;
// reading servers from text needs QHostAddress and is core/dns/serverlist.h's (rebound_dns).
#pragma once

#include <QList>
#include <QString>

namespace rebound::dns {

// One DNS server: an IPv4 or IPv6 address and a port.
struct ServerAddress {
    QString host; // numeric address, no brackets
    quint16 port = 53;

    QString toString() const; // "192.0.2.1:53" or "[2001:db8::1]:53"
    bool operator==(const ServerAddress&) const = default;
};

struct ResolverConfig {
    // Empty means the system's resolv.conf.
    QList<ServerAddress> servers;
    // Deadline for one query, all retries and the TCP fallback included.
    int timeoutMs = 5000;
    // Attempts per server within the deadline.
    int tries = 2;
    // The in-flight window adapts (AIMD, like TCP's congestion window): it starts at initialInFlight
    // (a whole blocklist check, test points, listings and TXT, fits in it; small resolvers and home
    // routers take such a burst), grows by one query per clean answer (doubling each round trip) up to
    // maxInFlight, and halves, once per round of losses, when an answer comes only after c-ares asked
    // again (a query that never gets an answer, as from a list that drops everything, says nothing
    // about the path and does not count); after a loss it grows by one query per window of answers. More
    // queries wait in a queue. A range against the whole catalog (9,000 queries) then takes a handful
    // of round trips instead of 35 (docs/PERFORMANCE.md, issue 23).
    int initialInFlight = 256;
    // The window's ceiling: queries on the wire at once, never more.
    int maxInFlight = 2048;
    // EDNS0 with this UDP payload size, so long TXT records do not all need TCP.
    int ednsPayload = 1232;
    // The DNSSEC trust anchor of the validated lookups (DANE's TLSA, core/dane): DNSKEY or DS records
    // in zone-file form. Empty means the root key of dns-root-data (/usr/share/dns/root.key).
    QString trustAnchorFile;

    QString describeServers() const; // "system (resolv.conf)" or the list
};

} // namespace rebound::dns
