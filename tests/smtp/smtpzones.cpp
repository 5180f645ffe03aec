#include "smtpzones.h"

#include <QDir>
#include <QFile>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace rebound::smtptest {
namespace {

bool writeFile(const QString& path, const QString& text, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0) {
        *error = u"cannot write "_s + path;
        return false;
    }
    return true;
}

bool run(const QString& program, const QStringList& arguments, const QString& workDir, QByteArray* out,
         QString* error) {
    QProcess process;
    process.setWorkingDirectory(workDir);
    process.start(program, arguments);
    if (!process.waitForFinished(20000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *error = program + u" failed: "_s + QString::fromLocal8Bit(process.readAllStandardError());
        return false;
    }
    *out = process.readAllStandardOutput();
    return true;
}

} // namespace

bool generateZoneKey(const QString& zone, const QString& keyDir, QString* keyFile, QString* error) {
    QByteArray out;
    if (!run(u"ldns-keygen"_s, {u"-a"_s, u"ECDSAP256SHA256"_s, u"-k"_s, zone}, keyDir, &out, error))
        return false;
    *keyFile = QDir(keyDir).filePath(QString::fromLatin1(out.trimmed()) + u".key"_s);
    return true;
}

bool signSmtpZone(const QString& dir, const QString& keyFile, QString* error) {
    const QString zone = dir + u"/smtp.test.zone"_s;
    const QString signedZone = zone + u".signed"_s;
    QString base = keyFile;
    base.chop(4); // ".key"
    QByteArray out;
    if (!run(u"ldns-signzone"_s, {u"-o"_s, u"smtp.test."_s, u"-f"_s, signedZone, zone, base}, dir, &out,
             error))
        return false;
    QFile::remove(zone);
    if (!QFile::rename(signedZone, zone)) {
        *error = u"cannot rename "_s + signedZone;
        return false;
    }
    return true;
}

bool writeSmtpZones(const QString& dir, quint16 port, const QString& spkiSha256Hex, QString* error) {
    const QString zone = QStringLiteral("$TTL 60\n"
                                        "@ IN SOA ns.smtp.test. hostmaster.smtp.test. 1 3600 600 86400 60\n"
                                        "@ IN NS ns.smtp.test.\n"
                                        "ns IN A 127.0.0.1\n"
                                        "@ IN MX 10 mx.smtp.test.\n"
                                        "mx IN A 127.0.0.1\n"
                                        "mx IN AAAA ::1\n"
                                        "_%1._tcp.mx IN TLSA 3 1 1 %2\n"
                                        "mx2 IN A 127.0.0.1\n"
                                        "_%1._tcp.mx2 IN TLSA 3 1 1 %3\n"
                                        "blocked IN MX 10 b1.smtp.test.\n"
                                        "blocked IN MX 20 b2.smtp.test.\n"
                                        "b1 IN A 127.0.0.3\n"
                                        "b2 IN A 127.0.0.4\n"
                                        "nomx IN A 127.0.0.1\n"
                                        "nullmx IN MX 0 .\n")
                             .arg(port)
                             .arg(spkiSha256Hex, QString(64, u'0'));
    const QString reverse =
        QStringLiteral("$TTL 60\n"
                       "@ IN SOA ns.smtp.test. hostmaster.smtp.test. 1 3600 600 86400 60\n"
                       "@ IN NS ns.smtp.test.\n"
                       "1 IN PTR mx.smtp.test.\n");
    return writeFile(dir + u"/smtp.test.zone"_s, zone, error)
           && writeFile(dir + u"/0.0.127.in-addr.arpa.zone"_s, reverse, error);
}

} // namespace rebound::smtptest
