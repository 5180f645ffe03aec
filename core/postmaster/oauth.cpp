#include "core/postmaster/oauth.h"

#include "core/dns/resolver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace rebound::postmaster {
namespace {

constexpr qint64 MaxTokenAnswer = 64 * 1024;

QByteArray formValue(const QString& value) {
    return QUrl::toPercentEncoding(value);
}

} // namespace

TokenClient::TokenClient(dns::Resolver* resolver, const OAuthEndpoints& endpoints,
                         const https::HttpsOptions& https, QObject* parent)
    : QObject(parent)
    , m_resolver(resolver)
    , m_endpoints(endpoints)
    , m_https(https) {
}

void TokenClient::refresh(const Credentials& credentials) {
    m_revoking = false;
    m_secrets = {credentials.refreshToken, credentials.clientSecret};
    QByteArray form = "grant_type=refresh_token&refresh_token=" + formValue(credentials.refreshToken)
                      + "&client_id=" + formValue(credentials.clientId);
    if (!credentials.clientSecret.isEmpty())
        form += "&client_secret=" + formValue(credentials.clientSecret);
    post(m_endpoints.tokenUrl, form);
}

void TokenClient::revoke(const QString& token) {
    m_revoking = true;
    m_secrets = {token};
    post(m_endpoints.revocationUrl, "token=" + formValue(token));
}

void TokenClient::post(const QUrl& url, const QByteArray& form) {
    m_accessToken.clear();
    m_error.clear();
    m_errorKind.clear();
    if (m_fetcher) {
        // This may run inside the old fetcher's finished(): it goes later, not now.
        m_fetcher->disconnect(this);
        m_fetcher->deleteLater();
    }
    m_fetcher = new https::HttpsFetcher(m_resolver, this);
    https::HttpsRequest request;
    request.url = url;
    request.method = "POST";
    request.body = form;
    request.contentType = "application/x-www-form-urlencoded";
    request.headers << qMakePair(QByteArray("Accept"), QByteArray("application/json"));
    request.maxBytes = MaxTokenAnswer;
    m_https.applyTo(request);
    connect(m_fetcher, &https::HttpsFetcher::finished, this, &TokenClient::onFetched);
    m_fetcher->start(request);
}

void TokenClient::onFetched() {
    const https::HttpsResult& r = m_fetcher->result();
    const auto fail = [this](const QString& kind, QString text) {
        for (const QString& secret : std::as_const(m_secrets)) {
            if (!secret.isEmpty())
                text.replace(secret, u"…"_s);
        }
        m_errorKind = kind;
        m_error = text;
        emit finished();
    };
    const QString what = m_revoking ? u"revocation endpoint"_s : u"token endpoint"_s;
    if (!r.ok()) {
        fail(r.error == https::FetchError::TooLarge ? u"too_large"_s : u"network"_s,
             what + u": "_s + r.errorText);
        return;
    }
    const QJsonObject answer = QJsonDocument::fromJson(r.body).object();
    // RFC 6749 5.2: an error answer is 400/401 with {"error": "invalid_grant", ...}.
    const QString oauthError = answer.value(u"error").toString().left(64);
    if (m_revoking) {
        if (r.status == 200 || oauthError == u"invalid_token") {
            emit finished();
            return;
        }
        fail(u"http"_s, u"%1: HTTP %2 %3"_s.arg(what).arg(r.status).arg(oauthError));
        return;
    }
    if (r.status == 400 || r.status == 401) {
        fail(u"auth"_s, u"%1: Google refused the stored authorization (%2): connect the account again"_s.arg(
                            what, oauthError.isEmpty() ? QString::number(r.status) : oauthError));
        return;
    }
    if (r.status != 200) {
        fail(u"http"_s, u"%1: HTTP %2"_s.arg(what).arg(r.status));
        return;
    }
    m_accessToken = answer.value(u"access_token").toString();
    if (m_accessToken.isEmpty() || m_accessToken.size() > 4096) {
        fail(u"format"_s, what + u": the answer has no access_token"_s);
        return;
    }
    emit finished();
}

} // namespace rebound::postmaster
