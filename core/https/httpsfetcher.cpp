#include "core/https/httpsfetcher.h"

#include "core/dns/ipaddress.h"
#include "core/dns/resolver.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace rebound::https {

QString fetchErrorName(FetchError error) {
    switch (error) {
    case FetchError::None:
        return u"none"_s;
    case FetchError::InvalidRequest:
        return u"invalid_request"_s;
    case FetchError::Dns:
        return u"dns"_s;
    case FetchError::AddressRefused:
        return u"address_refused"_s;
    case FetchError::Connection:
        return u"connection"_s;
    case FetchError::Certificate:
        return u"certificate"_s;
    case FetchError::Tls:
        return u"tls"_s;
    case FetchError::Timeout:
        return u"timeout"_s;
    case FetchError::TooLarge:
        return u"too_large"_s;
    case FetchError::Redirect:
        return u"redirect"_s;
    case FetchError::Http:
        return u"http"_s;
    case FetchError::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

// Everything one run owns; `context` parents the Qt objects, so deleting it (deferred: the run often ends
// inside one of its reply's signals) drops every connection and callback of the run.
struct HttpsFetcher::Run {
    QObject* context = nullptr;
    QNetworkAccessManager* manager = nullptr;
    QPointer<QNetworkReply> reply;
    QElapsedTimer clock;
    quint64 generation = 0;
    int pendingQueries = 0;
    QList<QHostAddress> addresses; // A answers first, then AAAA
    QStringList dnsErrors;
    bool done = false;
};

namespace {

bool isRedirect(int status) {
    return status >= 300 && status < 400;
}

QString hostHeader(const QUrl& url) {
    const int port = url.port(443);
    const QString host = url.host(QUrl::FullyEncoded);
    return port == 443 ? host : host + u':' + QString::number(port);
}

} // namespace

HttpsFetcher::HttpsFetcher(dns::Resolver* resolver, QObject* parent)
    : QObject(parent)
    , m_resolver(resolver) {
}

HttpsFetcher::~HttpsFetcher() = default;

void HttpsFetcher::start(const HttpsRequest& request) {
    static quint64 generations = 0;
    if (m_run && m_run->context)
        delete m_run->context; // drops the previous run at once: nothing of it is emitted afterwards
    m_run = std::make_unique<Run>();
    m_run->generation = ++generations;
    m_run->context = new QObject(this);
    m_run->clock.start();
    m_request = request;
    m_result = {};
    m_result.url = request.url;
    m_result.host = request.url.host();
    m_result.port = request.port.value_or(quint16(request.url.port(443)));

    auto* deadline = new QTimer(m_run->context);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, m_run->context, [this] {
        fail(FetchError::Timeout, tr("No complete answer within %1 s.").arg(m_request.timeoutMs / 1000.0));
    });
    deadline->start(request.timeoutMs);

    if (!request.url.isValid() || request.url.scheme() != u"https"_s || request.url.host().isEmpty()) {
        fail(FetchError::InvalidRequest, tr("Not an https URL: %1").arg(request.url.toDisplayString()));
        return;
    }
    if (request.method != "GET" && request.method != "POST") {
        fail(FetchError::InvalidRequest, tr("Only GET and POST are supported."));
        return;
    }
    if (QHostAddress literal(request.url.host()); !literal.isNull()) {
        // Delivered later, like every outcome, so that finished() never comes from inside start().
        QTimer::singleShot(0, m_run->context, [this, literal] { resolved({literal}, {}); });
        return;
    }
    if (!m_resolver) {
        fail(FetchError::Dns, tr("No resolver."));
        return;
    }
    const QString name = request.url.host(QUrl::FullyEncoded);
    for (const dns::RecordType type : {dns::RecordType::A, dns::RecordType::AAAA}) {
        ++m_run->pendingQueries;
        m_resolver->query(name, type, m_run->context, [this, type](const dns::DnsResult& answer) {
            QList<QHostAddress> found;
            for (const dns::DnsRecord& record : answer.records())
                found << record.address;
            if (type == dns::RecordType::A)
                m_run->addresses = found + m_run->addresses;
            else
                m_run->addresses += found;
            if (answer.outcome != dns::Outcome::Answer && answer.outcome != dns::Outcome::NoData
                && !answer.error.isEmpty())
                m_run->dnsErrors << answer.error;
            if (--m_run->pendingQueries == 0)
                resolved(m_run->addresses, m_run->dnsErrors.join(u"; "_s));
        });
    }
}

void HttpsFetcher::resolved(const QList<QHostAddress>& addresses, const QString& dnsError) {
    if (addresses.isEmpty()) {
        fail(FetchError::Dns, dnsError.isEmpty() ? tr("%1 has no address (A or AAAA).").arg(m_result.host)
                                                 : tr("%1 did not resolve: %2").arg(m_result.host, dnsError));
        return;
    }
    QStringList refused;
    for (const QHostAddress& address : addresses) {
        const std::optional<QString> reason = dns::specialPurposeReason(address);
        if (!reason || m_request.allowPrivateAddresses) {
            connectTo(address);
            return;
        }
        refused << address.toString() + u" ("_s + *reason + u')';
    }
    fail(FetchError::AddressRefused,
         tr("Not connecting to a private or special-purpose address: %1").arg(refused.join(u", "_s)));
}

void HttpsFetcher::connectTo(const QHostAddress& address) {
    m_result.address = address;
    Run* run = m_run.get();
    run->manager = new QNetworkAccessManager(run->context);
    run->manager->setProxy(QNetworkProxy::NoProxy); // the vetted address is the one connected to
    run->manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);

    QUrl target = m_request.url;
    target.setHost(address.toString());
    target.setPort(m_result.port);
    QNetworkRequest request(target);
    request.setRawHeader("Host", hostHeader(m_request.url).toUtf8());
    request.setPeerVerifyName(m_result.host);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setTransferTimeout(m_request.timeoutMs);
    // Set by hand, Qt neither asks for nor inflates compressed bodies: the size bound is the bytes sent.
    request.setRawHeader("Accept-Encoding", "identity");
    for (const auto& [field, value] : m_request.headers)
        request.setRawHeader(field, value);
    if (!m_request.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_request.contentType);

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_request.caFile.isEmpty()) {
        const QList<QSslCertificate> anchors = QSslCertificate::fromPath(m_request.caFile, QSsl::Pem);
        if (anchors.isEmpty()) {
            fail(FetchError::InvalidRequest, tr("No PEM certificate in %1.").arg(m_request.caFile));
            return;
        }
        tls.setCaCertificates(anchors);
    }
    request.setSslConfiguration(tls);

    QNetworkReply* reply =
        m_request.method == "POST" ? run->manager->post(request, m_request.body) : run->manager->get(request);
    run->reply = reply;
    connect(reply, &QNetworkReply::sslErrors, run->context, [this, reply](const QList<QSslError>& errors) {
        m_result.certificateOk = false;
        for (const QSslError& error : errors)
            m_result.certificateErrors << error.errorString();
        m_result.peerChain = reply->sslConfiguration().peerCertificateChain();
    });
    connect(reply, &QNetworkReply::encrypted, run->context, [this, reply] {
        m_result.certificateOk = m_result.certificateErrors.isEmpty();
        m_result.peerChain = reply->sslConfiguration().peerCertificateChain();
    });
    connect(reply, &QNetworkReply::metaDataChanged, run->context, [this, reply] {
        m_result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        m_result.contentType = reply->rawHeader("Content-Type");
        if (isRedirect(m_result.status)) {
            m_result.location = reply->rawHeader("Location").left(2048);
            fail(FetchError::Redirect, tr("HTTP %1 redirect to %2 refused (redirects are not followed).")
                                           .arg(m_result.status)
                                           .arg(QString::fromUtf8(m_result.location)));
            return;
        }
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > m_request.maxBytes)
            fail(FetchError::TooLarge, tr("The body is %1 bytes, more than the %2 allowed.")
                                           .arg(length.toLongLong())
                                           .arg(m_request.maxBytes));
    });
    connect(reply, &QNetworkReply::readyRead, run->context, [this, reply] {
        const qint64 room = m_request.maxBytes - m_result.body.size();
        if (reply->bytesAvailable() > room) {
            m_result.body += reply->read(room);
            fail(FetchError::TooLarge,
                 tr("The body is longer than the %1 bytes allowed.").arg(m_request.maxBytes));
            return;
        }
        m_result.body += reply->readAll();
    });
    connect(reply, &QNetworkReply::finished, run->context, [this, reply] {
        if (m_run->done)
            return;
        m_result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const qint64 room = m_request.maxBytes - m_result.body.size();
        if (reply->bytesAvailable() > room) {
            fail(FetchError::TooLarge,
                 tr("The body is longer than the %1 bytes allowed.").arg(m_request.maxBytes));
            return;
        }
        m_result.body += reply->readAll();
        if (m_result.status > 0) {
            finish(); // an HTTP answer, whatever its status: the caller judges the status
            return;
        }
        const QString text = reply->errorString();
        switch (reply->error()) {
        case QNetworkReply::SslHandshakeFailedError:
            fail(m_result.certificateErrors.isEmpty() ? FetchError::Tls : FetchError::Certificate,
                 m_result.certificateErrors.isEmpty() ? text : m_result.certificateErrors.join(u"; "_s));
            return;
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError: // what the transfer timeout ends with
            fail(FetchError::Timeout,
                 tr("No complete answer within %1 s.").arg(m_request.timeoutMs / 1000.0));
            return;
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::RemoteHostClosedError:
        case QNetworkReply::HostNotFoundError:
        case QNetworkReply::NetworkSessionFailedError:
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::UnknownNetworkError:
            fail(FetchError::Connection, text);
            return;
        default:
            fail(FetchError::Http, text);
            return;
        }
    });
}

void HttpsFetcher::cancel() {
    if (m_run && !m_run->done)
        fail(FetchError::Cancelled, tr("Cancelled."));
}

void HttpsFetcher::fail(FetchError error, const QString& text) {
    if (!m_run || m_run->done)
        return;
    m_result.error = error;
    m_result.errorText = text;
    finish();
}

void HttpsFetcher::finish() {
    Run* run = m_run.get();
    if (!run || run->done)
        return;
    run->done = true;
    m_result.elapsedMs = run->clock.elapsed();
    if (run->reply) {
        run->reply->disconnect(run->context);
        run->reply->abort();
    }
    // The reply may be the one emitting: its objects go later, and finished() comes from the event loop.
    run->context->deleteLater();
    run->context = nullptr;
    const quint64 generation = run->generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (m_run && m_run->generation == generation)
            emit finished();
    });
}

} // namespace rebound::https
