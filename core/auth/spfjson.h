// JSON for SPF evaluations, shared by the CLI, the diagnosis and the report.
#pragma once

#include "core/auth/spfresult.h"

#include <QJsonObject>

namespace rebound::auth {

// {record, result (only with an IP), explanation, reason, lookups, void_lookups, dns_queries,
//  round_trips, elapsed_ms, tree: {domain, via, record, result, reason, lookups_in_branch, terms: [...]}}
QJsonObject toJson(const SpfEvaluation& evaluation);

} // namespace rebound::auth
