#include "core/dns/ipaddress.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>

using namespace Qt::StringLiterals;

namespace rebound::dns {
namespace {

bool fail(QString* error, const QString& message) {
    if (error)
        *error = message;
    return false;
}

// Strict dotted quad: four decimal octets, no leading zeros (010 is octal to some resolvers).
bool isStrictIpv4(const QString& text) {
    const QStringList parts = text.split(u'.');
    if (parts.size() != 4)
        return false;
    for (const QString& part : parts) {
        if (part.isEmpty() || part.size() > 3 || (part.size() > 1 && part.startsWith(u'0')))
            return false;
        for (const QChar c : part) {
            if (!c.isDigit() || c.unicode() > 127)
                return false;
        }
        if (part.toInt() > 255)
            return false;
    }
    return true;
}

struct SpecialRange {
    const char* network;
    int prefix;
    const char* reason;
};

// RFC 6890 and its updates: blocks that are never a public sending address.
constexpr std::array specialRanges{
    SpecialRange{"0.0.0.0", 8,
                 QT_TRANSLATE_NOOP("rebound::dns", "\"This network\" (RFC 791): not a real source address.")},
    SpecialRange{"10.0.0.0", 8,
                 QT_TRANSLATE_NOOP("rebound::dns",
                                   "Private network (RFC 1918): never seen by receivers on the Internet, so "
                                   "no blocklist lists it. Check the public address your mail leaves from.")},
    SpecialRange{"100.64.0.0", 10,
                 QT_TRANSLATE_NOOP("rebound::dns",
                                   "Shared address space for carrier-grade NAT (RFC 6598): check the "
                                   "public address of your provider's NAT instead.")},
    SpecialRange{"127.0.0.0", 8,
                 QT_TRANSLATE_NOOP("rebound::dns",
                                   "Loopback (RFC 1122): this machine itself, not a sending address.")},
    SpecialRange{
        "169.254.0.0", 16,
        QT_TRANSLATE_NOOP("rebound::dns", "Link-local (RFC 3927): only valid on one network segment.")},
    SpecialRange{"172.16.0.0", 12,
                 QT_TRANSLATE_NOOP("rebound::dns",
                                   "Private network (RFC 1918): never seen by receivers on the Internet, so "
                                   "no blocklist lists it. Check the public address your mail leaves from.")},
    SpecialRange{
        "192.0.0.0", 24,
        QT_TRANSLATE_NOOP("rebound::dns", "IETF protocol assignments (RFC 6890): not a sending address.")},
    SpecialRange{"192.0.2.0", 24,
                 QT_TRANSLATE_NOOP("rebound::dns",
                                   "Documentation range TEST-NET-1 (RFC 5737): used in examples only.")},
    SpecialRange{"192.88.99.0", 24,
                 QT_TRANSLATE_NOOP("rebound::dns", "Former 6to4 relay anycast (RFC 7526): deprecated.")},
    SpecialRange{"192.168.0.0", 16,
                 QT_TRANSLATE_NOOP("rebound::dns",
                                   "Private network (RFC 1918): never seen by receivers on the Internet, so "
                                   "no blocklist lists it. Check the public address your mail leaves from.")},
    SpecialRange{
        "198.18.0.0", 15,
        QT_TRANSLATE_NOOP("rebound::dns", "Benchmarking range (RFC 2544): not routed on the Internet.")},
    SpecialRange{"198.51.100.0", 24,
                 QT_TRANSLATE_NOOP("rebound::dns",
                                   "Documentation range TEST-NET-2 (RFC 5737): used in examples only.")},
    SpecialRange{"203.0.113.0", 24,
                 QT_TRANSLATE_NOOP("rebound::dns",
                                   "Documentation range TEST-NET-3 (RFC 5737): used in examples only.")},
    SpecialRange{
        "224.0.0.0", 4,
        QT_TRANSLATE_NOOP("rebound::dns", "Multicast (RFC 5771): never the source of an SMTP connection.")},
    SpecialRange{"240.0.0.0", 4,
                 QT_TRANSLATE_NOOP("rebound::dns", "Reserved (RFC 1112), including the broadcast address.")},
    SpecialRange{"::", 128, QT_TRANSLATE_NOOP("rebound::dns", "The unspecified IPv6 address.")},
    SpecialRange{"::1", 128, QT_TRANSLATE_NOOP("rebound::dns", "IPv6 loopback: this machine itself.")},
    SpecialRange{
        "::ffff:0.0.0.0", 96,
        QT_TRANSLATE_NOOP("rebound::dns", "IPv4-mapped IPv6 address: check the IPv4 address instead.")},
    SpecialRange{"64:ff9b::", 96,
                 QT_TRANSLATE_NOOP("rebound::dns",
                                   "NAT64 well-known prefix (RFC 6052): check the embedded IPv4 address.")},
    SpecialRange{"100::", 64, QT_TRANSLATE_NOOP("rebound::dns", "Discard-only prefix (RFC 6666).")},
    SpecialRange{
        "2001:db8::", 32,
        QT_TRANSLATE_NOOP("rebound::dns", "IPv6 documentation prefix (RFC 3849): used in examples only.")},
    SpecialRange{"2002::", 16,
                 QT_TRANSLATE_NOOP("rebound::dns", "6to4 (RFC 3056): deprecated transition addresses.")},
    SpecialRange{
        "fc00::", 7,
        QT_TRANSLATE_NOOP("rebound::dns",
                          "Unique local IPv6 address (RFC 4193): private, never seen on the Internet.")},
    SpecialRange{"fe80::", 10,
                 QT_TRANSLATE_NOOP("rebound::dns", "IPv6 link-local: only valid on one network segment.")},
    SpecialRange{
        "ff00::", 8,
        QT_TRANSLATE_NOOP("rebound::dns", "IPv6 multicast: never the source of an SMTP connection.")},
};

} // namespace

std::optional<QHostAddress> parseIpAddress(const QString& input, QString* error) {
    QString text = input.trimmed();
    if (text.isEmpty()) {
        fail(error, u"no IP address given"_s);
        return std::nullopt;
    }
    if (text.size() > 64) {
        fail(error, u"too long to be an IP address"_s);
        return std::nullopt;
    }
    if (text.startsWith(u"IPv6:", Qt::CaseInsensitive))
        text = text.mid(5);
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0) {
            fail(error, u"missing ']' after the address"_s);
            return std::nullopt;
        }
        const QString rest = text.mid(close + 1);
        static const QRegularExpression portSuffix(u"^(:\\d{1,5})?$"_s);
        if (!portSuffix.match(rest).hasMatch()) {
            fail(error, u"unexpected text after the address: "_s + rest);
            return std::nullopt;
        }
        text = text.mid(1, close - 1);
        if (text.startsWith(u"IPv6:", Qt::CaseInsensitive))
            text = text.mid(5);
    } else if (text.count(u':') == 1) {
        text = text.left(text.indexOf(u':')); // IPv4 with a trailing port
    }
    if (text.contains(u'%')) {
        fail(error, u"an IPv6 zone id (%...) is not a global address"_s);
        return std::nullopt;
    }
    if (!text.contains(u':') && !isStrictIpv4(text)) {
        fail(error, u"'"_s + input.trimmed().left(64)
                        + u"' is not an IPv4 address (four numbers 0-255, no leading zeros)"_s);
        return std::nullopt;
    }
    QHostAddress address;
    if (!address.setAddress(text)) {
        fail(error, u"'"_s + input.trimmed().left(64) + u"' is not an IP address"_s);
        return std::nullopt;
    }
    return address;
}

QString reversedKey(const QHostAddress& address) {
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 v4 = address.toIPv4Address();
        return QStringLiteral("%1.%2.%3.%4")
            .arg(v4 & 0xff)
            .arg((v4 >> 8) & 0xff)
            .arg((v4 >> 16) & 0xff)
            .arg(v4 >> 24);
    }
    const Q_IPV6ADDR raw = address.toIPv6Address();
    QString key;
    key.reserve(63);
    static constexpr char hex[] = "0123456789abcdef";
    for (int i = 15; i >= 0; --i) {
        key += QLatin1Char(hex[raw[i] & 0x0f]);
        key += u'.';
        key += QLatin1Char(hex[raw[i] >> 4]);
        if (i > 0)
            key += u'.';
    }
    return key;
}

QString reverseLookupName(const QHostAddress& address) {
    return reversedKey(address)
           + (address.protocol() == QAbstractSocket::IPv4Protocol ? u".in-addr.arpa"_s : u".ip6.arpa"_s);
}

quint64 CidrRange::size() const {
    const int bits = (base.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128) - prefixLength;
    return bits >= 63 ? (quint64(1) << 63) : (quint64(1) << bits);
}

QString CidrRange::toString() const {
    return base.toString() + u'/' + QString::number(prefixLength);
}

std::optional<CidrRange> parseCidr(const QString& input, QString* error) {
    const QString text = input.trimmed();
    const qsizetype slash = text.indexOf(u'/');
    if (slash < 0) {
        fail(error, u"a range needs a prefix length, as in 203.0.113.0/24"_s);
        return std::nullopt;
    }
    const auto base = parseIpAddress(text.left(slash), error);
    if (!base)
        return std::nullopt;
    bool ok = false;
    const int prefix = text.mid(slash + 1).toInt(&ok);
    const int maxPrefix = base->protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;
    if (!ok || prefix < 0 || prefix > maxPrefix) {
        fail(error, QStringLiteral("the prefix length must be 0 to %1").arg(maxPrefix));
        return std::nullopt;
    }
    // QHostAddress::parseSubnet masks the base for us.
    const auto subnet = QHostAddress::parseSubnet(base->toString() + u'/' + QString::number(prefix));
    return CidrRange{subnet.first, prefix};
}

QHostAddress addressAt(const CidrRange& range, quint64 index) {
    if (range.base.protocol() == QAbstractSocket::IPv4Protocol)
        return QHostAddress(range.base.toIPv4Address() + quint32(index));
    Q_IPV6ADDR raw = range.base.toIPv6Address();
    quint64 carry = index;
    for (int i = 15; i >= 0 && carry; --i) {
        const quint64 sum = raw[i] + (carry & 0xff);
        raw[i] = quint8(sum & 0xff);
        carry = (carry >> 8) + (sum >> 8);
    }
    return QHostAddress(raw);
}

std::optional<QString> specialPurposeReason(const QHostAddress& address) {
    for (const SpecialRange& range : specialRanges) {
        const QHostAddress network(QString::fromLatin1(range.network));
        if (network.protocol() != address.protocol())
            continue;
        if (address.isInSubnet(network, range.prefix))
            return QCoreApplication::translate("rebound::dns", range.reason); // English in rebound-cli
    }
    return std::nullopt;
}

bool isDocumentationRange(const QHostAddress& address) {
    static const QList<std::pair<QHostAddress, int>> ranges{
        {QHostAddress(u"192.0.2.0"_s), 24},
        {QHostAddress(u"198.51.100.0"_s), 24},
        {QHostAddress(u"203.0.113.0"_s), 24},
        {QHostAddress(u"2001:db8::"_s), 32},
    };
    for (const auto& [network, prefix] : ranges) {
        if (address.isInSubnet(network, prefix))
            return true;
    }
    return false;
}

} // namespace rebound::dns
