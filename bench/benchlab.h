// Shared by the benchmarks: starts the DNS lab, or says on stderr why it did not start; the load average
// and CPU times they print beside their figures.
#pragma once

#include "lab/dnslab.h"

#include <QFile>

#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

namespace rebound::bench {

inline bool startLab(lab::DnsLab& lab, const lab::DnsLabOptions& options) {
    QString error;
    if (lab.start(options, &error))
        return true;
    std::fprintf(stderr, "lab: %s\n", qPrintable(error));
    return false;
}

// The machine's load average over the last minute, as /proc/loadavg gives it.
inline QString loadAverage() {
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll().split(' ').value(0))
                                          : QStringLiteral("?");
}

// CPU time (user + system) in ms of this process (pid 0), or of another one by pid (all its threads).
inline double cpuMs(qint64 pid = 0) {
    if (pid == 0) {
        rusage usage{};
        ::getrusage(RUSAGE_SELF, &usage);
        return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
               + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
    }
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    // The fields after the command name (which may hold spaces): utime and stime are fields 14 and 15.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) * 1000.0 / double(::sysconf(_SC_CLK_TCK));
}

} // namespace rebound::bench
