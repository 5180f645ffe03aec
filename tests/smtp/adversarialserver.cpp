#include "adversarialserver.h"

#include <QFile>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace rebound::smtptest {

AdversarialServer::AdversarialServer(Behaviour behaviour, QObject* parent)
    : QTcpServer(parent)
    , m_behaviour(behaviour) {
}

bool AdversarialServer::start(QString* error) {
    if (!listen(QHostAddress::LocalHost, 0)) {
        *error = errorString();
        return false;
    }
    return true;
}

void AdversarialServer::incomingConnection(qintptr descriptor) {
    auto* socket = new QSslSocket(this);
    socket->setSocketDescriptor(descriptor);
    m_sockets << socket;
    connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QSslSocket::readyRead, this, [this, socket, buffer] {
        const QByteArray data = socket->readAll();
        m_received += data;
        if (socket->property("tls").toBool()) {
            if (m_behaviour == Behaviour::StalledHandshake)
                return; // the ClientHello is never answered
            // The ClientHello: answer with something that is not a TLS record.
            if (m_behaviour == Behaviour::TlsGarbageFlood) {
                if (!socket->property("flooded").toBool()) {
                    socket->setProperty("flooded", true);
                    // 4 KiB of pseudo-random bytes repeated: cheap to make, so the event loop the probe
                    // shares with this server is not held up.
                    static const QByteArray noise = [] {
                        QByteArray block(4096, '\0');
                        for (qsizetype i = 0; i < block.size(); ++i)
                            block[i] = char((quint32(i) * 2654435761u) >> 13);
                        return block.repeated(2048);
                    }();
                    socket->write(noise);
                }
                return;
            }
            socket->write(m_behaviour == Behaviour::GarbageTls
                              ? QByteArray("HTTP/1.1 400 Bad Request\r\n\r\nthis is not TLS").repeated(4)
                              : QByteArray("500 5.5.1 Command unrecognized\r\n"));
            return;
        }
        *buffer += data;
        for (qsizetype end; (end = buffer->indexOf("\r\n")) >= 0;) {
            const QByteArray line = buffer->left(end);
            buffer->remove(0, end + 2);
            onCommand(socket, line);
        }
    });
    auto* timer = new QTimer(socket);
    switch (m_behaviour) {
    case Behaviour::RejectAtConnect:
        socket->write(
            "554 5.7.1 Service unavailable; Client host [127.0.0.1] blocked using zen.spamhaus.org; "
            "https://www.spamhaus.org/query/ip/127.0.0.1\r\n");
        break;
    case Behaviour::GreylistAtConnect:
        socket->write("451 4.7.1 Greylisted, please try again later\r\n");
        break;
    case Behaviour::NeverEndingBanner:
        connect(timer, &QTimer::timeout, socket,
                [socket] { socket->write(QByteArray("220-still greeting\r\n").repeated(20)); });
        timer->start(5);
        break;
    case Behaviour::HugeLine:
        socket->write("220 " + QByteArray(1024 * 1024, 'x') + "\r\n");
        break;
    case Behaviour::Trickle: {
        auto position = std::make_shared<int>(0);
        connect(timer, &QTimer::timeout, socket, [socket, position] {
            static const QByteArray banner = "220 slow.test ESMTP\r\n";
            if (*position < banner.size())
                socket->write(banner.mid((*position)++, 1));
        });
        timer->start(1000);
        break;
    }
    case Behaviour::Silent:
        break;
    case Behaviour::SlowBanner:
        QTimer::singleShot(delayMs, socket, [socket] { socket->write("220 adv.test ESMTP slow\r\n"); });
        break;
    case Behaviour::StalledReply:
        socket->write("220-adv.test ESMTP, and the rest of this greeting never comes\r\n");
        break;
    case Behaviour::GarbageTls:
    case Behaviour::TlsGarbageFlood:
    case Behaviour::EhloNeverEnds:
    case Behaviour::PlainAfterStartTls:
    case Behaviour::InjectAfterStartTls:
    case Behaviour::Normal:
    case Behaviour::SilentToEhlo:
    case Behaviour::SilentToStartTls:
    case Behaviour::StalledHandshake:
    case Behaviour::SilentToEhloOverTls:
    case Behaviour::SilentToQuit:
        socket->write("220 adv.test ESMTP\r\n");
        break;
    case Behaviour::HostileText:
        static const char banner[] = "220 evil\x1b[31m\x00\xff.test ESMTP \x07\x08\r\n";
        socket->write(QByteArray(banner, sizeof banner - 1));
        break;
    }
}

void AdversarialServer::onCommand(QSslSocket* socket, const QByteArray& line) {
    const QByteArray verb = line.split(' ').value(0).toUpper();
    const bool silent =
        (m_behaviour == Behaviour::SilentToEhlo && verb == "EHLO")
        || (m_behaviour == Behaviour::SilentToStartTls && verb == "STARTTLS")
        || (m_behaviour == Behaviour::SilentToEhloOverTls && verb == "EHLO" && socket->isEncrypted())
        || (m_behaviour == Behaviour::SilentToQuit && verb == "QUIT");
    if (silent)
        return;
    if (verb == "QUIT") {
        socket->write("221 2.0.0 bye\r\n");
        socket->disconnectFromHost();
    } else if (verb == "EHLO" && m_behaviour == Behaviour::HostileText) {
        socket->write(QByteArray("250-evil.test\r\n250 X-\x1b]0;owned\x07\xc3\x28\r\n"));
    } else if (verb == "EHLO" && m_behaviour == Behaviour::EhloNeverEnds) {
        auto* timer = new QTimer(socket);
        connect(timer, &QTimer::timeout, socket,
                [socket] { socket->write(QByteArray("250-EXTENSION\r\n").repeated(20)); });
        timer->start(5);
    } else if (verb == "EHLO") {
        socket->write(socket->isEncrypted() ? "250-adv.test\r\n250 SIZE 1000\r\n"
                                            : "250-adv.test\r\n250-SIZE 1000\r\n250 STARTTLS\r\n");
    } else if (verb == "STARTTLS") {
        if (m_behaviour == Behaviour::InjectAfterStartTls) {
            socket->write("220 2.0.0 Ready to start TLS\r\n250 injected\r\n");
            beginTls(socket);
        } else if (m_behaviour == Behaviour::GarbageTls || m_behaviour == Behaviour::PlainAfterStartTls
                   || m_behaviour == Behaviour::TlsGarbageFlood
                   || m_behaviour == Behaviour::StalledHandshake) {
            socket->write("220 2.0.0 Ready to start TLS\r\n");
            socket->setProperty("tls", true);
        } else {
            socket->write("220 2.0.0 Ready to start TLS\r\n");
            beginTls(socket);
        }
    } else {
        socket->write("502 5.5.2 not here\r\n");
    }
}

void AdversarialServer::beginTls(QSslSocket* socket) {
    QFile keyFile(m_key);
    keyFile.open(QIODevice::ReadOnly);
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Ec);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Rsa);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(QSslCertificate::fromPath(m_cert));
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    socket->setSslConfiguration(config);
    socket->startServerEncryption();
}

BackloggedPort::~BackloggedPort() {
    if (m_filler >= 0)
        ::close(m_filler);
    if (m_listener >= 0)
        ::close(m_listener);
}

bool BackloggedPort::start(const QString& address, quint16 port, QString* error) {
    sockaddr_in where{};
    where.sin_family = AF_INET;
    where.sin_port = htons(port);
    if (::inet_pton(AF_INET, address.toLatin1().constData(), &where.sin_addr) != 1) {
        *error = u"BackloggedPort takes IPv4 only"_s;
        return false;
    }
    m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
    const int yes = 1;
    ::setsockopt(m_listener, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    if (::bind(m_listener, reinterpret_cast<sockaddr*>(&where), sizeof where) != 0
        || ::listen(m_listener, 0) != 0) {
        *error = u"cannot listen on "_s + address;
        return false;
    }
    // One connection that is never accepted fills the queue; the kernel completes it on its own.
    m_filler = ::socket(AF_INET, SOCK_STREAM, 0);
    if (::connect(m_filler, reinterpret_cast<sockaddr*>(&where), sizeof where) != 0) {
        *error = u"cannot fill the accept queue"_s;
        return false;
    }
    return true;
}

} // namespace rebound::smtptest
