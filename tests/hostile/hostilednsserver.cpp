#include "hostilednsserver.h"

#include <QNetworkDatagram>
#include <QTcpSocket>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace rebound::hostile {
namespace {

constexpr quint16 TypeA = 1;
constexpr quint16 TypeCname = 5;
constexpr quint16 TypeMx = 15;
constexpr quint16 TypeTxt = 16;
constexpr qsizetype kMaxUdpAnswer = 1232; // the EDNS payload size the Resolver offers

void put16(QByteArray& out, quint16 value) {
    out.append(char(value >> 8)).append(char(value & 0xff));
}

void put32(QByteArray& out, quint32 value) {
    put16(out, quint16(value >> 16));
    put16(out, quint16(value & 0xffff));
}

QByteArray encodeName(const QByteArray& dotted) {
    QByteArray out;
    for (const QByteArray& label : dotted.split('.')) {
        if (label.isEmpty())
            continue;
        out.append(char(label.size())).append(label);
    }
    out.append('\0');
    return out;
}

struct Question {
    quint16 id = 0;
    QByteArray name; // lower case, dotted, no final dot
    quint16 type = 0;
    QByteArray wire; // the question section as sent
};

std::optional<Question> readQuestion(const QByteArray& query) {
    if (query.size() < 17)
        return std::nullopt;
    Question q;
    q.id = qFromBigEndian<quint16>(query.constData());
    int at = 12;
    QList<QByteArray> labels;
    while (at < query.size()) {
        const int length = quint8(query[at]);
        if (length == 0 || length > 63 || at + 1 + length > query.size())
            break;
        labels << query.mid(at + 1, length).toLower();
        at += 1 + length;
    }
    if (at + 5 > query.size() || query[at] != '\0')
        return std::nullopt;
    q.type = qFromBigEndian<quint16>(query.constData() + at + 1);
    q.wire = query.mid(12, at + 5 - 12);
    q.name = labels.join('.');
    return q;
}

// Header and question; the caller appends the records and has given the counts.
QByteArray header(const Question& q, quint16 answers, bool truncated = false) {
    QByteArray out;
    put16(out, q.id);
    put16(out, quint16(0x8180 | (truncated ? 0x0200 : 0))); // QR RD RA, NOERROR
    put16(out, 1);
    put16(out, answers);
    put16(out, 0);
    put16(out, 0);
    out.append(q.wire);
    return out;
}

// One record whose owner is the question name (pointer to offset 12).
void appendRecord(QByteArray& out, quint16 type, const QByteArray& rdata,
                  const QByteArray& owner = "\xc0\x0c") {
    out.append(owner);
    put16(out, type);
    put16(out, 1);
    put32(out, 300);
    put16(out, quint16(rdata.size()));
    out.append(rdata);
}

QByteArray normalAnswer(const Question& q) {
    QByteArray rdata;
    if (q.type == TypeA) {
        rdata = QByteArray("\xc0\x00\x02\x01", 4);
    } else if (q.type == TypeTxt) {
        const QByteArray text = "v=spf1 -all";
        rdata = char(text.size()) + text;
    } else if (q.type == TypeMx) {
        put16(rdata, 10);
        rdata.append(encodeName("mx.hostile.test"));
    }
    QByteArray out = header(q, rdata.isEmpty() ? 0 : 1);
    if (!rdata.isEmpty())
        appendRecord(out, q.type, rdata);
    return out;
}

} // namespace

HostileDnsServer::HostileDnsServer(QObject* parent)
    : QObject(parent) {
}

HostileDnsServer::~HostileDnsServer() = default;

const QHash<QString, HostileDnsServer::Behaviour>& HostileDnsServer::behaviourNames() {
    static const QHash<QString, Behaviour> names = {
        {u"normal"_s, Behaviour::Normal},
        {u"loop"_s, Behaviour::CompressionLoop},
        {u"forward"_s, Behaviour::ForwardPointer},
        {u"outside"_s, Behaviour::PointerOutside},
        {u"truncated"_s, Behaviour::TruncatedRecord},
        {u"count"_s, Behaviour::CountMismatch},
        {u"bigtxt"_s, Behaviour::BigTxt},
        {u"thousand"_s, Behaviour::ThousandA},
        {u"chain"_s, Behaviour::CnameChain},
        {u"cnameloop"_s, Behaviour::CnameLoop},
        {u"foreign"_s, Behaviour::ForeignOwner},
        {u"silent"_s, Behaviour::Silent},
        {u"tcpneverends"_s, Behaviour::TcpNeverEnds},
    };
    return names;
}

bool HostileDnsServer::start(QString* error) {
    // The UDP port first, then TCP on the same number; retry when TCP finds it taken.
    for (int attempt = 0; attempt < 20; ++attempt) {
        if (!m_udp.bind(QHostAddress::LocalHost, 0)) {
            *error = m_udp.errorString();
            return false;
        }
        m_port = m_udp.localPort();
        if (m_tcp.listen(QHostAddress::LocalHost, m_port)) {
            connect(&m_udp, &QUdpSocket::readyRead, this, &HostileDnsServer::onUdp);
            connect(&m_tcp, &QTcpServer::newConnection, this, &HostileDnsServer::onTcpConnection);
            return true;
        }
        m_udp.close();
    }
    *error = u"no free port for UDP and TCP"_s;
    return false;
}

QString HostileDnsServer::address() const {
    return u"127.0.0.1:%1"_s.arg(m_port);
}

HostileDnsServer::Behaviour HostileDnsServer::behaviourFor(const QByteArray& name) const {
    if (!name.endsWith(".hostile.test"))
        return m_default;
    return behaviourNames().value(QString::fromLatin1(name.left(name.indexOf('.'))), Behaviour::Normal);
}

QByteArray HostileDnsServer::answer(const QByteArray& query, bool overTcp) const {
    const std::optional<Question> q = readQuestion(query);
    if (!q)
        return {};
    switch (behaviourFor(q->name)) {
    case Behaviour::Normal:
        return normalAnswer(*q);
    case Behaviour::CompressionLoop: {
        QByteArray out = header(*q, 1);
        const quint16 self = quint16(0xc000 | out.size());
        QByteArray owner;
        put16(owner, self);
        appendRecord(out, q->type, QByteArray("\x7f\x00\x00\x02", 4), owner);
        return out;
    }
    case Behaviour::ForwardPointer: {
        // The owner points at the RDATA, whose name points back at the owner.
        QByteArray out = header(*q, 1);
        const int ownerAt = out.size();
        const int rdataAt = ownerAt + 2 + 10;
        QByteArray owner;
        put16(owner, quint16(0xc000 | rdataAt));
        QByteArray rdata;
        put16(rdata, quint16(0xc000 | ownerAt));
        appendRecord(out, TypeCname, rdata, owner);
        return out;
    }
    case Behaviour::PointerOutside: {
        QByteArray out = header(*q, 1);
        appendRecord(out, q->type, QByteArray("\x7f\x00\x00\x02", 4), QByteArray("\xff\xf0", 2));
        return out;
    }
    case Behaviour::TruncatedRecord: {
        QByteArray out = header(*q, 1);
        appendRecord(out, q->type, QByteArray("\x7f\x00\x00\x02", 4));
        out[out.size() - 6] = char(0x02); // RDLENGTH 512 ...
        out[out.size() - 5] = char(0x00); // ... with 4 octets present
        return out;
    }
    case Behaviour::CountMismatch: {
        QByteArray out = header(*q, 40000);
        appendRecord(out, TypeA, QByteArray("\x7f\x00\x00\x02", 4));
        return out;
    }
    case Behaviour::BigTxt: {
        if (!overTcp)
            return header(*q, 0, true);
        QByteArray rdata;
        for (int i = 0; i < 250; ++i)
            rdata.append(char(255)).append(QByteArray(255, char('a' + i % 26)));
        rdata.replace(1, 7, "v=spf1 "); // the first string starts like an SPF record
        QByteArray out = header(*q, 1);
        appendRecord(out, TypeTxt, rdata);
        return out;
    }
    case Behaviour::ThousandA: {
        if (!overTcp)
            return header(*q, 0, true);
        QByteArray out = header(*q, 1000);
        for (int i = 0; i < 1000; ++i) {
            QByteArray rdata;
            put32(rdata, 0xc6336400u + quint32(i)); // 198.51.100.0 and on
            appendRecord(out, TypeA, rdata);
        }
        return out;
    }
    case Behaviour::CnameChain: {
        QByteArray out = header(*q, 41);
        QByteArray owner("\xc0\x0c", 2);
        for (int i = 0; i < 40; ++i) {
            const int nextAt = out.size() + int(owner.size()) + 10;
            appendRecord(out, TypeCname, encodeName("c" + QByteArray::number(i) + ".hostile.test"), owner);
            owner.clear();
            put16(owner, quint16(0xc000 | nextAt));
        }
        appendRecord(out, TypeA, QByteArray("\xc0\x00\x02\x01", 4), owner);
        return out;
    }
    case Behaviour::CnameLoop: {
        QByteArray out = header(*q, 2);
        const int otherAt = out.size() + 2 + 10;
        appendRecord(out, TypeCname, encodeName("other.hostile.test"));
        QByteArray other;
        put16(other, quint16(0xc000 | otherAt));
        appendRecord(out, TypeCname, QByteArray("\xc0\x0c", 2), other);
        return out;
    }
    case Behaviour::ForeignOwner: {
        QByteArray out = header(*q, 1);
        appendRecord(out, TypeA, QByteArray("\x7f\x00\x00\x02", 4), encodeName("evil.example"));
        return out;
    }
    case Behaviour::Silent:
        return {};
    case Behaviour::TcpNeverEnds:
        return overTcp ? QByteArray() : header(*q, 0, true);
    }
    return {};
}

void HostileDnsServer::onUdp() {
    while (m_udp.hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_udp.receiveDatagram(4096);
        ++m_queries;
        QByteArray reply = answer(datagram.data(), false);
        if (reply.size() > kMaxUdpAnswer) {
            // Like a real server: more than the client's EDNS payload goes over TCP (RFC 6891 7).
            if (const std::optional<Question> q = readQuestion(datagram.data()))
                reply = header(*q, 0, true);
        }
        if (!reply.isEmpty())
            m_udp.writeDatagram(datagram.makeReply(reply));
    }
}

void HostileDnsServer::onTcpConnection() {
    while (QTcpSocket* socket = m_tcp.nextPendingConnection()) {
        socket->setParent(this);
        m_connections << socket;
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
            while (buffer.size() >= 2) {
                const int length = qFromBigEndian<quint16>(buffer.constData());
                if (buffer.size() < 2 + length)
                    break;
                const QByteArray query = buffer.mid(2, length);
                buffer.remove(0, 2 + length);
                ++m_queries;
                const std::optional<Question> q = readQuestion(query);
                if (q && behaviourFor(q->name) == Behaviour::TcpNeverEnds) {
                    socket->write(QByteArray("\xff\xff", 2) + QByteArray(10, '\0'));
                    continue;
                }
                const QByteArray reply = answer(query, true);
                if (reply.isEmpty())
                    continue;
                QByteArray framed;
                put16(framed, quint16(reply.size()));
                socket->write(framed + reply);
            }
            socket->setProperty("buffer", buffer);
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

} // namespace rebound::hostile
