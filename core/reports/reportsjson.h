// The JSON of `rebound-cli reports --json` (docs/CLI.md): schema "rebound.reports", keys dmarc,
// tlsrpt, summary, errors. Keys are a public contract: extended, never renamed.
#pragma once

#include "core/reports/reportsanalysis.h"
#include "core/reports/reporttypes.h"

#include <QJsonObject>

namespace rebound::reports {

QJsonObject toJson(const ReportSet& set, const ReportsSummary& summary);
QJsonObject toJson(const ReportsSummary& summary); // the "summary" object alone
QJsonObject toJson(const SourceSummary& source);

} // namespace rebound::reports
