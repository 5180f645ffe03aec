// The Postmaster Tools API v2 client: refreshes an access token with the stored refresh token, then for
// each domain reads its compliance status (GET /v2/domains/{d}/complianceStatus) and its daily statistics
// of the last days (POST /v2/domains/{d}/domainStats:query), all through core/https (bounded size and
// time). Without domains it lists the account's (GET /v2/domains) first. Each domain read is cached with
// its own date; when Google cannot be asked, the cache is shown with the error.
#pragma once

#include "core/postmaster/oauth.h"
#include "core/postmaster/postmasterdata.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace rebound::dns {
class Resolver;
}
namespace rebound::https {
class HttpsFetcher;
}

namespace rebound::postmaster {

struct PostmasterOptions {
    Credentials credentials;
    OAuthEndpoints endpoints;
    QUrl apiBaseUrl = QUrl(QStringLiteral("https://gmailpostmastertools.googleapis.com/"));
    https::HttpsOptions https;         // tests: the CA file and the private-address switch
    qint64 maxBytes = 2 * 1024 * 1024; // per answer
    int timeoutMs = 30000;             // per request
    int days = 7;                      // the statistics of the last `days` days (up to yesterday)
    QString cacheFile;                 // empty: postmaster.json in the cache directory
    // > 0: a cached domain younger than this is used without asking Google (the diagnosis: Postmaster
    // Tools updates once a day).
    int maxCacheAgeSeconds = 0;
};

class PostmasterClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostmasterClient)

public:
    PostmasterClient(dns::Resolver* resolver, const PostmasterOptions& options, QObject* parent = nullptr);
    ~PostmasterClient() override;

    // Reads these domains (lower-cased); an empty list reads every domain of the account.
    void start(const QStringList& domains);
    void cancel();
    const PostmasterData& result() const { return m_result; }

    static QString defaultCacheFile();

signals:
    void finished();

private:
    enum class Step { Token, List, Compliance, Stats };
    void request(Step step, const QUrl& url, const QByteArray& body = {});
    void onFetched();
    void nextDomain();
    void domainFailed(const QString& kind, const QString& error);
    void fail(const QString& kind, const QString& error);
    void finish();
    QString cachePath() const;
    std::optional<DomainStats> cached(const QString& domain) const;
    void writeCache();
    QUrl apiUrl(const QString& path) const;

    QPointer<dns::Resolver> m_resolver;
    PostmasterOptions m_options;
    PostmasterData m_result;
    TokenClient* m_token = nullptr;
    https::HttpsFetcher* m_fetcher = nullptr;
    QString m_accessToken;
    QStringList m_pending; // domains still to read
    DomainStats m_current;
    Step m_step = Step::Token;
    QString m_pageToken;
    int m_pages = 0;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace rebound::postmaster
