#pragma once

#include <QString>

namespace rebound::smtptest {

// Writes the DNS lab zones of the SMTP tests into dir: zone smtp.test (mx with A 127.0.0.1 and AAAA ::1
// and a TLSA 3 1 1 record for _<port>._tcp.mx; domain MX; "blocked" with two MX hosts on 127.0.0.3 and
// 127.0.0.4; "nomx" with no MX; "nullmx" with "MX 0 .") and 0.0.127.in-addr.arpa (1 -> mx.smtp.test).
bool writeSmtpZones(const QString& dir, quint16 port, const QString& spkiSha256Hex, QString* error);

} // namespace rebound::smtptest
