#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QUdpSocket>

namespace rebound::hostile {

// A DNS server in the test code, on one loopback port over UDP and TCP, that answers with what no real
// server sends on demand: compression loops, pointers outside the message, records cut short, 64 KB of
// TXT, a thousand A records, CNAME chains and loops. The behaviour is chosen by the first label of a
// name under hostile.test ("loop.hostile.test"); every other name gets the default behaviour.
class HostileDnsServer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostileDnsServer)

public:
    enum class Behaviour {
        Normal,          // A 192.0.2.1, TXT "v=spf1 -all", MX 10 mx.hostile.test; NODATA otherwise
        CompressionLoop, // the answer's owner name is a pointer to itself
        ForwardPointer,  // a pointer to a later offset, which points back: a two-step loop
        PointerOutside,  // a pointer past the end of the message
        TruncatedRecord, // RDLENGTH 512 with 4 octets of RDATA
        CountMismatch,   // ANCOUNT 40000, one record present
        BigTxt,          // over UDP: TC; over TCP: one TXT record of 250 strings of 255 octets (63,750)
        ThousandA,       // over UDP: TC; over TCP: 1000 A records
        CnameChain,      // 40 CNAMEs in one answer, then an A
        CnameLoop,       // name CNAME other, other CNAME name
        ForeignOwner,    // an A 127.0.0.2 owned by another name (evil.example), nothing for the name asked
        Silent,          // no answer at all
        TcpNeverEnds,    // over UDP: TC; over TCP: a length prefix of 65535 then 10 octets, then nothing
    };

    explicit HostileDnsServer(QObject* parent = nullptr);
    ~HostileDnsServer() override;

    bool start(QString* error);
    quint16 port() const { return m_port; }
    QString address() const; // "127.0.0.1:PORT"
    void setDefaultBehaviour(Behaviour behaviour) { m_default = behaviour; }
    int queriesSeen() const { return m_queries; }

    static const QHash<QString, Behaviour>& behaviourNames(); // label -> behaviour

private:
    Behaviour behaviourFor(const QByteArray& name) const; // lower-case dotted name
    QByteArray answer(const QByteArray& query, bool overTcp) const;
    void onUdp();
    void onTcpConnection();

    QUdpSocket m_udp;
    QTcpServer m_tcp;
    quint16 m_port = 0;
    Behaviour m_default = Behaviour::Normal;
    int m_queries = 0;
    QList<QPointer<QObject>> m_connections;
};

} // namespace rebound::hostile
