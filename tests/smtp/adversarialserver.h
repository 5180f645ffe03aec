#pragma once

#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTimer>

class QSslSocket;

namespace rebound::smtptest {

// An SMTP server that misbehaves on demand, for what no real server does when asked: a banner that
// never ends, a 1 MB line, a one-byte-per-second trickle, garbage instead of a TLS handshake, bytes
// after the STARTTLS 220 (then real TLS), a 554 or a greylisting 451 at connect, a slow or no banner, and
// silence in any one later stage.
class AdversarialServer final : public QTcpServer {
    Q_OBJECT

public:
    enum class Behaviour {
        RejectAtConnect,     // 554 naming a blocklist, 221 to QUIT
        GreylistAtConnect,   // 451 4.7.1 greylisted
        NeverEndingBanner,   // "220-" lines forever
        HugeLine,            // "220 " + 1 MiB + CRLF
        Trickle,             // one byte of the banner per second
        Silent,              // accepts and says nothing
        SlowBanner,          // the banner after delayMs
        GarbageTls,          // STARTTLS accepted, then bytes that are not TLS
        InjectAfterStartTls, // "220 ready" and "250 injected" in one write, then real TLS
        Normal,              // STARTTLS with real TLS, nothing odd
        PlainAfterStartTls,  // STARTTLS accepted, then the ClientHello answered in plain SMTP
        HostileText,         // control characters, ANSI escapes and invalid UTF-8 in the banner and EHLO
        StalledReply,        // "220-" first line of the banner, then nothing: a reply never finished
        EhloNeverEnds,       // a normal banner, then "250-" lines to EHLO forever
        TlsGarbageFlood,     // STARTTLS accepted, then 8 MiB of random bytes as fast as the socket takes
        // One stage that never answers, for each stage's own deadline:
        SilentToEhlo,        // the banner, then nothing
        SilentToStartTls,    // STARTTLS offered, then no reply to it
        StalledHandshake,    // "220 ready", then not a byte of TLS
        SilentToEhloOverTls, // a good handshake, then no reply to EHLO over TLS
        SilentToQuit,        // everything, except an answer to QUIT
    };

    explicit AdversarialServer(Behaviour behaviour, QObject* parent = nullptr);

    bool start(QString* error);
    void setCertificate(const QString& cert, const QString& key) {
        m_cert = cert;
        m_key = key;
    }
    int delayMs = 300;
    QByteArray received() const { return m_received; } // what the client sent, for checking no mail was sent

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void onCommand(QSslSocket* socket, const QByteArray& line);
    void beginTls(QSslSocket* socket);

    Behaviour m_behaviour;
    QString m_cert;
    QString m_key;
    QByteArray m_received;
    QList<QPointer<QSslSocket>> m_sockets;
};

// A port whose accept queue is full, so that connection attempts time out as if filtered (Linux drops
// the SYN when the backlog of a listen(0) socket is taken by one unaccepted connection).
class BackloggedPort final {
public:
    BackloggedPort() = default;
    ~BackloggedPort();
    BackloggedPort(const BackloggedPort&) = delete;
    BackloggedPort& operator=(const BackloggedPort&) = delete;

    bool start(const QString& address, quint16 port, QString* error);

private:
    int m_listener = -1;
    int m_filler = -1;
};

} // namespace rebound::smtptest
