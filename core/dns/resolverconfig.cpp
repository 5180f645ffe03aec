#include "core/dns/resolverconfig.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace rebound::dns {

QString ServerAddress::toString() const {
    return (host.contains(u':') ? u'[' + host + u']' : host) + u':' + QString::number(port);
}

QString ResolverConfig::describeServers() const {
    if (servers.isEmpty())
        return u"system (resolv.conf)"_s;
    QStringList parts;
    for (const ServerAddress& server : servers)
        parts << server.toString();
    return parts.join(u", "_s);
}

} // namespace rebound::dns
