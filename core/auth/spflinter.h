// Findings about an SPF setup from an evaluation tree: missing or duplicate records, syntax errors
// with their position, the lookup and void-lookup limits (counted per branch), deprecated ptr,
// permissive "all" terms, include loops, and records too long for one UDP answer.
#pragma once

#include "core/auth/spfresult.h"
#include "core/util/finding.h"

#include <QList>

namespace rebound::auth {

QList<Finding> lintSpf(const SpfEvaluation& evaluation);

} // namespace rebound::auth
