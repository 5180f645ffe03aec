// Google Postmaster Tools against postmaster_server.py on 127.0.0.1 (HTTPS with the SMTP tests' CA): the
// Qt NetworkAuth authorization flow driven headless (the test plays the browser: it asks the
// authorization endpoint, takes the redirect and follows it to the loopback reply handler), the token
// refresh and revocation, and rebound-cli postmaster's JSON and exit codes on answers written from the
// v2 reference: compliant, over 0.1 %, over 0.3 % with compliance rows that need work, missing fields,
// malformed, a changed shape, 10 MB, slow, 403 for a domain not verified, and the cache.
#include "core/dns/resolver.h"
#include "core/dns/serverlist.h"
#include "core/https/httpsfetcher.h"
#include "core/postmaster/oauth.h"
#include "core/postmaster/postmasterauthorizer.h"
#include "core/secrets/secretstore.h"
#include "lab/clirun.h"
#include "serverprocess.h"
#include "testcertificates.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rebound;

class TestPostmaster : public QObject {
    Q_OBJECT

private:
    smtptest::TestCertificates m_certs;
    smtptest::ServerProcess m_server;
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    std::unique_ptr<dns::Resolver> m_resolver;

    QString base() const { return u"https://127.0.0.1:%1/"_s.arg(m_port); }

    postmaster::OAuthEndpoints endpoints() const {
        postmaster::OAuthEndpoints e;
        e.authorizationUrl = QUrl(base() + u"auth"_s);
        e.tokenUrl = QUrl(base() + u"token"_s);
        e.revocationUrl = QUrl(base() + u"revoke"_s);
        return e;
    }

    https::HttpsOptions httpsOptions() const {
        https::HttpsOptions o;
        o.caFile = m_certs.caFile();
        o.allowPrivateAddresses = true;
        return o;
    }

    void writeFile(const QString& name, const QByteArray& content) {
        QFile file(m_dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    struct Run {
        int exitCode = -1;
        QJsonObject json;
        QByteArray out;
        QByteArray err;
    };

    Run cli(const QStringList& domains, const QStringList& extra = {},
            const QString& tokenFile = u"token"_s) {
        const lab::CliRun run = lab::runCli(QStringList{u"postmaster"_s} + domains
                                            + QStringList{u"--json"_s,
                                                          u"--client-id"_s,
                                                          u"test-client"_s,
                                                          u"--client-secret-file"_s,
                                                          m_dir.filePath(u"secret"_s),
                                                          u"--token-file"_s,
                                                          m_dir.filePath(tokenFile),
                                                          u"--api-base-url"_s,
                                                          base(),
                                                          u"--auth-url"_s,
                                                          base() + u"auth"_s,
                                                          u"--token-url"_s,
                                                          base() + u"token"_s,
                                                          u"--revoke-url"_s,
                                                          base() + u"revoke"_s,
                                                          u"--ca-file"_s,
                                                          m_certs.caFile(),
                                                          u"--https-allow-private"_s,
                                                          u"--cache-file"_s,
                                                          m_dir.filePath(u"cache.json"_s),
                                                          u"--dns"_s,
                                                          u"127.0.0.1:9"_s}
                                            + extra);
        return {run.exitCode, QJsonDocument::fromJson(run.out).object(), run.out, run.err};
    }

    static QJsonObject domainOf(const Run& run, const QString& domain) {
        for (const QJsonValue& v : run.json.value(u"domains"_s).toArray()) {
            if (v[u"domain"_s].toString() == domain)
                return v.toObject();
        }
        return {};
    }

    static QStringList findingIds(const QJsonObject& domain) {
        QStringList ids;
        for (const QJsonValue& f : domain.value(u"findings"_s).toArray())
            ids << f[u"id"_s].toString();
        return ids;
    }

private slots:
    void initTestCase() {
        QString error;
        QVERIFY2(m_certs.generate(&error), qPrintable(error));
        m_port = smtptest::freeTcpPort();
        QVERIFY2(m_server.startHttpsScript(QStringLiteral(REBOUND_TEST_DATA_DIR "/snds/postmaster_server.py"),
                                           m_port, m_certs.web().cert, m_certs.web().key, {}, &error),
                 qPrintable(error));
        writeFile(u"secret"_s, "test-secret\n");
        writeFile(u"token"_s, "refresh-good\n");
        dns::ResolverConfig config;
        config.servers = *dns::parseServerList(u"127.0.0.1:9"_s);
        m_resolver = std::make_unique<dns::Resolver>(config);
    }

    // Connect: the authorization URL carries the client, the v2 read-only scope, offline access and a
    // state; the redirect reaches the loopback reply handler, and the code is exchanged for a refresh
    // token.
    void authorizationFlow_data() {
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<bool>("granted");
        QTest::newRow("granted") << u"test-client"_s << true;
        QTest::newRow("refused by the user") << u"refuse"_s << false;
    }

    void authorizationFlow() {
        QFETCH(QString, clientId);
        QFETCH(bool, granted);
        postmaster::Credentials client{clientId, u"test-secret"_s, {}};
        postmaster::PostmasterAuthorizer authorizer(client, endpoints(), m_certs.caFile());
        QUrl authorizationUrl;
        connect(&authorizer, &postmaster::PostmasterAuthorizer::openBrowser, this,
                [&](const QUrl& url) { authorizationUrl = url; });
        bool done = false;
        connect(&authorizer, &postmaster::PostmasterAuthorizer::finished, this, [&] { done = true; });
        authorizer.start(0, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(authorizationUrl.isValid(), 5000);
        const QString query = authorizationUrl.query(QUrl::FullyDecoded);
        QVERIFY2(query.contains(u"scope=https://www.googleapis.com/auth/postmaster.traffic.readonly"_s),
                 qPrintable(query));
        QVERIFY(query.contains(u"access_type=offline"_s));
        QVERIFY(query.contains(u"state="_s));
        QVERIFY(query.contains(u"redirect_uri=http://127.0.0.1:"_s));
        // The browser: the authorization endpoint answers with a redirect (never followed by core/https).
        https::HttpsFetcher fetcher(m_resolver.get());
        https::HttpsRequest request;
        request.url = authorizationUrl;
        httpsOptions().applyTo(request);
        bool fetched = false;
        connect(&fetcher, &https::HttpsFetcher::finished, this, [&] { fetched = true; });
        fetcher.start(request);
        QTRY_VERIFY_WITH_TIMEOUT(fetched, 10000);
        QCOMPARE(fetcher.result().error, https::FetchError::Redirect);
        const QUrl callback(QString::fromUtf8(fetcher.result().location));
        QCOMPARE(callback.host(), u"127.0.0.1"_s);
        QNetworkAccessManager browser;
        std::unique_ptr<QNetworkReply> reply(browser.get(QNetworkRequest(callback)));
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        QCOMPARE(authorizer.ok(), granted);
        if (granted)
            QCOMPARE(authorizer.refreshToken(), u"refresh-new"_s);
        else
            QVERIFY(authorizer.error().contains(u"access_denied"_s));
    }

    void tokenRefresh() {
        postmaster::TokenClient client(m_resolver.get(), endpoints(), httpsOptions());
        bool done = false;
        connect(&client, &postmaster::TokenClient::finished, this, [&] { done = true; });
        client.refresh({u"test-client"_s, u"test-secret"_s, u"refresh-good"_s});
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY2(client.ok(), qPrintable(client.error()));
        QCOMPARE(client.accessToken(), u"access-2"_s);
        done = false;
        client.refresh({u"test-client"_s, u"test-secret"_s, u"refresh-unknown"_s});
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(client.errorKind(), u"auth"_s);
        QVERIFY(!client.error().contains(u"refresh-unknown"_s));
    }

    void compliant() {
        const Run run = cli({u"compliant.example"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject d = domainOf(run, u"compliant.example"_s);
        QCOMPARE(d.value(u"spam_rate"_s).toDouble(), 0.0004);
        QCOMPARE(d.value(u"spam_rate_level"_s).toString(), u"ok"_s);
        QCOMPARE(d.value(u"spf_rate"_s).toDouble(), 1.0);
        QCOMPARE(d.value(u"tls_rate"_s).toDouble(), 1.0);
        QCOMPARE(d.value(u"delivery_error_rate"_s).toDouble(), 0.0);
        QCOMPARE(d.value(u"stats_date"_s).toString(), QDate::currentDate().addDays(-1).toString(Qt::ISODate));
        QCOMPARE(d.value(u"compliance"_s).toArray().size(), 11);
        QVERIFY(d.value(u"needs_work"_s).toArray().isEmpty());
        QCOMPARE(findingIds(d), QStringList{u"postmaster.compliant"_s});
        QVERIFY(d.value(u"error"_s).isNull());
        QCOMPARE(d.value(u"from_cache"_s).toBool(), false);
    }

    void overThresholds_data() {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("level");
        QTest::addColumn<QStringList>("findings");
        QTest::newRow("over 0.1 %") << u"warn.example"_s << 1 << u"warning"_s
                                    << QStringList{u"postmaster.spam_rate_warning"_s,
                                                   u"postmaster.compliant"_s};
        QTest::newRow("over 0.3 %, needs work") << u"spammy.example"_s << 2 << u"error"_s
                                                << QStringList{u"postmaster.spam_rate_error"_s,
                                                               u"postmaster.auth_rate"_s,
                                                               u"postmaster.tls_rate"_s,
                                                               u"postmaster.delivery_errors"_s,
                                                               u"postmaster.compliance_needs_work"_s,
                                                               u"postmaster.compliance_needs_work"_s};
    }

    void overThresholds() {
        QFETCH(QString, domain);
        QFETCH(int, exitCode);
        QFETCH(QString, level);
        QFETCH(QStringList, findings);
        const Run run = cli({domain});
        QVERIFY2(run.exitCode == exitCode, run.out.constData());
        const QJsonObject d = domainOf(run, domain);
        QCOMPARE(d.value(u"spam_rate_level"_s).toString(), level);
        QCOMPARE(findingIds(d), findings);
        if (domain == u"spammy.example") {
            QCOMPARE(d.value(u"spam_rate"_s).toDouble(), 0.0042); // the latest day
            QCOMPARE(d.value(u"spam_rate_text"_s).toString(), u"0.42 %"_s);
            QCOMPARE(d.value(u"spf_rate"_s).toDouble(), 0.97);
            QCOMPARE(d.value(u"spam_daily"_s).toArray().size(), 2);
            QCOMPARE(d.value(u"needs_work"_s).toArray(),
                     (QJsonArray{u"dmarc_alignment"_s, u"user_reported_spam_rate"_s}));
        }
    }

    // Missing fields are unknown (null), never 0.
    void missingFields() {
        const Run run = cli({u"missing.example"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject d = domainOf(run, u"missing.example"_s);
        QVERIFY(d.value(u"spam_rate"_s).isNull());
        QVERIFY(d.value(u"spf_rate"_s).isNull());
        QVERIFY(d.value(u"compliance"_s).isNull());
        QVERIFY(d.value(u"stats_date"_s).isNull());
        QCOMPARE(d.value(u"spam_rate_level"_s).toString(), u"unknown"_s);
        QVERIFY(findingIds(d).isEmpty());
    }

    void failures_data() {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("kind");
        QTest::newRow("malformed") << u"malformed.example"_s << u"format"_s;
        QTest::newRow("changed shape") << u"shape.example"_s << u"format"_s;
        QTest::newRow("huge") << u"huge.example"_s << u"too_large"_s;
        QTest::newRow("slow") << u"slow.example"_s << u"network"_s;
        QTest::newRow("not verified") << u"unverified.example"_s << u"not_verified"_s;
        QTest::newRow("not registered") << u"nowhere.example"_s << u"not_found"_s;
    }

    // Could not check: exit 3 with the reason, never a clean result.
    void failures() {
        QFETCH(QString, domain);
        QFETCH(QString, kind);
        const Run run = cli({domain}, {u"--fetch-timeout"_s, u"1500"_s});
        QCOMPARE(run.exitCode, 3);
        const QJsonObject d = domainOf(run, domain);
        QCOMPARE(d.value(u"error_kind"_s).toString(), kind);
        QVERIFY(!d.value(u"error"_s).toString().isEmpty());
        QVERIFY(d.value(u"spam_rate"_s).isNull());
        QVERIFY(!run.out.contains("access-2") && !run.out.contains("refresh-good"));
    }

    // Without a domain, every domain of the account that can be read.
    void listDomains() {
        const Run run = cli({});
        QCOMPARE(run.exitCode, 2);
        QStringList domains;
        for (const QJsonValue& v : run.json.value(u"domains"_s).toArray())
            domains << v[u"domain"_s].toString();
        QCOMPARE(domains, (QStringList{u"compliant.example"_s, u"spammy.example"_s}));
    }

    // The token endpoint cannot be reached: the cached data with its date, and exit 3.
    void cache() {
        QVERIFY(QFile::exists(m_dir.filePath(u"cache.json"_s)));
        QFile cacheFile(m_dir.filePath(u"cache.json"_s));
        QVERIFY(cacheFile.open(QIODevice::ReadOnly));
        const QByteArray cached = cacheFile.readAll();
        QVERIFY(!cached.contains("refresh-good") && !cached.contains("access-2")
                && !cached.contains("test-secret"));
        const Run run = cli({u"spammy.example"_s}, {u"--token-url"_s, u"https://127.0.0.1:9/token"_s});
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.json.value(u"error_kind"_s).toString(), u"network"_s);
        const QJsonObject d = domainOf(run, u"spammy.example"_s);
        QCOMPARE(d.value(u"from_cache"_s).toBool(), true);
        QCOMPARE(d.value(u"spam_rate"_s).toDouble(), 0.0042);
        QVERIFY(!d.value(u"fetched_at"_s).toString().isEmpty());
    }

    // Disconnect: the token is revoked at Google and the file deleted; it no longer refreshes.
    void revoke() {
        writeFile(u"revoked-token"_s, "refresh-new\n");
        const Run revoked = cli({}, {u"--revoke"_s}, u"revoked-token"_s);
        QVERIFY2(revoked.exitCode == 0, revoked.out.constData());
        QCOMPARE(revoked.json.value(u"revoked"_s).toBool(), true);
        QVERIFY(!QFile::exists(m_dir.filePath(u"revoked-token"_s)));
        writeFile(u"revoked-token"_s, "refresh-new\n");
        const Run after = cli({u"compliant.example"_s}, {}, u"revoked-token"_s);
        QCOMPARE(after.exitCode, 3);
        QCOMPARE(after.json.value(u"error_kind"_s).toString(), u"auth"_s);
    }

    // Without --token-file or the environment, the token the desktop app's Connect stored (core/secrets:
    // the keychain, or the owner-only file where none runs, as on the test machines).
    void storedToken() {
        QTemporaryDir config;
        qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
        QCoreApplication::setOrganizationName(u"Rebound"_s);
        const auto written =
            secrets::SecretStore::write(secrets::names::postmasterRefreshToken(), u"refresh-good"_s);
        if (!written.ok || written.backend != secrets::SecretStore::Backend::File)
            QSKIP("a system keychain runs here: not writing a test token into it");
        const lab::CliRun run =
            lab::runCli({u"postmaster"_s, u"compliant.example"_s, u"--json"_s, u"--client-id"_s,
                         u"test-client"_s, u"--client-secret-file"_s, m_dir.filePath(u"secret"_s),
                         u"--api-base-url"_s, base(), u"--token-url"_s, base() + u"token"_s, u"--ca-file"_s,
                         m_certs.caFile(), u"--https-allow-private"_s, u"--cache-file"_s,
                         m_dir.filePath(u"cache.json"_s), u"--dns"_s, u"127.0.0.1:9"_s});
        secrets::SecretStore::write(secrets::names::postmasterRefreshToken(), {});
        qunsetenv("XDG_CONFIG_HOME");
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }

    void usage() {
        QCOMPARE(lab::runCli({u"postmaster"_s, u"example.com"_s}).exitCode, 64); // no client id
        QCOMPARE(
            lab::runCli({u"postmaster"_s, u"--client-id"_s, u"x"_s, u"--token-file"_s, u"/nonexistent/t"_s})
                .exitCode,
            66);
        QCOMPARE(lab::runCli({u"postmaster"_s, u"--client-id"_s, u"x"_s, u"--authorize"_s}).exitCode, 64);
    }
};

QTEST_GUILESS_MAIN(TestPostmaster)
#include "test_postmaster.moc"
