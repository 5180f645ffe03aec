#pragma once

#include "core/postmaster/postmasterdata.h"

#include <QJsonObject>

#include <optional>

namespace rebound::postmaster {

// One domain's JSON (docs/CLI.md, "postmaster"): "domain", "stats_date", the rates as fractions or null
// ("spam_rate", "spf_rate", "dkim_rate", "dmarc_rate", "tls_rate", "delivery_error_rate"), "spam_rate_text",
// "spam_rate_level", "spam_daily", "compliance", "needs_work", "findings", "fetched_at", "from_cache",
// "error", "error_kind". The diagnosis check "postmaster" stores this object as its result; the cache
// file keeps it per domain.
QJsonObject toJson(const DomainStats& stats);
// Reads a cached domain back (its findings evaluated again); nullopt when the object is not one.
std::optional<DomainStats> domainFromJson(const QJsonObject& json);
// The run: {"domains": [...], "error", "error_kind"}.
QJsonObject toJson(const PostmasterData& data);
QString toText(const PostmasterData& data);

} // namespace rebound::postmaster
