#include "core/iphealth/iptargets.h"

#include "core/dns/ipaddress.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace rebound::iphealth {

namespace {

bool fail(QString* error, TargetError* kind, TargetError what, const QString& message) {
    if (error)
        *error = message;
    if (kind)
        *kind = what;
    return false;
}

// Adds one IP or CIDR; false with *error when the text is neither or the range is too large.
bool addTarget(IpTargets& targets, const QString& text, QString* error, TargetError* kind) {
    QString ipError;
    if (const auto address = dns::parseIpAddress(text, &ipError)) {
        targets.addresses << *address;
        targets.inputs << text.trimmed();
        return true;
    }
    if (!text.contains(u'/'))
        return fail(error, kind, TargetError::BadInput,
                    u"\"%1\" is not an IP address: %2"_s.arg(text.trimmed(), ipError));
    QString cidrError;
    const auto range = dns::parseCidr(text.trimmed(), &cidrError);
    if (!range)
        return fail(error, kind, TargetError::BadInput,
                    u"\"%1\" is not a CIDR range: %2"_s.arg(text.trimmed(), cidrError));
    if (range->size() > maxRangeAddresses) {
        return fail(error, kind, TargetError::TooLarge,
                    u"%1 has %2 addresses; at most %3 are checked at once (/22 for IPv4, /118 for IPv6)"_s
                        .arg(range->toString())
                        .arg(range->size())
                        .arg(maxRangeAddresses));
    }
    for (quint64 i = 0; i < range->size(); ++i) {
        targets.addresses << dns::addressAt(*range, i);
        targets.inputs << QString();
    }
    return true;
}

} // namespace

std::optional<IpTargets> parseIpTargets(const QString& argument, QString* error, TargetError* kind) {
    if (kind)
        *kind = TargetError::None;
    IpTargets targets;
    const QString text = argument.trimmed();
    if (dns::parseIpAddress(text)) {
        addTarget(targets, text, error, kind);
        return targets;
    }
    const QFileInfo info(argument);
    if (!info.isFile()) {
        if (!text.contains(u'/')) {
            QString ipError;
            dns::parseIpAddress(text, &ipError);
            fail(error, kind, TargetError::BadInput,
                 u"\"%1\" is not an IP address (%2), a CIDR range or an existing file"_s.arg(text, ipError));
            return std::nullopt;
        }
        targets.kind = IpTargets::Kind::Range;
        if (!addTarget(targets, text, error, kind))
            return std::nullopt;
        return targets;
    }
    targets.kind = IpTargets::Kind::File;
    QFile file(argument);
    if (info.size() > maxFileBytes) {
        fail(error, kind, TargetError::TooLarge,
             u"%1 is larger than %2 bytes"_s.arg(argument).arg(maxFileBytes));
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, kind, TargetError::UnreadableFile,
             u"cannot read %1: %2"_s.arg(argument, file.errorString()));
        return std::nullopt;
    }
    const QByteArray content = file.read(maxFileBytes + 1);
    if (content.size() > maxFileBytes) {
        fail(error, kind, TargetError::TooLarge,
             u"%1 is larger than %2 bytes"_s.arg(argument).arg(maxFileBytes));
        return std::nullopt;
    }
    const QList<QByteArray> lines = content.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = QString::fromUtf8(lines.at(i));
        if (const qsizetype hash = line.indexOf(u'#'); hash >= 0)
            line.truncate(hash);
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        QString lineError;
        TargetError lineKind = TargetError::None;
        if (!addTarget(targets, line, &lineError, &lineKind))
            targets.problems << u"line %1: %2"_s.arg(i + 1).arg(lineError);
        if (targets.addresses.size() > maxFileAddresses) {
            fail(error, kind, TargetError::TooLarge,
                 u"%1 holds more than %2 addresses"_s.arg(argument).arg(maxFileAddresses));
            return std::nullopt;
        }
    }
    if (targets.addresses.isEmpty()) {
        fail(error, kind, TargetError::BadInput,
             u"%1 holds no IP address%2"_s.arg(argument, targets.problems.isEmpty()
                                                              ? QString()
                                                              : u" (%1)"_s.arg(targets.problems.first())));
        return std::nullopt;
    }
    return targets;
}

} // namespace rebound::iphealth
