#include "ui/resolvertester.h"

#include "core/dns/resolver.h"

using namespace Qt::StringLiterals;

namespace rebound::ui {

ResolverTester::ResolverTester(QObject* parent)
    : QObject(parent) {
}

ResolverTester::~ResolverTester() = default;

QString ResolverTester::testName(const QString& dqsKey) {
    const QString key = dqsKey.trimmed();
    return key.isEmpty() ? u"2.0.0.127.zen.spamhaus.org"_s
                         : u"2.0.0.127."_s + key + u".zen.dq.spamhaus.net"_s;
}

void ResolverTester::start(const dns::ResolverConfig& config, const QString& dqsKey) {
    delete m_resolver;
    m_resolver = new dns::Resolver(config, this);
    const QString name = testName(dqsKey);
    const QString servers = m_resolver->activeServers().join(u", "_s);
    m_resolver->query(name, dns::RecordType::A, this, [this, name, servers](const dns::DnsResult& result) {
        bool ok = false;
        QString message;
        QStringList addresses;
        for (const dns::DnsRecord& record : result.records())
            addresses << record.address.toString();
        const QString via = tr("Asked %1 through %2 in %3 ms.").arg(name, servers).arg(result.elapsedMs);
        if (result.outcome == dns::Outcome::Answer) {
            if (addresses.contains(u"127.255.255.254"_s))
                message =
                    tr("Spamhaus refused this resolver (127.255.255.254): it is a public or open resolver. "
                       "Use your own resolver or a DQS key.");
            else if (addresses.contains(u"127.255.255.255"_s))
                message =
                    tr("Spamhaus says this resolver sends too many queries (127.255.255.255). Use your own "
                       "resolver or a DQS key.");
            else if (addresses.contains(u"127.255.255.250"_s) || addresses.contains(u"127.255.255.251"_s))
                message = tr("Spamhaus rejected the DQS key (%1).").arg(addresses.join(u", "_s));
            else if (std::any_of(addresses.begin(), addresses.end(),
                                 [](const QString& a) { return a.startsWith(u"127.0.0."_s); })) {
                ok = true;
                message = tr("Works: the test point is listed (%1), as RFC 5782 requires.")
                              .arg(addresses.join(u", "_s));
            } else {
                message =
                    tr("Unexpected answer %1: blocklist results through this resolver cannot be trusted.")
                        .arg(addresses.join(u", "_s));
            }
        } else if (result.outcome == dns::Outcome::NxDomain || result.outcome == dns::Outcome::NoData) {
            message =
                tr("The test point is not listed through this resolver (%1). Spamhaus answers this way to "
                   "public resolvers, so every address would look clean. Use another resolver or a DQS key.")
                    .arg(dns::outcomeName(result.outcome));
        } else {
            message = tr("No usable answer (%1%2).")
                          .arg(dns::outcomeName(result.outcome),
                               result.error.isEmpty() ? QString() : u": "_s + result.error);
        }
        m_resolver->deleteLater();
        m_resolver = nullptr;
        emit finished(ok, message + u' ' + via);
    });
}

} // namespace rebound::ui
