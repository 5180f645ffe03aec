#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace rebound::smtptest {

// A real SMTP server (aiosmtpd or Postfix's smtp-sink) started on a loopback port for one test, killed
// with the test process whatever happens (PR_SET_PDEATHSIG), stopped by the destructor.
class ServerProcess final {
public:
    ServerProcess() = default;
    ~ServerProcess();
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    // aiosmtpd (aiosmtpd_server.py) with STARTTLS from cert/key (both empty: no STARTTLS).
    // implicitTls serves SMTPS (TLS from the first byte) instead of STARTTLS.
    bool startAiosmtpd(const QString& host, quint16 port, const QString& cert, const QString& key,
                       QString* error, bool implicitTls = false);
    // mailbox_server.py: aiosmtpd answering RCPT by recipient (accept, reject, greylist, accept-all),
    // logging every envelope command and any DATA to logFile; STARTTLS from cert/key.
    bool startMailboxServer(quint16 port, const QString& logFile, const QString& cert, const QString& key,
                            QString* error);
    // smtp-sink with extra switches ("-f", "connect", "-e", ...) and the greeting name mx.sink.test.
    bool startSmtpSink(const QString& host, quint16 port, const QStringList& switches, QString* error);
    // `openssl s_server` with implicit TLS (SMTPS) and the given TLS switches: what no other server here
    // does on demand (staple an OCSP response with -status_file, anonymous ciphers with -nocert, TLS 1.0
    // only). It speaks just enough SMTP, scripted from its output: the banner once the handshake is done,
    // 250 to EHLO, 221 to QUIT.
    bool startOpenSslSmtps(quint16 port, const QStringList& tlsSwitches, QString* error);
    // tests/https/https_server.py: HTTPS on 127.0.0.1 with cert/key, files from docRoot and the behaviours
    // (redirect, 10 MB body, slow body) its header describes.
    bool startHttps(quint16 port, const QString& cert, const QString& key, const QString& docRoot,
                    QString* error);
    // Another Python HTTPS server (script PORT CERT KEY EXTRA..., printing "ready" once it listens), such
    // as tests/snds/postmaster_server.py.
    bool startHttpsScript(const QString& script, quint16 port, const QString& cert, const QString& key,
                          const QStringList& extra, QString* error);
    void stop();

private:
    bool start(const QString& program, const QStringList& args, const QString& host, quint16 port,
               QString* error, const QByteArray& readyWord = {});

    std::unique_ptr<QProcess> m_process;
};

// A free TCP port on 127.0.0.1 (and ::1).
quint16 freeTcpPort();

} // namespace rebound::smtptest
