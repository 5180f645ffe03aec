// Connect: the OAuth 2.0 authorization code flow for installed apps with Qt NetworkAuth
// (QOAuth2AuthorizationCodeFlow, QOAuthHttpServerReplyHandler listening on 127.0.0.1): the user's browser
// opens the authorization URL, Google redirects to the loopback handler with a code, and the flow
// exchanges it at the token endpoint for a refresh token (access_type=offline, prompt=consent).
// PKCE: QOAuth2AuthorizationCodeFlow has it only from Qt 6.8; with Qt 6.4 the flow relies on the state
// parameter and the client secret, as Google's installed-app flow allows.
// The code exchange goes through Qt NetworkAuth's QNetworkAccessManager (the system resolver, the
// system's or caFile's trust anchors); everything else Rebound sends to Google goes through core/https.
#pragma once

#include "core/postmaster/oauth.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

class QOAuth2AuthorizationCodeFlow;
class QOAuthHttpServerReplyHandler;
class QNetworkAccessManager;

namespace rebound::postmaster {

class PostmasterAuthorizer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostmasterAuthorizer)

public:
    // caFile: trust anchors for the token endpoint instead of the system's (tests).
    PostmasterAuthorizer(const Credentials& client, const OAuthEndpoints& endpoints,
                         const QString& caFile = {}, QObject* parent = nullptr);
    ~PostmasterAuthorizer() override;

    // Listens on 127.0.0.1 (port 0: any free port), then emits openBrowser(url). finished() once, when
    // the flow ended (granted, refused, or timeoutMs passed), never from inside start().
    void start(quint16 port = 0, int timeoutMs = 5 * 60 * 1000);
    void cancel();

    bool ok() const { return !m_refreshToken.isEmpty(); }
    QString refreshToken() const { return m_refreshToken; }
    QString error() const { return m_error; }

signals:
    void openBrowser(const QUrl& url);
    void finished();

private:
    void finish(const QString& error);

    QNetworkAccessManager* m_network = nullptr;
    QOAuth2AuthorizationCodeFlow* m_flow = nullptr;
    QOAuthHttpServerReplyHandler* m_handler = nullptr;
    QTimer m_timeout;
    QString m_refreshToken;
    QString m_error;
    bool m_finished = false;
};

} // namespace rebound::postmaster
