#pragma once

#include "core/blocklist/listresult.h"

#include <QJsonArray>
#include <QJsonObject>

namespace rebound::blocklist {

// The JSON form of one list's verdict, shared by rebound-cli ip, the diagnosis, the GUI and the report.
// Keys (docs/CLI.md): zone, name, id, kind, status, codes, meaning, meanings, txt, lookup_url,
// removal_url, reason, remedy, severity, severity_reason, delisting, delisting_note, test_passed, query.
QJsonObject toJson(const ListResult& result);
QJsonArray toJson(const QList<ListResult>& results);

} // namespace rebound::blocklist
