#pragma once

#include "core/blocklist/listresult.h"
#include "core/iphealth/reversedns.h"

#include <QList>
#include <QString>

namespace rebound::iphealth {

// Everything known about one IP address after the check. Plain value.
struct IpHealthResult {
    QString input; // as the user wrote it ("[203.0.113.7]:25"), empty when it came from a range
    QString ip;    // canonical form
    bool checked = false;
    QString notCheckedReason; // RFC 6890 explanation for special-purpose addresses
    bool cancelled = false;
    bool reverseDnsChecked = false;
    ReverseDnsResult rdns;
    QList<blocklist::ListResult> blocklists;
};

// Nagios plugin convention: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.
enum NagiosCode { NagiosOk = 0, NagiosWarning = 1, NagiosCritical = 2, NagiosUnknown = 3 };

// 2 on a major listing, else 1 on a medium or minor listing, else 3 when the address or any list could
// not be checked (refused, unknown, broken, unavailable, cancelled), else 0. Allowlists never count.
NagiosCode nagiosCode(const IpHealthResult& result);
// The worse of two codes for a range: CRITICAL, then WARNING, then UNKNOWN, then OK.
NagiosCode worseNagiosCode(NagiosCode a, NagiosCode b);

} // namespace rebound::iphealth
