// tests/https: the lab every HTTPS test shares: the SMTP tests' test CA (with the "web" leaf for
// *.sts.test), the DNS lab serving zones/sts.test.zone and https_server.py on a free loopback port.
#pragma once

#include "core/auth/domaincheck.h"
#include "core/dns/resolver.h"
#include "core/https/httpsfetcher.h"
#include "lab/dnslab.h"
#include "serverprocess.h"
#include "testcertificates.h"

#include <QTest>

#include <memory>

namespace rebound::httpstest {

class HttpsLab final {
public:
    // generate() runs first so that a test can make more certificates before the server starts.
    bool generate(QString* error) { return m_certs.generate(error); }
    bool start(const QString& docRoot, QString* error);
    void stop();

    dns::Resolver* resolver() const { return m_resolver.get(); }
    QString dnsServer() const { return m_dns.server(); }
    quint16 port() const { return m_port; }
    const smtptest::TestCertificates& certificates() const { return m_certs; }
    // The port, the test CA and the private-address switch, as --https-port, --ca-file and
    // --https-allow-private set them.
    https::HttpsOptions options(int timeoutMs = 0) const;
    // rebound-cli's options for the same.
    QStringList cliOptions() const;

private:
    lab::DnsLab m_dns;
    smtptest::TestCertificates m_certs;
    smtptest::ServerProcess m_server;
    std::unique_ptr<dns::Resolver> m_resolver;
    quint16 m_port = 0;
};

// Runs a start()/finished() object to its end; a run that does not end is a test failure (qFatal).
template <typename Object> void waitForFinished(Object& object, int timeoutMs = 30000) {
    bool done = false;
    QObject::connect(&object, &Object::finished, &object, [&done] { done = true; });
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
        qFatal("the run did not finish");
}

// The ids of findings, in order, and the first finding with an id (nullptr when none has it).
QStringList ids(const QList<Finding>& findings);
const Finding* find(const QList<Finding>& findings, const QString& id);

// A DomainChecker run with the request as given (discovery of DKIM selectors off).
auth::DomainReport checkDomain(dns::Resolver* resolver, auth::DomainCheckRequest request);

} // namespace rebound::httpstest
