// DKIM verification throughput (messages/s) of core/message on the set dkimpy_bench.py makes: every
// message parsed and both of its signatures (RSA-2048 and Ed25519) verified, keys held in memory, so
// the figure is the verifier's own (no DNS). Compare with `dkimpy_bench.py run DIR N`.
//   bench_dkim DIR [N]
#include "core/auth/dkimkey.h"
#include "core/message/dkimsignature.h"
#include "core/message/dkimverifier.h"
#include "core/message/rawmessage.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QTextStream>

using namespace Qt::StringLiterals;

using namespace rebound;

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    if (args.size() < 2) {
        out << "usage: bench_dkim DIR [N]  (DIR from bench/message/dkimpy_bench.py make DIR)\n";
        return 64;
    }
    const QDir dir(args.at(1));
    const int n = args.size() > 2 ? args.at(2).toInt() : 2000;
    QHash<QString, auth::DkimKey> keys;
    QFile keyFile(dir.filePath(u"keys.txt"_s));
    if (!keyFile.open(QIODevice::ReadOnly))
        return 66;
    for (const QByteArray& line : keyFile.readAll().split('\n')) {
        const qsizetype space = line.indexOf(' ');
        if (space > 0)
            keys.insert(QString::fromLatin1(line.left(space)), auth::parseDkimKey({line.mid(space + 1)}));
    }
    for (const QString& name : dir.entryList({u"*.eml"_s}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return 66;
        const QByteArray bytes = file.readAll();
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < n; ++i) {
            const message::RawMessage raw = message::parseRawMessage(bytes);
            message::BodyHashCache bodyHashes(&raw.body);
            for (int index : raw.indexesOf("dkim-signature")) {
                message::DkimSignature sig = message::parseDkimSignature(raw.fields.at(index).rawValue(), 0);
                sig.fieldIndex = index;
                const auth::DkimKey key = keys.value(sig.selector + u"._domainkey."_s + sig.domain);
                if (message::verifyDkim(raw, sig, key, &bodyHashes).result != message::DkimResult::Pass) {
                    out << name << ": a signature did not verify\n";
                    return 1;
                }
            }
        }
        const double seconds = timer.nsecsElapsed() / 1e9;
        out << "rebound " << name << ": " << n << " messages (2 signatures each) in "
            << QString::number(seconds, 'f', 2) << " s: " << QString::number(n / seconds, 'f', 0)
            << " messages/s\n";
    }
    return 0;
}
