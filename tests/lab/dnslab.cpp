#include "dnslab.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QThread>
#include <QUdpSocket>

#include <csignal>
#include <sys/prctl.h>

using namespace Qt::StringLiterals;

namespace rebound::lab {
namespace {

QString findProgram(const QString& name) {
    for (const QString& dir :
         {u"/usr/sbin"_s, u"/usr/bin"_s, u"/usr/local/sbin"_s, u"/usr/local/bin"_s}) {
        const QString path = dir + u'/' + name;
        if (QFileInfo(path).isExecutable())
            return path;
    }
    return {};
}

// Children die with the test process, whatever the outcome.
void startChild(QProcess& process, const QString& program, const QStringList& args) {
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, args);
}

void stopChild(std::unique_ptr<QProcess>& process) {
    if (!process)
        return;
    if (process->state() != QProcess::NotRunning) {
        process->terminate();
        if (!process->waitForFinished(3000)) {
            process->kill();
            process->waitForFinished(3000);
        }
    }
    process.reset();
}

QByteArray soaQuery(const QString& name, quint16 id) {
    QByteArray packet;
    packet.append(char(id >> 8)).append(char(id & 0xff));
    packet.append("\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00", 10); // no RD: ask the server itself
    for (const QString& label : name.split(u'.', Qt::SkipEmptyParts)) {
        const QByteArray bytes = label.toUtf8();
        packet.append(char(bytes.size())).append(bytes);
    }
    packet.append('\0');
    packet.append("\x00\x06\x00\x01", 4);
    return packet;
}

QString zoneNameOf(const QFileInfo& file) {
    const QString base = file.completeBaseName();
    return base == u"root" ? u"."_s : base;
}

} // namespace

bool waitForDnsServer(quint16 port, const QString& name, int deadlineMs) {
    QDeadlineTimer deadline(deadlineMs);
    QUdpSocket socket;
    const quint16 id = quint16(QRandomGenerator::global()->bounded(1, 65535));
    const QByteArray query = soaQuery(name, id);
    while (!deadline.hasExpired()) {
        socket.writeDatagram(query, QHostAddress::LocalHost, port);
        if (socket.waitForReadyRead(100)) {
            while (socket.hasPendingDatagrams()) {
                QByteArray reply(int(socket.pendingDatagramSize()), '\0');
                socket.readDatagram(reply.data(), reply.size());
                if (reply.size() >= 12 && quint8(reply[0]) == (id >> 8) && quint8(reply[1]) == (id & 0xff))
                    return true;
            }
        }
    }
    return false;
}

DnsLab::DnsLab() = default;

DnsLab::~DnsLab() {
    stop();
}

quint16 DnsLab::freePort() {
    for (int attempt = 0; attempt < 200; ++attempt) {
        const auto port = quint16(QRandomGenerator::global()->bounded(20000, 60000));
        QUdpSocket udp4, udp6;
        QTcpServer tcp4, tcp6;
        if (udp4.bind(QHostAddress::LocalHost, port) && udp6.bind(QHostAddress::LocalHostIPv6, port)
            && tcp4.listen(QHostAddress::LocalHost, port) && tcp6.listen(QHostAddress::LocalHostIPv6, port))
            return port;
    }
    return 0;
}

QString DnsLab::knotServer() const {
    return u"127.0.0.1:"_s + QString::number(m_knotPort);
}
QString DnsLab::server() const {
    return u"127.0.0.1:"_s + QString::number(m_dnsdistPort);
}
QString DnsLab::serverV6() const {
    return u"[::1]:"_s + QString::number(m_dnsdistPort);
}

QString DnsLab::defaultZonesDir() {
    return QStringLiteral(REBOUND_LAB_ZONES_DIR);
}

bool DnsLab::start(const DnsLabOptions& options, QString* error) {
    stop();
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        *error = u"cannot create a temporary directory for the lab"_s;
        return false;
    }
    if (!startKnot(options, error) || !startDnsdist(options, error)) {
        stop();
        return false;
    }
    return true;
}

bool DnsLab::startKnot(const DnsLabOptions& options, QString* error) {
    const QString knotd = findProgram(u"knotd"_s);
    if (knotd.isEmpty()) {
        *error = u"knotd not found (apt-get install knot)"_s;
        return false;
    }
    const QString root = m_dir->path();
    QDir().mkpath(root + u"/run"_s);
    QDir().mkpath(root + u"/db"_s);

    const QFileInfoList zoneFiles =
        QDir(options.zonesDir).entryInfoList({u"*.zone"_s}, QDir::Files | QDir::Readable, QDir::Name);
    if (zoneFiles.isEmpty() && options.servfailZones.isEmpty()) {
        *error = u"no zone files in "_s + options.zonesDir;
        return false;
    }
    m_knotPort = freePort();
    QString conf;
    QTextStream s(&conf);
    s << "server:\n    rundir: \"" << root << "/run\"\n";
    s << "    listen: [ 127.0.0.1@" << m_knotPort;
    if (options.ipv6)
        s << ", ::1@" << m_knotPort;
    s << " ]\n";
    s << "    udp-workers: 4\n    tcp-workers: 2\n";
    s << "database:\n    storage: \"" << root << "/db\"\n";
    s << "log:\n  - target: stderr\n    any: error\n";
    s << "template:\n  - id: default\n    zonefile-sync: -1\n    zonefile-load: whole\n"
         "    journal-content: none\n    semantic-checks: off\n";
    s << "zone:\n";
    for (const QFileInfo& file : zoneFiles)
        s << "  - domain: \"" << zoneNameOf(file) << "\"\n    file: \"" << file.absoluteFilePath() << "\"\n";
    for (const QString& zone : options.servfailZones)
        s << "  - domain: \"" << zone << "\"\n    file: \"" << root << "/absent-" << zone << ".zone\"\n";
    s.flush();
    QFile confFile(root + u"/knot.conf"_s);
    if (!confFile.open(QIODevice::WriteOnly) || confFile.write(conf.toUtf8()) < 0) {
        *error = u"cannot write knot.conf"_s;
        return false;
    }
    confFile.close();

    m_knot = std::make_unique<QProcess>();
    startChild(*m_knot, knotd, {u"-c"_s, confFile.fileName()});
    if (!m_knot->waitForStarted(5000)) {
        *error = u"knotd did not start: "_s + m_knot->errorString();
        return false;
    }
    const QString probe = zoneFiles.isEmpty() ? options.servfailZones.first() : zoneNameOf(zoneFiles.first());
    if (!waitForDnsServer(m_knotPort, probe, 10000)) {
        *error = u"knotd did not answer: "_s + QString::fromUtf8(m_knot->readAll());
        return false;
    }
    return true;
}

bool DnsLab::startDnsdist(const DnsLabOptions& options, QString* error) {
    const QString dnsdist = findProgram(u"dnsdist"_s);
    if (dnsdist.isEmpty()) {
        *error = u"dnsdist not found (apt-get install dnsdist)"_s;
        return false;
    }
    m_dnsdistPort = freePort();
    const QFileInfoList zoneFiles =
        QDir(options.zonesDir).entryInfoList({u"*.zone"_s}, QDir::Files, QDir::Name);
    QString checkName = zoneFiles.isEmpty() ? u"."_s : zoneNameOf(zoneFiles.first());
    if (!checkName.endsWith(u'.'))
        checkName += u'.';

    QString conf;
    QTextStream s(&conf);
    s << "setLocal(\"127.0.0.1:" << m_dnsdistPort << "\")\n";
    if (options.ipv6)
        s << "addLocal(\"[::1]:" << m_dnsdistPort << "\")\n";
    s << "setSecurityPollSuffix(\"\")\n";
    // Room for bursts of a thousand queries (the kernel caps this at net.core.rmem_max).
    s << "setUDPSocketBufferSizes(4194304, 4194304)\n";
    s << "newServer({address=\"127.0.0.1:" << m_knotPort << "\", checkType=\"SOA\", checkName=\"" << checkName
      << "\", mustResolve=false, sockets=8})\n";
    for (const QString& rule : options.dnsdistRules)
        s << rule << '\n';
    if (options.delayMs > 0)
        s << "addAction(AllRule(), DelayAction(" << options.delayMs << "))\n";
    s.flush();
    QFile confFile(m_dir->path() + u"/dnsdist.conf"_s);
    if (!confFile.open(QIODevice::WriteOnly) || confFile.write(conf.toUtf8()) < 0) {
        *error = u"cannot write dnsdist.conf"_s;
        return false;
    }
    confFile.close();

    m_dnsdist = std::make_unique<QProcess>();
    startChild(*m_dnsdist, dnsdist,
               {u"--supervised"_s, u"--disable-syslog"_s, u"-C"_s, confFile.fileName()});
    if (!m_dnsdist->waitForStarted(5000)) {
        *error = u"dnsdist did not start: "_s + m_dnsdist->errorString();
        return false;
    }
    if (!waitForDnsServer(m_dnsdistPort, checkName, 10000)) {
        *error = u"dnsdist did not answer: "_s + QString::fromUtf8(m_dnsdist->readAll());
        return false;
    }
    return true;
}

void DnsLab::stop() {
    stopChild(m_dnsdist);
    stopChild(m_knot);
    m_dir.reset();
}

} // namespace rebound::lab
