// What the watch remembers of some targets, for the diagnosis (the check "watch") and the report's
// "Watch history": the current states, the latest changes, the blocklists an address is on and since
// when, and the latest change of each record (SPF, DKIM, DMARC, MX, PTR, the MX certificates) with how
// many days before the reference time (the diagnosis) it happened.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace rebound::watch {

class WatchStore;

// {"database", "reference", "has_history",
//  "targets": [{"target", "states": [...], "changes": [...]}]       (targets the store knows, at most
//                                                                     maxChanges changes each, newest first)
//  "listed_since": ["203.0.113.7 listed on zen.spamhaus.org since 2026-11-30", ...] (current listings)
//  "record_changes": {"spf": {"target", "at", "date", "days_before", "change", "from", "to", "detail"},
//                     "dkim": ..., "dmarc": ..., "mx": ..., "ptr": ..., "tls_certificate": ...}}
QJsonObject watchHistoryJson(const WatchStore& store, const QStringList& targets, const QDateTime& reference,
                             int maxChanges = 20);

} // namespace rebound::watch
