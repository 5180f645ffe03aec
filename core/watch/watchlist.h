// The watch list: what a watch checks and how often. One target per line in a FILE (rebound-cli watch)
// or in the GUI's list: an IP address, a CIDR range (up to /22 for IPv4, /118 for IPv6) or a domain,
// optionally followed by its interval ("30m", "6h", "1d", or seconds); '#' starts a comment.
#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rebound::watch {

struct WatchTarget {
    enum class Kind { Address, Range, Domain };
    Kind kind = Kind::Address;
    QString entry; // canonical: "203.0.113.7", "203.0.113.0/24", "example.com"; the schedule's key
    QList<QHostAddress> addresses; // Address and Range
    qint64 intervalSeconds = 0;    // as written; 0: the default for the kind
    int line = 0;                  // in the file, from 1; 0 when not from a file

    // The interval to use: as written, else an hour for addresses and ranges, a day for domains.
    qint64 interval() const;
    // The names the state is kept under: every address, or the domain.
    QStringList subjects() const;
};
QString watchKindName(WatchTarget::Kind kind); // "ip", "range", "domain"

constexpr qint64 defaultAddressInterval = 3600;
constexpr qint64 defaultDomainInterval = 86400;
constexpr qint64 maxWatchFileBytes = 1024 * 1024;
constexpr qsizetype maxWatchAddresses = 4096; // in the whole list, ranges expanded
constexpr qsizetype maxWatchDomains = 1024;

// "90", "30m", "6h", "1d" -> seconds (at least 60, at most 30 days); nullopt otherwise.
std::optional<qint64> parseInterval(const QString& text);
// One target with an optional interval; nullopt with *error.
std::optional<WatchTarget> parseWatchTarget(const QString& text, QString* error);

struct WatchList {
    QList<WatchTarget> targets;
    QStringList problems; // "line 3: ..." for lines that were skipped
};
// The text of a watch FILE: targets in order, duplicates dropped; the limits above apply (*error).
std::optional<WatchList> parseWatchList(const QByteArray& text, QString* error);
// Reads and parses FILE (at most maxWatchFileBytes); *unreadable tells a missing file from a bad one.
std::optional<WatchList> readWatchFile(const QString& path, QString* error, bool* unreadable = nullptr);

} // namespace rebound::watch
