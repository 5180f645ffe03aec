#pragma once

#include <QString>

// Zone files of the SMTP tests; with DANE, smtp.test signed by a key of the test's own.

namespace rebound::smtptest {

// Writes the DNS lab zones of the SMTP tests into dir: zone smtp.test (mx with A 127.0.0.1 and AAAA ::1
// and a TLSA 3 1 1 record for _<port>._tcp.mx; domain MX; "blocked" with two MX hosts on 127.0.0.3 and
// 127.0.0.4; "nomx" with no MX; "nullmx" with "MX 0 .") and 0.0.127.in-addr.arpa (1 -> mx.smtp.test).
// mx2 has A 127.0.0.1 too, and a TLSA 3 1 1 record that matches no certificate.
bool writeSmtpZones(const QString& dir, quint16 port, const QString& spkiSha256Hex, QString* error);

// A new ECDSA P-256 key for zone (ldns-keygen) in keyDir; *keyFile gets its .key file, the DNSKEY
// record in zone-file form: the trust anchor libunbound reads.
bool generateZoneKey(const QString& zone, const QString& keyDir, QString* keyFile, QString* error);

// Signs dir/smtp.test.zone in place with the key (ldns-signzone), so Knot serves it with RRSIG and NSEC.
bool signSmtpZone(const QString& dir, const QString& keyFile, QString* error);

} // namespace rebound::smtptest
