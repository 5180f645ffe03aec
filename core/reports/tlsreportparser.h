// Reads one SMTP TLS report (RFC 8460 section 4, JSON).
#pragma once

#include "core/reports/reporttypes.h"

#include <QByteArrayView>

#include <optional>

namespace rebound::reports {

inline constexpr int kMaxTlsPolicies = 10000;
inline constexpr int kMaxTlsFailureDetails = 100000;

// The report, or nothing with *error saying why.
std::optional<TlsReport> parseTlsReport(QByteArrayView bytes, QString* error);

} // namespace rebound::reports
