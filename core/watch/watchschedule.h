// When a target is checked again: a pure function of its last run, its interval, the lists' published
// limits and the time now, so that a fake clock tests it.
#pragma once

#include <QDateTime>
#include <QList>

namespace rebound::blocklist {
struct RateLimit;
}

namespace rebound::watch {

// Never more often than this: a list's answers are cached for about this long (typical DNSBL TTLs are
// 5 to 15 minutes), so asking sooner learns nothing.
constexpr qint64 minimumInterval = 300;

// The shortest interval for the addresses of a watch list that keeps every list within its published
// daily quota: a list with a quota of Q queries a day, asked about N addresses every I seconds, gets
// N x 86,400 / I queries a day, so I >= N x 86,400 / Q. addresses: every address in the watch list (the
// lists' quotas are shared by all its targets). At least minimumInterval.
qint64 quotaInterval(qsizetype addresses, const QList<blocklist::RateLimit>& limits);

// The interval a target is actually checked at: its own, raised to the floor (minimumInterval or the
// quota interval for addresses).
qint64 effectiveInterval(qint64 interval, qint64 floor);

// When the target is next due: never run (invalid lastRun) means now.
QDateTime nextRun(const QDateTime& lastRun, qint64 interval, qint64 floor, const QDateTime& now);
bool isDue(const QDateTime& lastRun, qint64 interval, qint64 floor, const QDateTime& now);

} // namespace rebound::watch
