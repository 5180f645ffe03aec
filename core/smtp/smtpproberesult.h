#pragma once

#include "core/smtp/smtpreply.h"
#include "core/smtp/tlstypes.h"
#include "core/smtp/transcript.h"
#include "core/util/finding.h"

#include <QHostAddress>
#include <QStringList>

#include <optional>

namespace rebound::smtp {

enum class ProbeStage { Connect, Banner, Ehlo, Helo, StartTls, Handshake, EhloTls, Dialogue, Quit, Done };

// One command of SmtpProbeOptions::dialogue and the server's reply (none when the probe ended first).
struct DialogueStep {
    QByteArray command;
    std::optional<SmtpReply> reply;
};

// How a probe of one address ended.
enum class ProbeEnd {
    Completed,         // banner, EHLO (and TLS when offered) went through
    RejectedAtConnect, // the banner was 5xx (554: often a blocklist)
    DeferredAtConnect, // the banner was 4xx (421: busy, rate limit, greylisting)
    ConnectRefused,    // RST: nothing listens on the port
    ConnectTimeout,    // no answer to SYN before the deadline: filtered somewhere
    NetworkError,      // unreachable network, no route, ...
    StageTimeout,      // the server stopped answering in a later stage
    ClosedByServer,    // the server hung up before the probe was done
    ProtocolError,     // something that is not SMTP, or too long a line or reply
    TooMuchData,       // more bytes than the probe ever reads
    TlsFailed,         // STARTTLS was accepted but the handshake failed
    Cancelled,
    SetupError, // a local problem (bad CA file)
};

QString stageName(ProbeStage stage); // "connect", "banner", "ehlo", ...
QString endName(ProbeEnd end);       // "completed", "rejected_at_connect", ...

// Everything one connection to one address showed.
struct SmtpProbeResult {
    QString host; // the name probed (or the IP as text)
    QHostAddress address;
    quint16 port = 25;

    ProbeEnd end = ProbeEnd::Cancelled;
    ProbeStage endStage = ProbeStage::Connect; // where it ended
    QString endText;                           // what happened, for people

    qint64 connectMs = -1; // from start to TCP established
    qint64 bannerMs = -1;  // from TCP established to the complete banner
    qint64 totalMs = 0;
    qint64 bytesReceived = 0;

    std::optional<SmtpReply> banner;
    QString bannerName; // the first word of the banner, normally the server's host name
    QString ehloName;   // the name the probe announced
    std::optional<SmtpReply> ehlo;
    bool usedHelo = false;    // EHLO was refused and HELO used
    QStringList capabilities; // EHLO keywords with their parameters ("SIZE 10240000"), escaped
    StartTlsResult starttls;
    std::optional<SmtpReply> ehloTls;
    QStringList capabilitiesTls;
    QList<DialogueStep> dialogue; // the envelope commands sent after EHLO, when any were asked for
    std::optional<SmtpReply> quit;
    QByteArray partialReply; // bytes of an unfinished reply when the probe ended, for evidence

    QStringList ptrNames; // reverse DNS of the address, filled in by the host probe
    bool ptrLooked = false;

    Transcript transcript;
    QList<Finding> findings;

    bool connected() const { return connectMs >= 0; }
};

} // namespace rebound::smtp
