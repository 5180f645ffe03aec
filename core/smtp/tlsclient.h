#pragma once

#include "core/smtp/tlstypes.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

struct ssl_st;
struct x509_store_ctx_st;
using SSL = ssl_st;

namespace rebound::smtp {

// The client side of one TLS session on OpenSSL memory BIOs: the caller moves ciphertext between the
// socket and feed()/takeOutgoing(), so the session lives in the Qt event loop and can be dropped at any
// moment. Built for inspection, not for secrecy: every protocol version and cipher OpenSSL still has is
// allowed (security level 0), the peer certificate is always verified against the trust store, and a
// verify callback records every error at every depth and lets the handshake go on.
class TlsClient final {
public:
    struct Config {
        QString serverName; // SNI; left out when empty or an IP literal
        QString caFile;     // PEM trust anchors; empty means the system store
    };

    enum class Progress { NeedMore, Established, Failed };

    TlsClient();
    ~TlsClient();
    TlsClient(const TlsClient&) = delete;
    TlsClient& operator=(const TlsClient&) = delete;

    // Sets up the context and session; false with *error when OpenSSL cannot (bad CA file, ...).
    bool init(const Config& config, QString* error);

    // Ciphertext received from the server.
    void feed(const QByteArray& ciphertext);
    // Ciphertext to send to the server (handshake records, application data, close_notify).
    QByteArray takeOutgoing();

    // Drives the handshake as far as the received bytes allow.
    Progress continueHandshake();
    QString failureText() const { return m_failure; }

    // Plaintext once established. read() returns what has been decrypted so far.
    bool write(const QByteArray& plaintext);
    QByteArray read();
    bool peerClosed() const { return m_peerClosed; }
    void shutdown(); // queues close_notify

    const QList<VerifyError>& verifyErrors() const { return m_verifyErrors; }
    SSL* handle() const;

private:
    static int verifyCallback(int preverifyOk, ::x509_store_ctx_st* storeContext);
    QString drainErrors();

    struct Handles;
    std::unique_ptr<Handles> m_handles;
    QList<VerifyError> m_verifyErrors;
    QString m_failure;
    bool m_peerClosed = false;
};

} // namespace rebound::smtp
