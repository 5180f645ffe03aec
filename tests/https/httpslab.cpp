#include "httpslab.h"

#include "core/dns/serverlist.h"

using namespace Qt::StringLiterals;

namespace rebound::httpstest {

bool HttpsLab::start(const QString& docRoot, QString* error) {
    lab::DnsLabOptions options;
    options.zonesDir = QStringLiteral(REBOUND_TEST_DATA_DIR "/https/zones");
    if (!m_dns.start(options, error))
        return false;
    dns::ResolverConfig config;
    config.servers = *dns::parseServerList(m_dns.server());
    m_resolver = std::make_unique<dns::Resolver>(config);
    m_port = smtptest::freeTcpPort();
    return m_server.startHttps(m_port, m_certs.web().cert, m_certs.web().key, docRoot, error);
}

void HttpsLab::stop() {
    m_server.stop();
    m_resolver.reset();
    m_dns.stop();
}

https::HttpsOptions HttpsLab::options(int timeoutMs) const {
    https::HttpsOptions options;
    options.port = m_port;
    options.caFile = m_certs.caFile();
    options.allowPrivateAddresses = true;
    options.timeoutMs = timeoutMs;
    return options;
}

QStringList HttpsLab::cliOptions() const {
    return {u"--https-port"_s,          QString::number(m_port),      u"--ca-file"_s, m_certs.caFile(),
            u"--https-allow-private"_s, u"--no-selector-discovery"_s, u"--dns"_s,     m_dns.server()};
}

QStringList ids(const QList<Finding>& findings) {
    QStringList out;
    for (const Finding& f : findings)
        out << f.id;
    return out;
}

const Finding* find(const QList<Finding>& findings, const QString& id) {
    const auto it =
        std::find_if(findings.begin(), findings.end(), [&](const Finding& f) { return f.id == id; });
    return it == findings.end() ? nullptr : &*it;
}

auth::DomainReport checkDomain(dns::Resolver* resolver, auth::DomainCheckRequest request) {
    auth::DomainChecker checker(resolver);
    request.discoverSelectors = false;
    checker.start(request);
    waitForFinished(checker);
    return checker.result();
}

} // namespace rebound::httpstest
