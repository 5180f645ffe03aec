// The bounded HTTPS fetcher against a real HTTPS server on loopback (https_server.py, a test CA made with
// openssl) and the lab's DNS: a good fetch, POST, the address guard, a certificate for another name, an
// untrusted CA, a redirect, a 10 MB body with and without Content-Length, a slow body.
#include "core/dns/resolver.h"
#include "core/https/httpsfetcher.h"
#include "lab/dnslab.h"
#include "serverprocess.h"
#include "testcertificates.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rebound;
using namespace rebound::https;

class TestHttpsFetcher : public QObject {
    Q_OBJECT

private:
    lab::DnsLab m_lab;
    smtptest::TestCertificates m_certs;
    smtptest::ServerProcess m_server;
    std::unique_ptr<dns::Resolver> m_resolver;
    quint16 m_port = 0;

    HttpsRequest request(const QString& url) const {
        HttpsRequest r;
        r.url = QUrl(url);
        r.port = m_port;
        r.caFile = m_certs.caFile();
        r.allowPrivateAddresses = true;
        r.timeoutMs = 10000;
        return r;
    }

    HttpsResult fetch(const HttpsRequest& r) {
        HttpsFetcher fetcher(m_resolver.get());
        bool done = false;
        int emitted = 0;
        connect(&fetcher, &HttpsFetcher::finished, this, [&] {
            done = true;
            ++emitted;
        });
        fetcher.start(r);
        if (done)
            qFatal("finished() from inside start()");
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            qFatal("the fetch did not finish");
        QTest::qWait(20);
        if (emitted != 1)
            qFatal("finished() more than once");
        return fetcher.result();
    }

private slots:
    void initTestCase() {
        QString error;
        QVERIFY2(m_certs.generate(&error), qPrintable(error));
        lab::DnsLabOptions options;
        options.zonesDir = QStringLiteral(REBOUND_TEST_DATA_DIR "/https/zones");
        QVERIFY2(m_lab.start(options, &error), qPrintable(error));
        dns::ResolverConfig config;
        config.servers = *dns::parseServerList(m_lab.server());
        m_resolver = std::make_unique<dns::Resolver>(config);
        m_port = smtptest::freeTcpPort();
        QVERIFY2(m_server.startHttps(m_port, m_certs.web().cert, m_certs.web().key,
                                     QStringLiteral(REBOUND_TEST_DATA_DIR "/https/www"), &error),
                 qPrintable(error));
    }

    void goodFetch() {
        const HttpsResult r = fetch(request(u"https://www.sts.test/hello.txt"_s));
        QVERIFY2(r.ok(), qPrintable(r.errorText));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("hello from the lab\n"));
        QCOMPARE(r.contentType, QByteArray("text/plain"));
        QVERIFY(r.certificateOk);
        QVERIFY(!r.peerChain.isEmpty());
        QCOMPARE(r.address, QHostAddress(u"127.0.0.1"_s));
        QCOMPARE(r.host, u"www.sts.test"_s);
    }

    void notFoundIsAStatus() {
        const HttpsResult r = fetch(request(u"https://www.sts.test/missing"_s));
        QVERIFY2(r.ok(), qPrintable(r.errorText));
        QCOMPARE(r.status, 404);
    }

    void postEchoes() {
        HttpsRequest r = request(u"https://www.sts.test/echo"_s);
        r.method = "POST";
        r.body = "grant_type=x";
        r.contentType = "application/x-www-form-urlencoded";
        const HttpsResult result = fetch(r);
        QVERIFY2(result.ok(), qPrintable(result.errorText));
        QCOMPARE(result.body, QByteArray("grant_type=x"));
    }

    void privateAddressRefusedByDefault() {
        HttpsRequest r = request(u"https://www.sts.test/hello.txt"_s);
        r.allowPrivateAddresses = false;
        const HttpsResult result = fetch(r);
        QCOMPARE(result.error, FetchError::AddressRefused);
        QVERIFY(result.errorText.contains(u"127.0.0.1"_s));
        QVERIFY(result.address.isNull());
        // An address literal is vetted the same way.
        r.url = QUrl(u"https://127.0.0.1/hello.txt"_s);
        QCOMPARE(fetch(r).error, FetchError::AddressRefused);
    }

    void wrongNameCertificate() {
        // The server's certificate names *.sts.test and a list of mta-sts.<scenario>.sts.test hosts, but
        // not this one, which resolves to the same server.
        const HttpsResult result = fetch(request(u"https://mta-sts.wrongname.sts.test/hello.txt"_s));
        QCOMPARE(result.error, FetchError::Certificate);
        QVERIFY(!result.certificateOk);
        QVERIFY(!result.certificateErrors.isEmpty());
        QVERIFY(!result.peerChain.isEmpty());
        QCOMPARE(result.status, 0);
    }

    void untrustedCa() {
        HttpsRequest r = request(u"https://www.sts.test/hello.txt"_s);
        r.caFile = m_certs.byName(u"otherca"_s).cert;
        const HttpsResult result = fetch(r);
        QCOMPARE(result.error, FetchError::Certificate);
        QVERIFY(!result.certificateOk);
    }

    void redirectRefused() {
        const HttpsResult r = fetch(request(u"https://redirect.sts.test/"_s));
        QCOMPARE(r.error, FetchError::Redirect);
        QCOMPARE(r.status, 302);
        QCOMPARE(r.location, QByteArray("https://127.0.0.1/"));
        QVERIFY(r.errorText.contains(u"https://127.0.0.1/"_s));
    }

    void bigBodyStopped() {
        HttpsRequest r = request(u"https://big.sts.test/"_s);
        r.maxBytes = 64 * 1024;
        HttpsResult result = fetch(r);
        QCOMPARE(result.error, FetchError::TooLarge);
        QVERIFY(result.body.size() <= r.maxBytes);
        r.url = QUrl(u"https://www.sts.test/big-declared"_s);
        result = fetch(r);
        QCOMPARE(result.error, FetchError::TooLarge);
        QVERIFY(result.body.isEmpty()); // refused from its Content-Length
    }

    void slowServerTimesOut() {
        HttpsRequest r = request(u"https://slow.sts.test/"_s);
        r.timeoutMs = 1500;
        const HttpsResult result = fetch(r);
        QCOMPARE(result.error, FetchError::Timeout);
        QVERIFY(result.elapsedMs < 5000);
    }

    void unknownHost() {
        const HttpsResult r = fetch(request(u"https://nowhere.sts.test/"_s));
        QCOMPARE(r.error, FetchError::Dns);
    }

    void notHttps() {
        const HttpsResult r = fetch(request(u"http://www.sts.test/"_s));
        QCOMPARE(r.error, FetchError::InvalidRequest);
    }

    void restartDropsTheFirstRun() {
        HttpsFetcher fetcher(m_resolver.get());
        int emitted = 0;
        connect(&fetcher, &HttpsFetcher::finished, this, [&] { ++emitted; });
        fetcher.start(request(u"https://slow.sts.test/"_s));
        fetcher.start(request(u"https://www.sts.test/hello.txt"_s));
        QTRY_COMPARE(emitted, 1);
        QTest::qWait(50);
        QCOMPARE(emitted, 1);
        QCOMPARE(fetcher.result().status, 200);
    }

    void cleanupTestCase() {
        m_server.stop();
        m_resolver.reset();
        m_lab.stop();
    }
};

QTEST_GUILESS_MAIN(TestHttpsFetcher)
#include "test_httpsfetcher.moc"
