#pragma once

#include "core/diagnosis/rulebook.h"
#include "core/diagnosis/session.h"

namespace rebound::diagnosis {

// Turns a session's bounce analysis and check results into ranked causes by evaluating the rulebook.
// Pure: the same session always gives the same causes.
QList<Cause> diagnose(const Session& session, const Rulebook& rules = builtinRulebook());

} // namespace rebound::diagnosis
