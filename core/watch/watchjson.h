// The JSON of a watch pass (rebound-cli watch --json; docs/CLI.md), in pieces so that the CLI can write
// a pass over a /22 incrementally (one state row at a time) instead of building the whole document.
#pragma once

#include "core/watch/watchpass.h"
#include "core/watch/watchstore.h"

#include <QJsonObject>

namespace rebound::watch {

// {"target", "check", "zone", "from", "to", "at", "detail", "change", "level"}
QJsonObject toJson(const Change& change);
// The document's members before "targets": {"at", "changes": [...], "errors": [...], "nagios_code"};
// without the changes (an empty array) when withChanges is false, for a writer that streams them.
QJsonObject passHeadJson(const WatchPassResult& pass, bool withChanges = true);
// One entry of "targets" without its "states": {"target", "kind", "checked", "interval", "last_run",
// "next_run"}.
QJsonObject targetJson(const TargetOutcome& target);
// One entry of a target's "states": {"target", "check", "zone", "state", "since", "detail"} and, for
// tls_certificate, "expires_at".
QJsonObject stateJson(const StateRow& row);
// Whether a stored state is shown among a target's "states" (a check that was never asked is not).
bool isShownState(const StateRow& row);

} // namespace rebound::watch
