#include "smtpzones.h"

#include <QFile>

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

} // namespace

bool writeSmtpZones(const QString& dir, quint16 port, const QString& spkiSha256Hex, QString* error) {
    const QString zone = QStringLiteral("$TTL 60\n"
                                        "@ IN SOA ns.smtp.test. hostmaster.smtp.test. 1 3600 600 86400 60\n"
                                        "@ IN NS ns.smtp.test.\n"
                                        "ns IN A 127.0.0.1\n"
                                        "@ IN MX 10 mx.smtp.test.\n"
                                        "mx IN A 127.0.0.1\n"
                                        "mx IN AAAA ::1\n"
                                        "_%1._tcp.mx IN TLSA 3 1 1 %2\n"
                                        "blocked IN MX 10 b1.smtp.test.\n"
                                        "blocked IN MX 20 b2.smtp.test.\n"
                                        "b1 IN A 127.0.0.3\n"
                                        "b2 IN A 127.0.0.4\n"
                                        "nomx IN A 127.0.0.1\n"
                                        "nullmx IN MX 0 .\n")
                             .arg(port)
                             .arg(spkiSha256Hex);
    const QString reverse =
        QStringLiteral("$TTL 60\n"
                       "@ IN SOA ns.smtp.test. hostmaster.smtp.test. 1 3600 600 86400 60\n"
                       "@ IN NS ns.smtp.test.\n"
                       "1 IN PTR mx.smtp.test.\n");
    return writeFile(dir + u"/smtp.test.zone"_s, zone, error)
           && writeFile(dir + u"/0.0.127.in-addr.arpa.zone"_s, reverse, error);
}

} // namespace rebound::smtptest
