#pragma once

#include <QHostAddress>
#include <QString>

#include <optional>

namespace rebound::dns {

// Reads an IP address in the forms people paste: "203.0.113.7", "[203.0.113.7]", "203.0.113.7:25",
// "IPv6:2001:db8::1", "[2001:db8::1]:25", with surrounding whitespace. Rejects anything else
// (including zone ids and IPv4 with leading zeros, which resolvers read inconsistently).
std::optional<QHostAddress> parseIpAddress(const QString& text, QString* error = nullptr);

// The RFC 5782 key of an address: reversed octets for IPv4, 32 reversed nibbles for IPv6,
// built from the raw bytes (so ::ffff:127.0.0.2 stays an IPv6 query).
QString reversedKey(const QHostAddress& address);

// "7.113.0.203.in-addr.arpa" or the nibble form under ip6.arpa.
QString reverseLookupName(const QHostAddress& address);

// A CIDR block "203.0.113.0/24" or "2001:db8::/120"; the base is masked to the prefix.
struct CidrRange {
    QHostAddress base;
    int prefixLength = 0;

    quint64 size() const; // number of addresses, saturating at 2^63
    QString toString() const;
};
std::optional<CidrRange> parseCidr(const QString& text, QString* error = nullptr);
// The address at offset index within the range (index < size()).
QHostAddress addressAt(const CidrRange& range, quint64 index);

// RFC 6890 special-purpose and private ranges, with a sentence that explains the block;
// nullopt for a globally routable address. Documentation ranges (192.0.2.0/24, 198.51.100.0/24,
// 203.0.113.0/24, 2001:db8::/32) are reported too; callers that serve examples or a lab may choose to
// check them anyway (see isDocumentationRange).
std::optional<QString> specialPurposeReason(const QHostAddress& address);

// True for the RFC 5737 / RFC 3849 documentation ranges, which appear in examples and test labs.
bool isDocumentationRange(const QHostAddress& address);

} // namespace rebound::dns
