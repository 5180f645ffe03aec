// Replays a fuzz target's seed corpus and every input that once crashed, hung or leaked
// (tests/fuzz/regressions/<target>/) through the same LLVMFuzzerTestOneInput, in the normal build: a
// regression aborts the test, and each input must finish within a time bound.
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

class FuzzReplay final : public QObject {
    Q_OBJECT

private slots:
    void replay_data() {
        QTest::addColumn<QString>("path");
        int rows = 0;
        for (const char* folder : {"corpus", "regressions"}) {
            const QString dir =
                QStringLiteral(REBOUND_FUZZ_DIR "/%1/" REBOUND_FUZZ_TARGET).arg(QLatin1String(folder));
            QDirIterator it(dir, QDir::Files);
            while (it.hasNext()) {
                const QString path = it.next();
                QTest::newRow(qPrintable(QLatin1String(folder) + u'/' + it.fileName())) << path;
                ++rows;
            }
        }
        QVERIFY2(rows > 0, "no corpus for " REBOUND_FUZZ_TARGET);
    }

    void replay() {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray input = file.readAll();
        QElapsedTimer timer;
        timer.start();
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.constData()), size_t(input.size()));
        // Generous for Debug and sanitizer builds; a hang is orders of magnitude above it.
        QVERIFY2(timer.elapsed() < 5000, qPrintable(u"took %1 ms"_s.arg(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(FuzzReplay)
#include "fuzzreplay.moc"
