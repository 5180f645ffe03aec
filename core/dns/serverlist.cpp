#include "core/dns/serverlist.h"

#include <QHostAddress>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace rebound::dns {

std::optional<ServerAddress> parseServerAddress(const QString& input, QString* error) {
    const QString text = input.trimmed();
    QString host = text;
    QString portText;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0 || (close + 1 < text.size() && text.at(close + 1) != u':')) {
            if (error)
                *error = u"bad DNS server '"_s + text + u"': write IPv6 as [addr]:port"_s;
            return std::nullopt;
        }
        host = text.mid(1, close - 1);
        portText = text.mid(close + 2);
    } else if (text.count(u':') == 1) {
        host = text.left(text.indexOf(u':'));
        portText = text.mid(text.indexOf(u':') + 1);
    }
    QHostAddress address;
    if (host.contains(u'%') || !address.setAddress(host)) {
        if (error)
            *error = u"bad DNS server '"_s + text + u"': give a numeric IPv4 or IPv6 address"_s;
        return std::nullopt;
    }
    ServerAddress server{address.toString(), 53};
    if (!portText.isEmpty() || text.endsWith(u':')) {
        bool ok = false;
        const int port = portText.toInt(&ok);
        if (!ok || port < 1 || port > 65535) {
            if (error)
                *error = u"bad port in DNS server '"_s + text + u"'"_s;
            return std::nullopt;
        }
        server.port = quint16(port);
    }
    return server;
}

std::optional<QList<ServerAddress>> parseServerList(const QString& text, QString* error) {
    static const QRegularExpression separators(u"[,\\s]+"_s);
    QList<ServerAddress> servers;
    for (const QString& item : text.split(separators, Qt::SkipEmptyParts)) {
        const auto server = parseServerAddress(item, error);
        if (!server)
            return std::nullopt;
        servers.append(*server);
    }
    if (servers.isEmpty()) {
        if (error)
            *error = u"no DNS server given"_s;
        return std::nullopt;
    }
    return servers;
}

} // namespace rebound::dns
