#pragma once

#include "core/smtp/smtpprobeoptions.h"
#include "core/smtp/smtpproberesult.h"
#include "core/smtp/smtpreplyparser.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace rebound::smtp {

class TlsClient;

// Probes one address: connect, banner, EHLO (HELO when EHLO is refused), STARTTLS when offered, the
// TLS handshake on OpenSSL memory BIOs, EHLO again over TLS, QUIT. Sends MAIL and RCPT only when
// options.dialogue asks for them, and never DATA.
// Each stage has its own deadline; everything runs in the Qt event loop of the owning thread and can
// be cancelled at any moment. finished() is always emitted exactly once, and never from inside start().
class SmtpProbe final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SmtpProbe)

public:
    // hostName is the name the address belongs to (used for SNI and the certificate name check);
    // pass the address as text when there is none.
    SmtpProbe(const QString& hostName, const QHostAddress& address, quint16 port,
              const SmtpProbeOptions& options, QObject* parent = nullptr);
    ~SmtpProbe() override;

    void start();
    void cancel();

    bool isFinished() const { return m_stage == ProbeStage::Done; }
    const SmtpProbeResult& result() const { return m_result; }

signals:
    void finished();

private:
    void enterStage(ProbeStage stage);
    void onConnected();
    void onReadyRead();
    void onSocketError(QAbstractSocket::SocketError error);
    void onDeadline();
    void processReplies();
    void handleReply(const SmtpReply& reply);
    void handleBanner(const SmtpReply& reply);
    void handleEhlo(const SmtpReply& reply);
    void handleStartTlsReply(const SmtpReply& reply);
    void sessionReady();
    void handleDialogueReply(const SmtpReply& reply);
    void beginHandshake();
    void continueHandshake();
    void onTlsEstablished();
    void sendCommand(const QByteArray& command);
    void sendQuit();
    void flushTls();
    void logReply(const SmtpReply& reply);
    void note(const QString& text);
    QString defaultEhloName() const;
    void finish(ProbeEnd end, const QString& text);

    SmtpProbeOptions m_options;
    SmtpProbeResult m_result;
    ProbeStage m_stage = ProbeStage::Connect;
    bool m_started = false;
    // An outcome already known before the polite QUIT (a 554 banner, a failed EHLO).
    std::optional<std::pair<ProbeEnd, QString>> m_endBeforeQuit;
    QTcpSocket m_socket;
    QTimer m_deadline;
    QElapsedTimer m_clock;
    qint64 m_stageStartedMs = 0;
    SmtpReplyParser m_parser;
    std::unique_ptr<TlsClient> m_tls;
    bool m_tlsEstablished = false;
    QByteArray m_handshakeBytes; // the first bytes received during the handshake, for the failure text
};

} // namespace rebound::smtp
