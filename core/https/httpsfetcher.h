// core/https: one bounded HTTPS request (GET, or POST with a body) over Qt Network, for the policy files
// and images that DNS records point at (MTA-STS policies, BIMI logos and certificates) and for the
// receivers' HTTPS APIs. The host name is resolved with Rebound's own dns::Resolver, so that the lab's
// DNS answers and the address can be vetted before anything connects; the request then goes to that
// address with the original Host header and SNI/certificate name (QNetworkRequest::setPeerVerifyName).
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

namespace rebound::dns {
class Resolver;
}

namespace rebound::https {

struct HttpsRequest {
    QUrl url; // https://host[:port]/path; the host a name or an address literal
    QByteArray method = QByteArrayLiteral("GET"); // GET or POST
    QByteArray body;                              // POST only
    QByteArray contentType;                       // of the body
    QList<QPair<QByteArray, QByteArray>> headers; // extra request headers (Accept, Authorization, ...)

    qint64 maxBytes = 64 * 1024; // most body bytes read; a longer body ends the request with TooLarge
    int timeoutMs = 30000;       // the whole request: DNS, connect, TLS, transfer
    // Connect to this port instead of the URL's (tests: --https-port); the Host header keeps the URL's.
    std::optional<quint16> port;
    // Trust anchors (PEM file) instead of the system's (tests: --ca-file).
    QString caFile;
    // Connect to private, loopback, link-local and other special-purpose addresses (the lab's switch).
    // Off: such an address is refused before any connection, as a server-side request forgery guard.
    bool allowPrivateAddresses = false;
};

// Why a request did not produce a usable answer. An HTTP error status is not an error here: the caller
// reads `status`.
enum class FetchError {
    None,
    InvalidRequest, // not an https URL, bad method
    Dns,            // the host name did not resolve to any address
    AddressRefused, // every address was in a refused range
    Connection,     // refused, reset, unreachable
    Certificate,    // the TLS certificate did not verify for the host
    Tls,            // another TLS failure
    Timeout,        // timeoutMs passed
    TooLarge,       // the body passed maxBytes
    Redirect,       // a 3xx answer (redirects are never followed)
    Http,           // another protocol failure
    Cancelled,
};

struct HttpsResult {
    QUrl url;             // as requested
    QString host;         // the host name the certificate was checked for
    QHostAddress address; // the address connected to (null when none was)
    quint16 port = 0;
    int status = 0; // HTTP status, 0 when no response arrived
    QByteArray contentType;
    QByteArray location; // a redirect's Location, as sent (untrusted)
    QByteArray body;     // at most maxBytes
    bool certificateOk = false;
    QStringList certificateErrors;    // the TLS verification errors, as Qt words them
    QList<QSslCertificate> peerChain; // the server's chain, leaf first
    FetchError error = FetchError::None;
    QString errorText; // human-readable; empty when error is None
    qint64 elapsedMs = 0;

    bool ok() const { return error == FetchError::None; }
};

// The machine name of a FetchError ("certificate", "too_large", ...), for JSON.
QString fetchErrorName(FetchError error);

// One request at a time: start(); finished() once, never from inside start(); then result(). Deleting
// the fetcher or starting it again drops the run in progress.
class HttpsFetcher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpsFetcher)

public:
    explicit HttpsFetcher(dns::Resolver* resolver, QObject* parent = nullptr);
    ~HttpsFetcher() override;

    void start(const HttpsRequest& request);
    // Ends the run now with FetchError::Cancelled (finished() still comes, asynchronously).
    void cancel();
    const HttpsResult& result() const { return m_result; }

signals:
    void finished();

private:
    struct Run;
    void resolved(const QList<QHostAddress>& addresses, const QString& dnsError);
    void connectTo(const QHostAddress& address);
    void fail(FetchError error, const QString& text);
    void finish();

    dns::Resolver* m_resolver;
    HttpsRequest m_request;
    HttpsResult m_result;
    std::unique_ptr<Run> m_run;
};

} // namespace rebound::https
