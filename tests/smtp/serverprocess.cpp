#include "serverprocess.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

#include <csignal>
#include <memory>
#include <sys/prctl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace rebound::smtptest {

quint16 freeTcpPort() {
    for (int attempt = 0; attempt < 50; ++attempt) {
        QTcpServer v4;
        if (!v4.listen(QHostAddress::LocalHost, 0))
            continue;
        const quint16 port = v4.serverPort();
        QTcpServer v6;
        if (v6.listen(QHostAddress::LocalHostIPv6, port) || QHostAddress(u"::1"_s).isNull())
            return port;
    }
    return 0;
}

ServerProcess::~ServerProcess() {
    stop();
}

void ServerProcess::stop() {
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(3000);
    }
    m_process.reset();
}

// readyWord: the server is ready when it prints this (a test connection would disturb it), else when it
// accepts a connection.
bool ServerProcess::start(const QString& program, const QStringList& args, const QString& host, quint16 port,
                          QString* error, const QByteArray& readyWord) {
    stop();
    m_process = std::make_unique<QProcess>();
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(program, args);
    if (!m_process->waitForStarted(5000)) {
        *error = program + u" did not start: "_s + m_process->errorString();
        return false;
    }
    // Ready when it accepts a connection (the probe itself is the only client that talks to it).
    QDeadlineTimer deadline(15000);
    QByteArray output;
    while (!deadline.hasExpired()) {
        if (m_process->state() == QProcess::NotRunning) {
            *error = program + u" exited: "_s + QString::fromUtf8(output + m_process->readAll());
            return false;
        }
        if (!readyWord.isEmpty()) {
            m_process->waitForReadyRead(50);
            output += m_process->readAll();
            if (output.contains(readyWord))
                return true;
            continue;
        }
        QTcpSocket probe;
        probe.connectToHost(QHostAddress(host), port);
        if (probe.waitForConnected(200)) {
            probe.abort();
            return true;
        }
        m_process->waitForReadyRead(50); // lets the child start without a bare sleep
    }
    *error = program + u" does not accept connections: "_s + QString::fromUtf8(m_process->readAll());
    return false;
}

bool ServerProcess::startAiosmtpd(const QString& host, quint16 port, const QString& cert, const QString& key,
                                  QString* error, bool implicitTls) {
    QStringList args{QStringLiteral(REBOUND_SMTP_TEST_DIR "/aiosmtpd_server.py"), host,
                     QString::number(port)};
    if (!cert.isEmpty())
        args << cert << key;
    if (implicitTls)
        args << u"smtps"_s;
    return start(u"/usr/bin/python3"_s, args, host, port, error);
}

bool ServerProcess::startMailboxServer(quint16 port, const QString& logFile, const QString& cert,
                                       const QString& key, QString* error) {
    const QStringList args{QStringLiteral(REBOUND_SMTP_TEST_DIR "/mailbox_server.py"),
                           u"127.0.0.1"_s,
                           QString::number(port),
                           logFile,
                           cert,
                           key};
    return start(u"/usr/bin/python3"_s, args, u"127.0.0.1"_s, port, error);
}

bool ServerProcess::startHttps(quint16 port, const QString& cert, const QString& key, const QString& docRoot,
                               QString* error) {
    return startHttpsScript(QStringLiteral(REBOUND_SMTP_TEST_DIR "/../https/https_server.py"), port, cert,
                            key, {docRoot}, error);
}

bool ServerProcess::startHttpsScript(const QString& script, quint16 port, const QString& cert,
                                     const QString& key, const QStringList& extra, QString* error) {
    const QStringList args = QStringList{script, QString::number(port), cert, key} + extra;
    return start(u"/usr/bin/python3"_s, args, u"127.0.0.1"_s, port, error, "ready");
}

bool ServerProcess::startSmtpSink(const QString& host, quint16 port, const QStringList& switches,
                                  QString* error) {
    QStringList args;
    if (::geteuid() == 0)
        args << u"-u"_s << u"nobody"_s; // smtp-sink refuses to run as root without it
    args << u"-h"_s << u"mx.sink.test"_s << switches
         << (host.contains(u':') ? u"["_s + host + u"]"_s : host) + u':' + QString::number(port) << u"20"_s;
    return start(u"/usr/sbin/smtp-sink"_s, args, host, port, error);
}

bool ServerProcess::startOpenSslSmtps(quint16 port, const QStringList& tlsSwitches, QString* error) {
    const QStringList args =
        QStringList{u"s_server"_s, u"-accept"_s, u"127.0.0.1:"_s + QString::number(port)} + tlsSwitches;
    if (!start(u"openssl"_s, args, u"127.0.0.1"_s, port, error, "ACCEPT"))
        return false;
    // s_server copies what the client sends to its output and its input to the client.
    QProcess* process = m_process.get();
    auto pending = std::make_shared<QByteArray>();
    QObject::connect(process, &QProcess::readyRead, process, [process, pending] {
        *pending += process->readAll();
        for (qsizetype end; (end = pending->indexOf('\n')) >= 0;) {
            const QByteArray line = pending->left(end).trimmed();
            pending->remove(0, end + 1);
            if (line.startsWith("CIPHER is"))
                process->write("220 ocsp.smtp.test ESMTP\r\n");
            else if (line.toUpper().startsWith("EHLO"))
                process->write("250-ocsp.smtp.test\r\n250 SIZE 1000\r\n");
            else if (line.toUpper().startsWith("QUIT"))
                process->write("221 2.0.0 bye\r\n");
        }
    });
    return true;
}

} // namespace rebound::smtptest
