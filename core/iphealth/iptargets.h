#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rebound::iphealth {

// What the user asked to check: one IP, a CIDR range, or a file of IPs and ranges.
struct IpTargets {
    enum class Kind { Single, Range, File };
    Kind kind = Kind::Single;
    QList<QHostAddress> addresses;
    QStringList inputs;   // the text each address came from ("[203.0.113.7]:25"), parallel to addresses
    QStringList problems; // file lines that were skipped, with line numbers
};

// Limits, documented in docs/CLI.md: a range up to 1,024 addresses (/22 for IPv4, /118 for IPv6);
// a file up to 1 MiB and 4,096 addresses in all.
constexpr quint64 maxRangeAddresses = 1024;
constexpr qint64 maxFileBytes = 1024 * 1024;
constexpr qsizetype maxFileAddresses = 4096;

enum class TargetError { None, BadInput, UnreadableFile, TooLarge };

// Reads an IP in any common form, a CIDR, or (when the argument names an existing file) a file with one
// IP or CIDR per line ('#' starts a comment). nullopt with *error and *kind on failure.
std::optional<IpTargets> parseIpTargets(const QString& argument, QString* error, TargetError* kind = nullptr);

} // namespace rebound::iphealth
