// Bounce parsing throughput: messages per second over the development corpus
// (../shared/corpora/bounces/sisimai-dev), all files read into memory first, then analysed in rounds
// until at least the given number of seconds has passed. Also times the hostile inputs the analyser
// must survive. Method and figures: docs/PERFORMANCE.md, "Bounce parsing".
#include "core/bounce/bounceanalyzer.h"
#include "lab/shareddata.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <ctime>

using namespace Qt::Literals::StringLiterals;

using namespace rebound::bounce;

namespace {

double secondsFor(const QByteArray& input, int rounds) {
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < rounds; ++i) {
        const BounceAnalysis a = analyzeBounce(input);
        Q_UNUSED(a);
    }
    return double(timer.nsecsElapsed()) / 1e9 / rounds;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString dirPath = args.size() > 1 && !args.at(1).isEmpty()
                                ? args.at(1)
                                : rebound::lab::sharedPath(u"corpora/bounces/sisimai-dev"_s);
    const double minSeconds = args.size() > 2 ? args.at(2).toDouble() : 5.0;

    QDir dir(dirPath);
    QList<QByteArray> inputs;
    qint64 bytes = 0;
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly)) {
            inputs.append(file.readAll());
            bytes += inputs.last().size();
        }
    }
    if (inputs.isEmpty()) {
        std::fprintf(stderr, "no input files in %s\n", qPrintable(dirPath));
        return 1;
    }
    // Warm-up: loads the knowledge once and touches every code path.
    for (const QByteArray& input : inputs)
        analyzeBounce(input);

    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    qint64 messages = 0;
    int rounds = 0;
    while (timer.elapsed() < qint64(minSeconds * 1000)) {
        for (const QByteArray& input : inputs) {
            const BounceAnalysis a = analyzeBounce(input);
            Q_UNUSED(a);
            ++messages; // one message per file
        }
        ++rounds;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    std::printf("corpus: %lld files, %.1f KiB, %d rounds in %.2f s\n", qlonglong(inputs.size()),
                bytes / 1024.0, rounds, seconds);
    std::printf("throughput (wall clock): %.0f messages/s, %.1f MiB/s, %.1f us/message\n", messages / seconds,
                rounds * double(bytes) / (1024 * 1024) / seconds, seconds * 1e6 / messages);
    // On a shared, loaded machine the wall clock counts time spent waiting for a core; CPU time does not.
    std::printf("throughput (CPU time):   %.0f messages/s, %.1f us/message\n", messages / cpuSeconds,
                cpuSeconds * 1e6 / messages);

    if (args.contains(u"--corpus-only"_s))
        return 0;
    // Hostile inputs: time for one analysis each.
    QByteArray text20mb;
    text20mb.reserve(20 * 1024 * 1024);
    while (text20mb.size() < 20 * 1024 * 1024)
        text20mb +=
            "550 5.1.1 <user@example.org>: Recipient address rejected: User unknown in virtual table\n";
    std::printf("hostile 20 MiB of reply lines: %.3f s\n", secondsFor(text20mb, 1));
    QByteArray lines;
    for (int i = 0; i < 100000; ++i)
        lines += "Nov 23 01:02:03 mx postfix/smtp[123]: ABC: to=<u" + QByteArray::number(i)
                 + "@example.org>, relay=mx.example.org[192.0.2.1]:25, dsn=5.1.1, status=bounced (host "
                   "mx.example.org[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command))\n";
    std::printf("hostile 100,000 Postfix log lines (%.1f MiB): %.3f s\n", lines.size() / 1048576.0,
                secondsFor(lines, 1));
    return 0;
}
