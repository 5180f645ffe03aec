// tests/lab: the test lab's DNS half. Starts Knot (authoritative data from zone files) and dnsdist in
// front of it (latency, drops, SERVFAIL, truncation) on free loopback ports, and always stops both.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace rebound::lab {

struct DnsLabOptions {
    // Directory of zone files. "<zone>.zone" serves zone <zone>; "root.zone" serves the root zone ".".
    QString zonesDir;
    // Zones declared without a file: Knot answers SERVFAIL for every name in them.
    QStringList servfailZones;
    // dnsdist Lua lines inserted before the delay rule and the default forward (rules apply in order).
    QStringList dnsdistRules;
    // Milliseconds dnsdist adds to every UDP answer (0 for none).
    int delayMs = 0;
    // Also listen on [::1].
    bool ipv6 = true;
};

class DnsLab final {
public:
    DnsLab();
    ~DnsLab();
    DnsLab(const DnsLab&) = delete;
    DnsLab& operator=(const DnsLab&) = delete;

    // Starts both servers and waits until each answers; false with *error on failure.
    bool start(const DnsLabOptions& options, QString* error);
    void stop();

    quint16 knotPort() const { return m_knotPort; }
    quint16 dnsdistPort() const { return m_dnsdistPort; }
    // "127.0.0.1:PORT" of Knot directly, and of dnsdist (the usual server for tests).
    QString knotServer() const;
    QString server() const;
    QString serverV6() const; // "[::1]:PORT" of dnsdist

    // The directory of the default lab zones shipped with the tests.
    static QString defaultZonesDir();
    // A free port on 127.0.0.1 and ::1 for both UDP and TCP.
    static quint16 freePort();

private:
    bool startKnot(const DnsLabOptions& options, QString* error);
    bool startDnsdist(const DnsLabOptions& options, QString* error);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_knot;
    std::unique_ptr<QProcess> m_dnsdist;
    quint16 m_knotPort = 0;
    quint16 m_dnsdistPort = 0;
};

// Sends one SOA query for name to 127.0.0.1:port and waits for any answer until the deadline.
bool waitForDnsServer(quint16 port, const QString& name, int deadlineMs);

} // namespace rebound::lab
