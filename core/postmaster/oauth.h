// OAuth 2.0 for Google Postmaster Tools with the user's own OAuth client (an "installed app" / desktop
// client from the Google Cloud console): the endpoints, and the token endpoint's two calls that run
// without a browser, over core/https (bounded, the address vetted): refreshing an access token from the
// stored refresh token, and revoking a token (Settings > Disconnect). The browser step is
// PostmasterAuthorizer (Qt NetworkAuth).
#pragma once

#include "core/https/httpsfetcher.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

namespace rebound::dns {
class Resolver;
}

namespace rebound::postmaster {

// Google's endpoints (https://developers.google.com/identity/protocols/oauth2/native-app); tests point
// them at a loopback server.
struct OAuthEndpoints {
    QUrl authorizationUrl = QUrl(QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth"));
    QUrl tokenUrl = QUrl(QStringLiteral("https://oauth2.googleapis.com/token"));
    QUrl revocationUrl = QUrl(QStringLiteral("https://oauth2.googleapis.com/revoke"));
    // The v2 API's read-only scope for traffic statistics and compliance status (the v2 reference lists
    // .../auth/postmaster and .../auth/postmaster.traffic.readonly for domainStats.query and
    // getComplianceStatus; v1's postmaster.readonly does not cover v2).
    QString scope = QStringLiteral("https://www.googleapis.com/auth/postmaster.traffic.readonly");
};

// The user's OAuth client and the refresh token Connect obtained. Never written to a cache or a message.
struct Credentials {
    QString clientId;
    QString clientSecret;
    QString refreshToken;
    bool isComplete() const { return !clientId.isEmpty() && !refreshToken.isEmpty(); }
};

// One call to the token or revocation endpoint. finished() once per start, never from inside it.
class TokenClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenClient)

public:
    TokenClient(dns::Resolver* resolver, const OAuthEndpoints& endpoints, const https::HttpsOptions& https,
                QObject* parent = nullptr);

    // grant_type=refresh_token: accessToken() afterwards.
    void refresh(const Credentials& credentials);
    // POST token=... to the revocation endpoint (RFC 7009); ok() when it answered 200 (or 400
    // invalid_token: the token was already dead).
    void revoke(const QString& token);

    bool ok() const { return m_error.isEmpty(); }
    QString accessToken() const { return m_accessToken; }
    QString error() const { return m_error; }
    // "auth" (the token or client was refused: connect again), "network", "too_large", "format", "http"
    QString errorKind() const { return m_errorKind; }

signals:
    void finished();

private:
    void post(const QUrl& url, const QByteArray& form);
    void onFetched();

    QPointer<dns::Resolver> m_resolver;
    OAuthEndpoints m_endpoints;
    https::HttpsOptions m_https;
    https::HttpsFetcher* m_fetcher = nullptr;
    QStringList m_secrets; // never let these reach a message
    bool m_revoking = false;
    QString m_accessToken;
    QString m_error;
    QString m_errorKind;
};

} // namespace rebound::postmaster
