#pragma once

#include "core/diagnosis/checkregistry.h"
#include "core/diagnosis/inputdetector.h"

#include <QJsonObject>
#include <QList>

namespace rebound::diagnosis {

// Decides which checks an input calls for: for a bounce, the sending IP it names (blocklists and
// reverse DNS), the From domain with its DKIM selector (authentication) and the recipient's domain
// (MX and SMTP); for an IP, a range, a list of IPs (one per line of input), a domain or an address,
// the checks that fit it. For a delivered message: the message analysis, the first external hop's
// address (blocklists and reverse DNS) and the From domain (with the selectors its DKIM signatures
// name). A bounce that returned the message (returned: its bytes; headersOnly: only its header
// block) also gets the message analysis of that copy. A DMARC aggregate or TLS report: the reports
// analysis with its sources' live checks.
QList<CheckRequest> planChecks(const DetectedInput& detected, const QString& input, const QJsonObject& bounce,
                               const RunOptions& options, const QByteArray& returned = {},
                               bool headersOnly = false);

} // namespace rebound::diagnosis
