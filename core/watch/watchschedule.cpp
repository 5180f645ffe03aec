#include "core/watch/watchschedule.h"

#include "core/blocklist/blocklistentry.h"

#include <algorithm>

namespace rebound::watch {

qint64 quotaInterval(qsizetype addresses, const QList<blocklist::RateLimit>& limits) {
    qint64 interval = minimumInterval;
    for (const blocklist::RateLimit& limit : limits) {
        if (limit.perDay <= 0 || addresses <= 0)
            continue;
        // Rounded up: the quota is a ceiling.
        const qint64 needed = (qint64(addresses) * 86400 + limit.perDay - 1) / limit.perDay;
        interval = std::max(interval, needed);
    }
    return interval;
}

qint64 effectiveInterval(qint64 interval, qint64 floor) {
    return std::max({interval, floor, minimumInterval});
}

QDateTime nextRun(const QDateTime& lastRun, qint64 interval, qint64 floor, const QDateTime& now) {
    if (!lastRun.isValid())
        return now;
    // A clock set back (lastRun in the future) must not postpone the target forever.
    const QDateTime from = std::min(lastRun, now);
    return from.addSecs(effectiveInterval(interval, floor));
}

bool isDue(const QDateTime& lastRun, qint64 interval, qint64 floor, const QDateTime& now) {
    return nextRun(lastRun, interval, floor, now) <= now;
}

} // namespace rebound::watch
