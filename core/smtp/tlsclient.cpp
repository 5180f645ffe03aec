#include "core/smtp/tlsclient.h"

#include <QHostAddress>

#include <algorithm>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

using namespace Qt::StringLiterals;

namespace rebound::smtp {
namespace {

// Where the verify callback finds its TlsClient.
int clientIndex() {
    static const int index = SSL_get_ex_new_index(0, nullptr, nullptr, nullptr, nullptr);
    return index;
}

QString subjectOf(X509* certificate) {
    if (!certificate)
        return {};
    BIO* bio = BIO_new(BIO_s_mem());
    X509_NAME_print_ex(bio, X509_get_subject_name(certificate), 0, XN_FLAG_RFC2253);
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    QString text = QString::fromUtf8(data, size);
    BIO_free(bio);
    return text;
}

} // namespace

struct TlsClient::Handles {
    SSL_CTX* context = nullptr;
    SSL* session = nullptr;
    BIO* incoming = nullptr; // owned by session
    BIO* outgoing = nullptr; // owned by session

    ~Handles() {
        if (session)
            SSL_free(session);
        if (context)
            SSL_CTX_free(context);
    }
};

TlsClient::TlsClient()
    : m_handles(std::make_unique<Handles>()) {
}

TlsClient::~TlsClient() = default;

SSL* TlsClient::handle() const {
    return m_handles->session;
}

QString TlsClient::drainErrors() {
    QStringList parts;
    while (const unsigned long code = ERR_get_error()) {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof buffer);
        parts << QString::fromUtf8(buffer);
    }
    return parts.join(u"; "_s);
}

bool TlsClient::init(const Config& config, QString* error) {
    ERR_clear_error();
    Handles& h = *m_handles;
    h.context = SSL_CTX_new(TLS_client_method());
    if (!h.context) {
        *error = u"OpenSSL could not create a TLS context: "_s + drainErrors();
        return false;
    }
    // Inspect whatever the server speaks; weak protocols, ciphers and keys are reported as findings.
    SSL_CTX_set_security_level(h.context, 0);
    SSL_CTX_set_min_proto_version(h.context, TLS1_VERSION);
    SSL_CTX_set_cipher_list(h.context, "ALL:@SECLEVEL=0");
    const bool loaded =
        config.caFile.isEmpty()
            ? SSL_CTX_set_default_verify_paths(h.context) == 1
            : SSL_CTX_load_verify_locations(h.context, config.caFile.toLocal8Bit().constData(), nullptr) == 1;
    if (!loaded) {
        *error = u"cannot load the trusted certificates "_s
                 + (config.caFile.isEmpty() ? u"of the system"_s : config.caFile) + u": "_s + drainErrors();
        return false;
    }
    SSL_CTX_set_verify(h.context, SSL_VERIFY_PEER, &TlsClient::verifyCallback);

    h.session = SSL_new(h.context);
    if (!h.session) {
        *error = u"OpenSSL could not create a TLS session: "_s + drainErrors();
        return false;
    }
    SSL_set_ex_data(h.session, clientIndex(), this);
    h.incoming = BIO_new(BIO_s_mem());
    h.outgoing = BIO_new(BIO_s_mem());
    BIO_set_mem_eof_return(h.incoming, -1); // an empty buffer means "wait for more", not end of stream
    SSL_set_bio(h.session, h.incoming, h.outgoing);
    SSL_set_connect_state(h.session);
    SSL_set_tlsext_status_type(h.session, TLSEXT_STATUSTYPE_ocsp);
    const QByteArray sni = config.serverName.toUtf8();
    if (!sni.isEmpty() && QHostAddress(config.serverName).isNull())
        SSL_set_tlsext_host_name(h.session, sni.constData());
    return true;
}

int TlsClient::verifyCallback(int preverifyOk, X509_STORE_CTX* storeContext) {
    auto* session =
        static_cast<SSL*>(X509_STORE_CTX_get_ex_data(storeContext, SSL_get_ex_data_X509_STORE_CTX_idx()));
    auto* self = session ? static_cast<TlsClient*>(SSL_get_ex_data(session, clientIndex())) : nullptr;
    if (!preverifyOk && self) {
        const int code = X509_STORE_CTX_get_error(storeContext);
        const int depth = X509_STORE_CTX_get_error_depth(storeContext);
        const bool seen =
            std::any_of(self->m_verifyErrors.cbegin(), self->m_verifyErrors.cend(),
                        [&](const VerifyError& e) { return e.code == code && e.depth == depth; });
        if (!seen && self->m_verifyErrors.size() < 64)
            self->m_verifyErrors << VerifyError{depth, code,
                                                QString::fromUtf8(X509_verify_cert_error_string(code)),
                                                subjectOf(X509_STORE_CTX_get_current_cert(storeContext))};
    }
    return 1; // record and go on: the inspection wants every error, not the first
}

void TlsClient::feed(const QByteArray& ciphertext) {
    if (!ciphertext.isEmpty())
        BIO_write(m_handles->incoming, ciphertext.constData(), int(ciphertext.size()));
}

QByteArray TlsClient::takeOutgoing() {
    QByteArray out;
    char buffer[16384];
    while (BIO_ctrl_pending(m_handles->outgoing) > 0) {
        const int n = BIO_read(m_handles->outgoing, buffer, sizeof buffer);
        if (n <= 0)
            break;
        out.append(buffer, n);
    }
    return out;
}

TlsClient::Progress TlsClient::continueHandshake() {
    ERR_clear_error();
    const int ret = SSL_do_handshake(m_handles->session);
    if (ret == 1)
        return Progress::Established;
    const int reason = SSL_get_error(m_handles->session, ret);
    if (reason == SSL_ERROR_WANT_READ || reason == SSL_ERROR_WANT_WRITE)
        return Progress::NeedMore;
    m_failure = drainErrors();
    if (m_failure.isEmpty())
        m_failure = QStringLiteral("TLS handshake failed (SSL_get_error %1)").arg(reason);
    return Progress::Failed;
}

bool TlsClient::write(const QByteArray& plaintext) {
    ERR_clear_error();
    return SSL_write(m_handles->session, plaintext.constData(), int(plaintext.size()))
           == int(plaintext.size());
}

QByteArray TlsClient::read() {
    QByteArray out;
    char buffer[16384];
    for (;;) {
        ERR_clear_error();
        const int n = SSL_read(m_handles->session, buffer, sizeof buffer);
        if (n > 0) {
            out.append(buffer, n);
            continue;
        }
        if (SSL_get_error(m_handles->session, n) == SSL_ERROR_ZERO_RETURN)
            m_peerClosed = true;
        break;
    }
    return out;
}

void TlsClient::shutdown() {
    ERR_clear_error();
    SSL_shutdown(m_handles->session);
}

} // namespace rebound::smtp
