#include "core/watch/watchlist.h"

#include "core/dns/dnsname.h"
#include "core/dns/ipaddress.h"
#include "core/iphealth/iptargets.h"
#include "core/util/jsonutil.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace rebound::watch {

qint64 WatchTarget::interval() const {
    if (intervalSeconds > 0)
        return intervalSeconds;
    return kind == Kind::Domain ? defaultDomainInterval : defaultAddressInterval;
}

QStringList WatchTarget::subjects() const {
    if (kind == Kind::Domain)
        return {entry};
    QStringList names;
    names.reserve(addresses.size());
    for (const QHostAddress& address : addresses)
        names << address.toString();
    return names;
}

QString watchKindName(WatchTarget::Kind kind) {
    switch (kind) {
    case WatchTarget::Kind::Address:
        return u"ip"_s;
    case WatchTarget::Kind::Range:
        return u"range"_s;
    case WatchTarget::Kind::Domain:
        break;
    }
    return u"domain"_s;
}

std::optional<qint64> parseInterval(const QString& text) {
    static const QRegularExpression pattern(u"^([0-9]{1,7})([smhd]?)$"_s);
    const QRegularExpressionMatch match = pattern.match(text.trimmed().toLower());
    if (!match.hasMatch())
        return std::nullopt;
    qint64 seconds = match.captured(1).toLongLong();
    const QString unit = match.captured(2);
    if (unit == u"m")
        seconds *= 60;
    else if (unit == u"h")
        seconds *= 3600;
    else if (unit == u"d")
        seconds *= 86400;
    if (seconds < 60 || seconds > 30 * 86400)
        return std::nullopt;
    return seconds;
}

std::optional<WatchTarget> parseWatchTarget(const QString& text, QString* error) {
    const QStringList parts = text.simplified().split(u' ', Qt::SkipEmptyParts);
    if (parts.isEmpty() || parts.size() > 2) {
        *error = u"expected a target and an optional interval"_s;
        return std::nullopt;
    }
    WatchTarget target;
    if (parts.size() == 2) {
        const auto interval = parseInterval(parts.at(1));
        if (!interval) {
            *error = u"\"%1\" is not an interval (60s to 30d: \"30m\", \"6h\", \"1d\")"_s.arg(
                util::escapeControls(parts.at(1), 40));
            return std::nullopt;
        }
        target.intervalSeconds = *interval;
    }
    const QString& what = parts.first();
    if (const auto address = dns::parseIpAddress(what)) {
        target.kind = WatchTarget::Kind::Address;
        target.entry = address->toString();
        target.addresses << *address;
        return target;
    }
    if (what.contains(u'/')) {
        QString cidrError;
        const auto range = dns::parseCidr(what, &cidrError);
        if (!range) {
            *error = u"\"%1\" is not a CIDR range: %2"_s.arg(util::escapeControls(what, 80), cidrError);
            return std::nullopt;
        }
        if (range->size() > iphealth::maxRangeAddresses) {
            *error =
                u"%1 has %2 addresses; a watch takes ranges up to /22 (IPv6: /118)"_s.arg(range->toString())
                    .arg(range->size());
            return std::nullopt;
        }
        target.kind = WatchTarget::Kind::Range;
        target.entry = range->toString();
        for (quint64 i = 0; i < range->size(); ++i)
            target.addresses << dns::addressAt(*range, i);
        return target;
    }
    QString nameError;
    const auto domain = dns::normalizeDomainName(what, &nameError);
    if (!domain || !domain->contains(u'.') || !dns::isHostName(*domain)) {
        *error = u"\"%1\" is not an IP address, a CIDR range or a domain%2"_s.arg(
            util::escapeControls(what, 80), nameError.isEmpty() ? QString() : u": "_s + nameError);
        return std::nullopt;
    }
    target.kind = WatchTarget::Kind::Domain;
    target.entry = domain->toLower();
    return target;
}

std::optional<WatchList> parseWatchList(const QByteArray& text, QString* error) {
    WatchList list;
    QSet<QString> seen;
    qsizetype addresses = 0;
    qsizetype domains = 0;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = QString::fromUtf8(lines.at(i));
        if (const qsizetype hash = line.indexOf(u'#'); hash >= 0)
            line.truncate(hash);
        if (line.trimmed().isEmpty())
            continue;
        QString lineError;
        auto target = parseWatchTarget(line, &lineError);
        if (!target) {
            list.problems << u"line %1: %2"_s.arg(i + 1).arg(lineError);
            continue;
        }
        if (seen.contains(target->entry)) {
            list.problems << u"line %1: %2 is already listed"_s.arg(i + 1).arg(target->entry);
            continue;
        }
        seen.insert(target->entry);
        target->line = int(i + 1);
        addresses += target->addresses.size();
        domains += target->kind == WatchTarget::Kind::Domain ? 1 : 0;
        if (addresses > maxWatchAddresses || domains > maxWatchDomains) {
            *error = u"a watch list holds at most %1 addresses (ranges expanded) and %2 domains"_s
                         .arg(maxWatchAddresses)
                         .arg(maxWatchDomains);
            return std::nullopt;
        }
        list.targets << *target;
    }
    return list;
}

std::optional<WatchList> readWatchFile(const QString& path, QString* error, bool* unreadable) {
    if (unreadable)
        *unreadable = false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (unreadable)
            *unreadable = true;
        *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray content = file.read(maxWatchFileBytes + 1);
    if (content.size() > maxWatchFileBytes) {
        *error = u"%1 is larger than %2 bytes"_s.arg(path).arg(maxWatchFileBytes);
        return std::nullopt;
    }
    return parseWatchList(content, error);
}

} // namespace rebound::watch
