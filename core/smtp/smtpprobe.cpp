#include "core/smtp/smtpprobe.h"

#include "core/dns/dnsname.h"
#include "core/smtp/smtpfindings.h"
#include "core/smtp/tlsclient.h"
#include "core/smtp/tlsinspection.h"
#include "core/util/jsonutil.h"

#include <QSysInfo>

#include <cctype>

using namespace Qt::StringLiterals;

namespace rebound::smtp {
namespace {

QByteArray firstWord(const QByteArray& text) {
    const QByteArray trimmed = text.trimmed();
    const qsizetype space = trimmed.indexOf(' ');
    return space < 0 ? trimmed : trimmed.left(space);
}

bool offersKeyword(const SmtpReply& ehlo, const QByteArray& keyword) {
    for (qsizetype i = 1; i < ehlo.lines.size(); ++i) {
        if (firstWord(ehlo.lines.at(i)).compare(keyword, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QStringList capabilitiesOf(const SmtpReply& ehlo) {
    QStringList out;
    for (qsizetype i = 1; i < ehlo.lines.size() && out.size() < 100; ++i) {
        const QByteArray line = ehlo.lines.at(i).trimmed();
        if (!line.isEmpty())
            out << util::escapeUntrusted(line, 256);
    }
    return out;
}

} // namespace

SmtpProbe::SmtpProbe(const QString& hostName, const QHostAddress& address, quint16 port,
                     const SmtpProbeOptions& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_parser(options.replyLimits) {
    m_result.host = hostName.isEmpty() ? address.toString() : hostName;
    m_result.address = address;
    m_result.port = port;
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &SmtpProbe::onDeadline);
    connect(&m_socket, &QTcpSocket::connected, this, &SmtpProbe::onConnected);
    connect(&m_socket, &QTcpSocket::readyRead, this, &SmtpProbe::onReadyRead);
    connect(&m_socket, &QTcpSocket::errorOccurred, this, &SmtpProbe::onSocketError);
}

SmtpProbe::~SmtpProbe() {
    // No signal from a half-destroyed probe.
    m_socket.disconnect(this);
    m_socket.abort();
}

void SmtpProbe::start() {
    if (m_started)
        return;
    m_started = true;
    m_clock.start();
    enterStage(ProbeStage::Connect);
    note(QStringLiteral("connecting to %1 port %2").arg(m_result.address.toString()).arg(m_result.port));
    // Queued, so that even an immediate failure reaches the caller after start() returns.
    QMetaObject::invokeMethod(
        this, [this] { m_socket.connectToHost(m_result.address, m_result.port); }, Qt::QueuedConnection);
}

void SmtpProbe::cancel() {
    if (m_stage != ProbeStage::Done)
        finish(ProbeEnd::Cancelled, u"cancelled"_s);
}

void SmtpProbe::enterStage(ProbeStage stage) {
    m_stage = stage;
    m_stageStartedMs = m_clock.elapsed();
    const StageDeadlines& d = m_options.deadlines;
    int ms = 0;
    switch (stage) {
    case ProbeStage::Connect:
        ms = d.connectMs;
        break;
    case ProbeStage::Banner:
        ms = d.bannerMs;
        break;
    case ProbeStage::Ehlo:
    case ProbeStage::Helo:
        ms = d.ehloMs;
        break;
    case ProbeStage::StartTls:
        ms = d.starttlsMs;
        break;
    case ProbeStage::Handshake:
        ms = d.handshakeMs;
        break;
    case ProbeStage::EhloTls:
        ms = d.ehloTlsMs;
        break;
    case ProbeStage::Dialogue:
        ms = d.ehloMs;
        break;
    case ProbeStage::Quit:
        ms = d.quitMs;
        break;
    case ProbeStage::Done:
        m_deadline.stop();
        return;
    }
    m_deadline.start(ms);
}

void SmtpProbe::note(const QString& text) {
    m_result.transcript.addEvent(m_clock.elapsed(), text);
}

QString SmtpProbe::defaultEhloName() const {
    const QString machine = QSysInfo::machineHostName();
    if (machine.contains(u'.') && !machine.endsWith(u".local"))
        return machine;
    const QHostAddress local = m_socket.localAddress();
    return local.protocol() == QAbstractSocket::IPv6Protocol ? u"[IPv6:"_s + local.toString() + u"]"_s
                                                             : u"["_s + local.toString() + u"]"_s;
}

void SmtpProbe::onConnected() {
    if (m_stage != ProbeStage::Connect)
        return;
    m_result.connectMs = m_clock.elapsed();
    note(QStringLiteral("connected from %1 port %2")
             .arg(m_socket.localAddress().toString())
             .arg(m_socket.localPort()));
    m_result.ehloName = m_options.ehloName.isEmpty() ? defaultEhloName() : m_options.ehloName;
    if (m_options.implicitTls) {
        // SMTPS (RFC 8314): TLS first, the banner comes over it.
        m_result.starttls.offered = true;
        m_result.starttls.implicitTls = true;
        beginHandshake();
        return;
    }
    enterStage(ProbeStage::Banner);
}

void SmtpProbe::onReadyRead() {
    if (m_stage == ProbeStage::Done)
        return;
    const qint64 room = m_options.maxBytes - m_result.bytesReceived;
    const QByteArray data = m_socket.read(qMax<qint64>(room, 0) + 1);
    m_result.bytesReceived += data.size();
    if (m_result.bytesReceived > m_options.maxBytes) {
        finish(ProbeEnd::TooMuchData,
               QStringLiteral("the server sent more than %1 bytes; the probe stopped reading")
                   .arg(m_options.maxBytes));
        return;
    }
    if (m_tls) {
        m_tls->feed(data);
        if (!m_tlsEstablished) {
            if (m_handshakeBytes.size() < 256)
                m_handshakeBytes += data.left(256 - m_handshakeBytes.size());
            continueHandshake();
            return;
        }
        const QByteArray plain = m_tls->read();
        flushTls();
        if (!m_parser.feed(plain)) {
            processReplies();
            return;
        }
    } else if (!m_parser.feed(data)) {
        processReplies();
        return;
    }
    processReplies();
}

void SmtpProbe::processReplies() {
    while (m_stage != ProbeStage::Done && m_stage != ProbeStage::Handshake) {
        const auto reply = m_parser.takeReply();
        if (!reply)
            break;
        logReply(*reply);
        handleReply(*reply);
    }
    if (m_stage != ProbeStage::Done && m_parser.error() != SmtpReplyParser::Error::None) {
        m_result.partialReply = m_parser.pendingBytes().left(512);
        finish(ProbeEnd::ProtocolError, u"the server sent "_s + m_parser.errorText());
    }
}

void SmtpProbe::logReply(const SmtpReply& reply) {
    for (const QByteArray& line : reply.wireLines())
        m_result.transcript.add(m_clock.elapsed(), Transcript::Direction::Server, line);
}

void SmtpProbe::sendCommand(const QByteArray& command) {
    m_result.transcript.add(m_clock.elapsed(), Transcript::Direction::Client, command);
    const QByteArray line = command + "\r\n";
    if (m_tls && m_tlsEstablished) {
        m_tls->write(line);
        flushTls();
    } else {
        m_socket.write(line);
    }
}

void SmtpProbe::flushTls() {
    const QByteArray out = m_tls->takeOutgoing();
    if (!out.isEmpty())
        m_socket.write(out);
}

void SmtpProbe::sendQuit() {
    enterStage(ProbeStage::Quit);
    sendCommand("QUIT");
}

void SmtpProbe::handleReply(const SmtpReply& reply) {
    switch (m_stage) {
    case ProbeStage::Banner:
        handleBanner(reply);
        break;
    case ProbeStage::Ehlo:
    case ProbeStage::Helo:
        handleEhlo(reply);
        break;
    case ProbeStage::StartTls:
        handleStartTlsReply(reply);
        break;
    case ProbeStage::EhloTls:
        m_result.ehloTls = reply;
        if (reply.code == 250) {
            m_result.capabilitiesTls = capabilitiesOf(reply);
            sessionReady();
        } else {
            note(u"the server refused EHLO over TLS"_s);
            sendQuit();
        }
        break;
    case ProbeStage::Dialogue:
        handleDialogueReply(reply);
        break;
    case ProbeStage::Quit:
        m_result.quit = reply;
        if (m_endBeforeQuit)
            finish(m_endBeforeQuit->first, m_endBeforeQuit->second);
        else
            finish(ProbeEnd::Completed, u"done"_s);
        break;
    case ProbeStage::Connect:
    case ProbeStage::Handshake:
    case ProbeStage::Done:
        break;
    }
}

void SmtpProbe::sessionReady() {
    if (m_result.dialogue.size() >= m_options.dialogue.size()) {
        sendQuit();
        return;
    }
    const QByteArray command = m_options.dialogue.at(m_result.dialogue.size());
    const QByteArray verb = firstWord(command).toUpper();
    // A probe never sends a message, and one command is one line.
    if (verb == "DATA" || verb == "BDAT" || command.contains('\r') || command.contains('\n')) {
        note(u"refused to send a message command in the dialogue"_s);
        sendQuit();
        return;
    }
    m_result.dialogue << DialogueStep{command, std::nullopt};
    enterStage(ProbeStage::Dialogue);
    sendCommand(command);
}

void SmtpProbe::handleDialogueReply(const SmtpReply& reply) {
    m_result.dialogue.last().reply = reply;
    if (reply.code == 421) {
        finish(ProbeEnd::ClosedByServer,
               QStringLiteral("the server answered 421 to %1 and closes the connection")
                   .arg(QString::fromLatin1(firstWord(m_result.dialogue.last().command))));
        return;
    }
    if (m_result.dialogue.size() == 1 && !reply.isPositive()) {
        sendQuit(); // no transaction was opened
        return;
    }
    sessionReady();
}

void SmtpProbe::handleBanner(const SmtpReply& reply) {
    m_result.banner = reply;
    m_result.bannerMs = m_clock.elapsed() - m_result.connectMs;
    m_result.bannerName = util::escapeUntrusted(firstWord(reply.lines.value(0)), 255);
    if (reply.code == 220) {
        enterStage(ProbeStage::Ehlo);
        sendCommand("EHLO " + m_result.ehloName.toUtf8());
        return;
    }
    const QString text = QStringLiteral("the server answered %1 at connect").arg(reply.code);
    if (reply.code == 421) {
        // 421: the server closes the connection at once (RFC 5321 3.8); nothing more to say.
        finish(ProbeEnd::DeferredAtConnect, text);
        return;
    }
    // RFC 5321 3.1: after a 554 greeting the server waits for QUIT.
    m_endBeforeQuit = {reply.isPermanent() ? ProbeEnd::RejectedAtConnect : ProbeEnd::DeferredAtConnect, text};
    sendQuit();
}

void SmtpProbe::handleEhlo(const SmtpReply& reply) {
    if (m_stage == ProbeStage::Ehlo && (reply.code == 500 || reply.code == 502)) {
        // An SMTP server without ESMTP: it has no STARTTLS either.
        m_result.usedHelo = true;
        m_result.ehlo = reply;
        enterStage(ProbeStage::Helo);
        sendCommand("HELO " + m_result.ehloName.toUtf8());
        return;
    }
    if (m_stage == ProbeStage::Ehlo || !m_result.ehlo || !m_result.ehlo->isPositive())
        m_result.ehlo = reply;
    if (reply.code == 421) {
        finish(ProbeEnd::ClosedByServer,
               QStringLiteral("the server answered %1 to %2 and closes the connection")
                   .arg(reply.code)
                   .arg(m_stage == ProbeStage::Helo ? u"HELO"_s : u"EHLO"_s));
        return;
    }
    if (!reply.isPositive()) {
        m_endBeforeQuit = {ProbeEnd::Completed, QStringLiteral("the server refused %1 with %2")
                                                    .arg(m_stage == ProbeStage::Helo ? u"HELO"_s : u"EHLO"_s)
                                                    .arg(reply.code)};
        sendQuit();
        return;
    }
    if (m_stage == ProbeStage::Ehlo) {
        m_result.capabilities = capabilitiesOf(reply);
        m_result.starttls.offered = m_tlsEstablished || offersKeyword(reply, "STARTTLS");
    }
    if (m_result.starttls.offered && m_options.startTls && !m_tlsEstablished) {
        enterStage(ProbeStage::StartTls);
        sendCommand("STARTTLS");
        return;
    }
    sessionReady();
}

void SmtpProbe::handleStartTlsReply(const SmtpReply& reply) {
    m_result.starttls.starttlsReplyCode = reply.code;
    if (reply.code != 220) {
        m_result.starttls.handshake = StartTlsResult::Handshake::Refused;
        m_result.starttls.error = QStringLiteral("the server answered %1 to STARTTLS").arg(reply.code);
        if (reply.code == 421) {
            finish(ProbeEnd::ClosedByServer, m_result.starttls.error);
            return;
        }
        sessionReady(); // the session goes on in plain text
        return;
    }
    // Anything the server sent after its 220 was sent before it could have seen our ClientHello: an
    // injection smell (RFC 3207 section 4). It is kept as evidence and never read as SMTP.
    const QByteArray extra = m_parser.takeUnconsumed();
    if (!extra.isEmpty()) {
        m_result.starttls.bytesAfterReady = extra.left(1024);
        note(QStringLiteral("%1 bytes after the STARTTLS 220, before the TLS handshake: %2")
                 .arg(extra.size())
                 .arg(util::escapeUntrusted(extra, 200)));
    }
    beginHandshake();
}

void SmtpProbe::beginHandshake() {
    m_tls = std::make_unique<TlsClient>();
    TlsClient::Config config;
    config.serverName = m_result.host;
    config.caFile = m_options.caFile;
    QString error;
    if (!m_tls->init(config, &error)) {
        m_result.starttls.handshake = StartTlsResult::Handshake::Failed;
        m_result.starttls.error = error;
        finish(ProbeEnd::SetupError, error);
        return;
    }
    enterStage(ProbeStage::Handshake);
    note(u"TLS handshake"_s
         + (QHostAddress(m_result.host).isNull() ? u" (SNI "_s + m_result.host + u")"_s : QString()));
    continueHandshake();
}

void SmtpProbe::continueHandshake() {
    const TlsClient::Progress progress = m_tls->continueHandshake();
    flushTls();
    switch (progress) {
    case TlsClient::Progress::NeedMore:
        return;
    case TlsClient::Progress::Established:
        onTlsEstablished();
        return;
    case TlsClient::Progress::Failed:
        m_result.starttls.handshake = StartTlsResult::Handshake::Failed;
        m_result.starttls.error = m_tls->failureText();
        // A server that never switched to TLS answers the ClientHello in plain SMTP: say so.
        if (m_handshakeBytes.size() >= 4 && std::isdigit(uchar(m_handshakeBytes[0]))
            && std::isdigit(uchar(m_handshakeBytes[1])) && std::isdigit(uchar(m_handshakeBytes[2]))
            && (m_handshakeBytes[3] == ' ' || m_handshakeBytes[3] == '-'))
            m_result.starttls.error += u"; the server answered in plain text instead of TLS: "_s
                                       + util::escapeUntrusted(m_handshakeBytes, 200);
        m_result.starttls.handshakeMs = m_clock.elapsed() - m_stageStartedMs;
        m_result.starttls.verifyErrors = m_tls->verifyErrors();
        finish(ProbeEnd::TlsFailed, u"the TLS handshake failed: "_s + m_result.starttls.error);
        return;
    }
}

void SmtpProbe::onTlsEstablished() {
    m_tlsEstablished = true;
    StartTlsResult& tls = m_result.starttls;
    tls.handshake = StartTlsResult::Handshake::Succeeded;
    tls.handshakeMs = m_clock.elapsed() - m_stageStartedMs;
    TlsExpectations expect;
    if (QHostAddress(m_result.host).isNull())
        expect.names << NameCheck{u"mx"_s, m_result.host, false};
    if (!m_options.domain.isEmpty() && m_options.domain.compare(m_result.host, Qt::CaseInsensitive) != 0)
        expect.names << NameCheck{u"domain"_s, m_options.domain, false};
    if (!m_result.bannerName.isEmpty() && dns::isHostName(m_result.bannerName))
        expect.names << NameCheck{u"banner"_s, m_result.bannerName, false};
    expect.tlsa = m_options.tlsa;
    expect.tlsaAuthenticated = m_options.tlsaAuthenticated;
    expect.daneBaseDomain = m_result.host;
    expect.caFile = m_options.caFile;
    inspectTlsSession(m_tls->handle(), m_tls->verifyErrors(), expect, tls);
    note(QStringLiteral("TLS established in %1 ms: %2, %3, %4; %5 certificate, %6 verification error(s)")
             .arg(tls.handshakeMs)
             .arg(tls.protocol, tls.cipher, tls.group.isEmpty() ? u"no group"_s : tls.group, tls.summary)
             .arg(tls.verifyErrors.size()));
    // A server must not speak first after the handshake; anything already decrypted is dropped.
    m_parser.takeUnconsumed();
    if (m_options.implicitTls) {
        enterStage(ProbeStage::Banner);
        m_parser.feed(m_tls->read());
        processReplies();
        return;
    }
    const QByteArray early = m_tls->read();
    if (!early.isEmpty())
        note(QStringLiteral("%1 bytes from the server before EHLO over TLS").arg(early.size()));
    enterStage(ProbeStage::EhloTls);
    sendCommand("EHLO " + m_result.ehloName.toUtf8());
}

void SmtpProbe::onSocketError(QAbstractSocket::SocketError error) {
    if (m_stage == ProbeStage::Done)
        return;
    const QString text = m_socket.errorString();
    if (error == QAbstractSocket::RemoteHostClosedError) {
        // Replies that arrived with the FIN still count.
        if (m_socket.bytesAvailable() > 0)
            onReadyRead();
        if (m_stage == ProbeStage::Done)
            return;
        if (m_stage == ProbeStage::Quit) {
            if (m_endBeforeQuit)
                finish(m_endBeforeQuit->first, m_endBeforeQuit->second);
            else
                finish(ProbeEnd::Completed, u"done (the server closed without answering QUIT)"_s);
            return;
        }
        if (m_stage == ProbeStage::Handshake) {
            m_result.starttls.handshake = StartTlsResult::Handshake::Failed;
            m_result.starttls.error = u"the server closed the connection during the TLS handshake"_s;
            finish(ProbeEnd::TlsFailed, m_result.starttls.error);
            return;
        }
        m_result.partialReply = m_parser.pendingBytes().left(512);
        finish(ProbeEnd::ClosedByServer, u"the server closed the connection during "_s + stageName(m_stage));
        return;
    }
    if (m_stage == ProbeStage::Connect) {
        if (error == QAbstractSocket::ConnectionRefusedError)
            finish(ProbeEnd::ConnectRefused, u"connection refused: nothing listens on this port"_s);
        else if (error == QAbstractSocket::SocketTimeoutError)
            finish(ProbeEnd::ConnectTimeout, u"no answer to the connection attempt"_s);
        else
            finish(ProbeEnd::NetworkError, text);
        return;
    }
    m_result.partialReply = m_parser.pendingBytes().left(512);
    finish(ProbeEnd::NetworkError, text);
}

void SmtpProbe::onDeadline() {
    const qint64 waited = m_clock.elapsed() - m_stageStartedMs;
    switch (m_stage) {
    case ProbeStage::Done:
        return;
    case ProbeStage::Connect:
        finish(ProbeEnd::ConnectTimeout,
               QStringLiteral("no answer to the connection attempt in %1 ms").arg(waited));
        return;
    case ProbeStage::Quit:
        note(QStringLiteral("no answer to QUIT in %1 ms").arg(waited));
        if (m_endBeforeQuit)
            finish(m_endBeforeQuit->first, m_endBeforeQuit->second);
        else
            finish(ProbeEnd::Completed, u"done (no answer to QUIT)"_s);
        return;
    case ProbeStage::Handshake:
        m_result.starttls.handshake = StartTlsResult::Handshake::TimedOut;
        m_result.starttls.error = QStringLiteral("the TLS handshake did not finish in %1 ms").arg(waited);
        finish(ProbeEnd::StageTimeout, m_result.starttls.error);
        return;
    default:
        m_result.partialReply = m_parser.pendingBytes().left(512);
        if (!m_result.partialReply.isEmpty())
            note(QStringLiteral("partial reply when the deadline passed: %1")
                     .arg(util::escapeUntrusted(m_result.partialReply, 200)));
        finish(ProbeEnd::StageTimeout, QStringLiteral("no complete answer in the %1 stage within %2 ms")
                                           .arg(stageName(m_stage))
                                           .arg(waited));
        return;
    }
}

void SmtpProbe::finish(ProbeEnd end, const QString& text) {
    if (m_stage == ProbeStage::Done)
        return;
    m_result.end = end;
    m_result.endStage = m_stage;
    m_result.endText = text;
    m_result.totalMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (end != ProbeEnd::Completed)
        note(u"ended: "_s + text);
    enterStage(ProbeStage::Done);
    m_socket.disconnect(this);
    if (m_socket.state() == QAbstractSocket::ConnectedState && m_socket.bytesToWrite() > 0)
        m_socket.flush();
    m_socket.abort();
    m_tls.reset();
    m_result.findings = probeFindings(m_result, m_options);
    QMetaObject::invokeMethod(this, &SmtpProbe::finished, Qt::QueuedConnection);
}

} // namespace rebound::smtp
