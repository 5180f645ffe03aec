#pragma once

#include "core/snds/sndsdata.h"

#include <QJsonObject>

namespace rebound::snds {

// The JSON of SNDS data (docs/CLI.md, "snds"): "data_date", "fetched_at", "from_cache", "error",
// "error_kind", "ips" (each row of data.aspx, with "blocked" and "block_reason" from ipStatus.aspx) and
// "ranges". The cache file is this JSON too.
QJsonObject toJson(const SndsData& data);
std::optional<SndsData> fromJson(const QJsonObject& json);
QJsonObject toJson(const IpActivity& row);
// The row of one IP with its block status, as the diagnosis check stores it ("ip", "listed_in_snds",
// "activity" or null, "blocked", "block_reason", "data_date", "from_cache", "error").
QJsonObject ipJson(const SndsData& data, const QString& ip);
QString toText(const SndsData& data);

} // namespace rebound::snds
