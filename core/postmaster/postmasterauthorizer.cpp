#include "core/postmaster/postmasterauthorizer.h"

#include <QFile>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QSslCertificate>
#include <QSslConfiguration>

using namespace Qt::StringLiterals;

namespace rebound::postmaster {
namespace {

// Qt 6.4's flow builds its token request itself; the trust anchors of a test CA are set on each request
// here (QOAuth2AuthorizationCodeFlow has no request hook before Qt 6.9).
class AnchoredNetworkAccessManager final : public QNetworkAccessManager {
public:
    AnchoredNetworkAccessManager(const QString& caFile, QObject* parent)
        : QNetworkAccessManager(parent) {
        if (caFile.isEmpty())
            return;
        QFile file(caFile);
        if (file.open(QIODevice::ReadOnly) && file.size() < 1024 * 1024)
            m_anchors = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    }

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& original, QIODevice* data) override {
        QNetworkRequest request(original);
        if (!m_anchors.isEmpty()) {
            QSslConfiguration tls = request.sslConfiguration();
            tls.setCaCertificates(m_anchors);
            request.setSslConfiguration(tls);
        }
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        return QNetworkAccessManager::createRequest(op, request, data);
    }

private:
    QList<QSslCertificate> m_anchors;
};

} // namespace

PostmasterAuthorizer::PostmasterAuthorizer(const Credentials& client, const OAuthEndpoints& endpoints,
                                           const QString& caFile, QObject* parent)
    : QObject(parent) {
    m_network = new AnchoredNetworkAccessManager(caFile, this);
    m_flow = new QOAuth2AuthorizationCodeFlow(this);
    m_flow->setNetworkAccessManager(m_network);
    m_flow->setAuthorizationUrl(endpoints.authorizationUrl);
    m_flow->setAccessTokenUrl(endpoints.tokenUrl);
    m_flow->setClientIdentifier(client.clientId);
    m_flow->setClientIdentifierSharedKey(client.clientSecret);
    m_flow->setScope(endpoints.scope);
    // Google returns a refresh token only with access_type=offline, and again after an earlier grant
    // only with prompt=consent.
    m_flow->setModifyParametersFunction(
        [](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant>* parameters) {
            if (stage == QAbstractOAuth::Stage::RequestingAuthorization) {
                parameters->replace(u"access_type"_s, u"offline"_s);
                parameters->replace(u"prompt"_s, u"consent"_s);
            }
        });
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, &PostmasterAuthorizer::openBrowser);
    connect(m_flow, &QAbstractOAuth::granted, this, [this] {
        m_refreshToken = m_flow->refreshToken();
        finish(m_refreshToken.isEmpty() ? tr("Google granted access but sent no refresh token.") : QString());
    });
    connect(
        m_flow, &QAbstractOAuth2::error, this,
        [this](const QString& error, const QString& description, const QUrl&) {
            finish(tr("Google refused the authorization: %1 %2").arg(error.left(100), description.left(300)));
        });
    connect(m_flow, &QAbstractOAuth::requestFailed, this, [this](QAbstractOAuth::Error) {
        finish(tr("The token endpoint could not be reached or refused the code."));
    });
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this,
            [this] { finish(tr("No answer from the browser in time.")); });
}

PostmasterAuthorizer::~PostmasterAuthorizer() = default;

void PostmasterAuthorizer::start(quint16 port, int timeoutMs) {
    m_handler = new QOAuthHttpServerReplyHandler(QHostAddress(QHostAddress::LocalHost), port, this);
    if (!m_handler->isListening()) {
        QMetaObject::invokeMethod(
            this, [this] { finish(tr("Cannot listen on 127.0.0.1 for Google's answer.")); },
            Qt::QueuedConnection);
        return;
    }
    // The callback redirect may carry an error instead of a code (the user refused): end there.
    connect(m_handler, &QAbstractOAuthReplyHandler::callbackReceived, this,
            [this](const QVariantMap& values) {
                if (values.contains(u"error"_s))
                    finish(tr("Google refused the authorization: %1")
                               .arg(values.value(u"error"_s).toString().left(100)));
            });
    m_flow->setReplyHandler(m_handler);
    m_timeout.start(timeoutMs);
    // grant() emits authorizeWithBrowser at once: queued, so that nothing comes from inside start().
    QMetaObject::invokeMethod(m_flow, &QOAuth2AuthorizationCodeFlow::grant, Qt::QueuedConnection);
}

void PostmasterAuthorizer::cancel() {
    finish(tr("Cancelled."));
}

void PostmasterAuthorizer::finish(const QString& error) {
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    if (!error.isEmpty())
        m_refreshToken.clear();
    m_timeout.stop();
    if (m_handler)
        m_handler->close();
    QMetaObject::invokeMethod(this, &PostmasterAuthorizer::finished, Qt::QueuedConnection);
}

} // namespace rebound::postmaster
