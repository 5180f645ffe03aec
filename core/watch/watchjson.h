// The JSON of a watch pass (rebound-cli watch --json; docs/CLI.md).
#pragma once

#include "core/watch/watchpass.h"
#include "core/watch/watchstore.h"

#include <QJsonObject>

namespace rebound::watch {

// {"target", "check", "zone", "from", "to", "at", "detail", "change", "level"}
QJsonObject toJson(const Change& change);
// {"at", "changes": [...], "targets": [{"target", "kind", "checked", "interval", "last_run", "next_run",
//  "states": [{"target", "check", "zone", "state", "since", "detail"}]}], "nagios_code"}
QJsonObject toJson(const WatchPassResult& pass, const QList<StateRow>& states);

} // namespace rebound::watch
