// Shared by the message tests: runs a MessageAnalyzer to its end, and turns a FAKE_DNS.dat style
// key list into a lab zone.
#pragma once

#include "core/dns/resolver.h"
#include "core/dns/serverlist.h"
#include "core/message/messageanalysis.h"
#include "lab/dnslab.h"
#include "lab/shareddata.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

namespace rebound::messagetest {

inline message::MessageReport analyze(dns::Resolver* resolver, const QByteArray& bytes, qint64 now = 0) {
    message::MessageAnalyzer analyzer(resolver);
    std::optional<message::MessageReport> report;
    message::MessageRequest request;
    request.bytes = bytes;
    request.now = now;
    QObject::connect(&analyzer, &message::MessageAnalyzer::finished, &analyzer,
                     [&] { report = analyzer.result(); });
    analyzer.start(request);
    if (!QTest::qWaitFor([&] { return report.has_value(); }, 60000))
        qFatal("the message analysis did not end");
    return *report;
}

// A TXT record's data in zone-file syntax: quoted strings of at most 255 bytes.
inline QByteArray zoneTxt(const QByteArray& text) {
    QByteArray out;
    for (qsizetype i = 0; i == 0 || i < text.size(); i += 255) {
        QByteArray chunk = text.mid(i, 255);
        chunk.replace("\\", "\\\\").replace("\"", "\\\"");
        out += " \"" + chunk + '"';
    }
    return out;
}

// Mail::DKIM's FAKE_DNS.dat ("name value" lines; NXDOMAIN, ~~Query timed out~~ and ~~SERVFAIL~~ are
// served by leaving the name out and by dnsdist rules) as root zone records.
inline QByteArray zoneFromFakeDns(const QByteArray& data, QStringList* dropNames,
                                  QStringList* servfailNames) {
    QByteArray zone;
    for (const QByteArray& rawLine : data.split('\n')) {
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype space = line.indexOf(' ');
        const QByteArray name = line.left(space);
        QByteArray value = line.mid(space).trimmed();
        if (value == "NXDOMAIN")
            continue;
        if (value.contains("timed out")) {
            *dropNames << QString::fromLatin1(name);
            continue;
        }
        if (value.contains("SERVFAIL")) {
            *servfailNames << QString::fromLatin1(name);
            continue;
        }
        if (value == "\"\"")
            value.clear();
        zone += name + ". IN TXT" + zoneTxt(value) + '\n';
    }
    return zone;
}

// Writes zone as the root zone under dir/zones and starts the lab on it; the resolver asks the lab.
inline std::unique_ptr<dns::Resolver> startLab(lab::DnsLab* dnsLab, const QString& dir,
                                               const QByteArray& zone, const QStringList& dnsdistRules,
                                               int timeoutMs, QString* error) {
    QFile out(dir + QStringLiteral("/zones/root.zone"));
    if (!QDir(dir).mkpath(QStringLiteral("zones")) || !out.open(QIODevice::WriteOnly)
        || out.write(zone) != zone.size()) {
        *error = QStringLiteral("cannot write the zone");
        return {};
    }
    out.close();
    lab::DnsLabOptions options;
    options.zonesDir = dir + QStringLiteral("/zones");
    options.dnsdistRules = dnsdistRules;
    if (!dnsLab->start(options, error))
        return {};
    dns::ResolverConfig config;
    config.servers = *dns::parseServerList(dnsLab->server());
    config.timeoutMs = timeoutMs;
    return std::make_unique<dns::Resolver>(config);
}

// The Mail::DKIM verifier corpus (Perl licence, see its LICENSE-NOTE).
inline const QString corpusDir = lab::sharedPath(QStringLiteral("corpora/dkim/mail-dkim"));

// A file's bytes, empty when it cannot be read.
inline QByteArray readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs tests/message/dkimsign.py (Debian's python3-dkim) with args on input; see its usage text.
inline QByteArray dkimsign(const QStringList& args, const QByteArray& input) {
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"),
            QStringList{QStringLiteral(REBOUND_TEST_DATA_DIR "/message/dkimsign.py")} + args);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qFatal("dkimsign.py %s failed: %s", qPrintable(args.join(u' ')),
               p.readAllStandardError().constData());
    return p.readAllStandardOutput();
}

inline QByteArray rootZoneHeader() {
    return "$TTL 300\n. IN SOA ns.lab. hostmaster.lab. 1 3600 600 86400 60\n. IN NS ns.lab.\nns.lab. IN A "
           "127.0.0.1\n";
}

} // namespace rebound::messagetest
