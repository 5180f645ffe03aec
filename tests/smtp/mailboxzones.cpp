#include "mailboxzones.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace rebound::smtptest {
namespace {

bool writeZone(const QString& path, const QString& origin, const QString& records, QString* error) {
    const QString text = QStringLiteral("$TTL 60\n"
                                        "@ IN SOA ns.%1. hostmaster.%1. 1 3600 600 86400 60\n"
                                        "@ IN NS ns.%1.\n"
                                        "ns IN A 127.0.0.1\n")
                             .arg(origin)
                         + records;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0) {
        *error = u"cannot write "_s + path;
        return false;
    }
    return true;
}

} // namespace

bool writeMailboxZones(const QString& dir, QString* error) {
    return writeZone(dir + u"/mbox.test.zone"_s, u"mbox.test"_s,
                     u"mx IN A 127.0.0.1\n"
                     "accept IN MX 10 mx.mbox.test.\n"
                     "reject IN MX 10 mx.mbox.test.\n"
                     "catchall IN MX 10 mx.mbox.test.\n"
                     "grey IN MX 10 mx.mbox.test.\n"
                     "other IN MX 10 mx.mbox.test.\n"
                     "ymail IN MX 1 mta5.am0.yahoodns.net.\n"
                     "nullmx IN MX 0 .\n"_s,
                     error)
           && writeZone(dir + u"/yahoodns.net.zone"_s, u"yahoodns.net"_s, u"mta5.am0 IN A 127.0.0.1\n"_s,
                        error);
}

} // namespace rebound::smtptest
