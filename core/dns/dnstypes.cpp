#include "core/dns/dnstypes.h"

#include "core/util/jsonutil.h"

#include <QHash>
#include <QSet>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace rebound::dns {
namespace {

// A name as its octets, ASCII letters lower-cased (DNS compares them case-insensitively), whether it
// is written with presentation escapes (a record's owner, "a\032b") or as the name asked.
QByteArray canonicalName(const QString& name) {
    QByteArray out;
    out.reserve(name.size());
    for (qsizetype i = 0; i < name.size(); ++i) {
        char16_t c = name.at(i).unicode();
        if (c == u'\\' && i + 1 < name.size()) {
            const QStringView rest = QStringView(name).mid(i + 1, 3);
            bool isCode = rest.size() == 3;
            for (const QChar digit : rest)
                isCode = isCode && digit.isDigit();
            if (isCode) {
                c = char16_t(rest.toInt() & 0xff);
                i += 3;
            } else {
                c = name.at(++i).unicode();
            }
        }
        out.append(c >= u'A' && c <= u'Z' ? char(c - u'A' + u'a') : char(c));
    }
    if (out.endsWith('.'))
        out.chop(1);
    return out;
}

constexpr std::array<std::pair<RecordType, const char*>, 12> typeNames{{
    {RecordType::A, "A"},
    {RecordType::NS, "NS"},
    {RecordType::CNAME, "CNAME"},
    {RecordType::SOA, "SOA"},
    {RecordType::PTR, "PTR"},
    {RecordType::MX, "MX"},
    {RecordType::TXT, "TXT"},
    {RecordType::AAAA, "AAAA"},
    {RecordType::SRV, "SRV"},
    {RecordType::OPT, "OPT"},
    {RecordType::TLSA, "TLSA"},
    {RecordType::CAA, "CAA"},
}};

QString quotedCharacterString(const QByteArray& bytes) {
    QString escaped = util::escapeUntrusted(bytes, 65536);
    escaped.replace(u'"', u"\\\""_s);
    return u'"' + escaped + u'"';
}

} // namespace

QString recordTypeName(quint16 type) {
    for (const auto& [value, name] : typeNames) {
        if (static_cast<quint16>(value) == type)
            return QString::fromLatin1(name);
    }
    return u"TYPE"_s + QString::number(type);
}

std::optional<RecordType> recordTypeFromName(const QString& name) {
    const QString upper = name.trimmed().toUpper();
    for (const auto& [value, text] : typeNames) {
        if (upper == QLatin1String(text))
            return value;
    }
    if (upper.startsWith(u"TYPE")) {
        bool ok = false;
        const uint number = upper.mid(4).toUInt(&ok);
        if (ok && number > 0 && number < 65536)
            return static_cast<RecordType>(number);
    }
    return std::nullopt;
}

QString outcomeName(Outcome outcome) {
    switch (outcome) {
    case Outcome::Answer:
        return u"answer"_s;
    case Outcome::NoData:
        return u"nodata"_s;
    case Outcome::NxDomain:
        return u"nxdomain"_s;
    case Outcome::ServFail:
        return u"servfail"_s;
    case Outcome::Refused:
        return u"refused"_s;
    case Outcome::FormErr:
        return u"formerr"_s;
    case Outcome::OtherRcode:
        return u"other_rcode"_s;
    case Outcome::Timeout:
        return u"timeout"_s;
    case Outcome::NetworkError:
        return u"network_error"_s;
    case Outcome::BadResponse:
        return u"bad_response"_s;
    case Outcome::InvalidQuery:
        return u"invalid_query"_s;
    case Outcome::Cancelled:
        return u"cancelled"_s;
    }
    return u"unknown"_s;
}

bool isDefinite(Outcome outcome) {
    return outcome == Outcome::Answer || outcome == Outcome::NoData || outcome == Outcome::NxDomain;
}

QByteArray DnsRecord::txtJoined() const {
    QByteArray joined;
    for (const QByteArray& part : txtStrings)
        joined += part;
    return joined;
}

QString DnsRecord::presentation() const {
    switch (static_cast<RecordType>(type)) {
    case RecordType::A:
    case RecordType::AAAA:
        return address.toString();
    case RecordType::CNAME:
    case RecordType::NS:
    case RecordType::PTR:
        return target + u'.';
    case RecordType::MX:
        return QString::number(preference) + u' ' + target + u'.';
    case RecordType::SRV:
        return QStringLiteral("%1 %2 %3 %4.").arg(preference).arg(weight).arg(port).arg(target);
    case RecordType::TXT: {
        QStringList parts;
        for (const QByteArray& part : txtStrings)
            parts << quotedCharacterString(part);
        return parts.join(u' ');
    }
    case RecordType::SOA:
        if (soa) {
            return QStringLiteral("%1. %2. %3 %4 %5 %6 %7")
                .arg(soa->mname, soa->rname)
                .arg(soa->serial)
                .arg(soa->refresh)
                .arg(soa->retry)
                .arg(soa->expire)
                .arg(soa->minimum);
        }
        break;
    case RecordType::TLSA:
        return QStringLiteral("%1 %2 %3 %4")
            .arg(tlsaUsage)
            .arg(tlsaSelector)
            .arg(tlsaMatchingType)
            .arg(QString::fromLatin1(tlsaData.toHex()));
    case RecordType::CAA:
        return QStringLiteral("%1 %2 %3")
            .arg(caaFlags)
            .arg(util::escapeUntrusted(caaTag, 255), quotedCharacterString(caaValue));
    default:
        break;
    }
    return QStringLiteral("\\# %1 %2").arg(rdata.size()).arg(QString::fromLatin1(rdata.toHex()));
}

QList<DnsRecord> DnsResult::recordsOfType(quint16 wanted) const {
    // Only records owned by the name asked or by a name its CNAME chain leads to count: anything else
    // in the answer section is not an answer to this question (RFC 1034 4.3.2; what resolvers drop
    // against cache poisoning), and a DNSBL "listing" owned by another name would be a wrong verdict.
    const auto key = [](const QString& owner) { return canonicalName(owner); };
    QHash<QByteArray, QByteArray> aliasOf;
    for (const DnsRecord& record : answers) {
        if (record.type == quint16(RecordType::CNAME) && !aliasOf.contains(key(record.name)))
            aliasOf.insert(key(record.name), key(record.target));
    }
    QSet<QByteArray> owners{key(name)};
    for (QByteArray at = key(name); aliasOf.contains(at);) {
        at = aliasOf.value(at);
        if (owners.contains(at))
            break; // a loop
        owners.insert(at);
    }
    QList<DnsRecord> matching;
    for (const DnsRecord& record : answers) {
        if (record.type == wanted && owners.contains(key(record.name)))
            matching.append(record);
    }
    return matching;
}

std::optional<quint32> DnsResult::negativeTtl() const {
    for (const DnsRecord& record : authority) {
        if (record.type == quint16(RecordType::SOA) && record.soa)
            return qMin(record.ttl, record.soa->minimum);
    }
    return std::nullopt;
}

} // namespace rebound::dns
