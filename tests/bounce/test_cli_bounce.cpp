// Runs the built rebound-cli: `bounce FILE --json`, a directory, standard input, and the exit codes.
#include "core/bounce/bounceanalyzer.h"
#include "core/bounce/bouncejson.h"
#include "lab/clirun.h"
#include "lab/shareddata.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {

using rebound::lab::CliRun;
using rebound::lab::runCli;

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

const QByteArray kReply =
    "554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org\n";

// An mbox of `count` bounces, each to its own recipient, about `padding` bytes each.
QByteArray makeMbox(int count, int padding) {
    QByteArray mbox;
    for (int i = 0; i < count; ++i) {
        const QByteArray n = QByteArray::number(i);
        mbox += "From MAILER-DAEMON Mon Jan  1 00:00:00 2024\nFrom: MAILER-DAEMON@example.net\n"
                "To: sender@example.net\nSubject: Undelivered "
                + n + "\n\n<user" + n + "@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 <user"
                + n + "@example.org>: Recipient address rejected: User unknown\n" + QByteArray(padding, 'x')
                + "\n\n";
    }
    return mbox;
}

// Runs the CLI and writes input to its standard input in three pieces with pauses between them, as a
// slow pipe would.
CliRun runWithPausingInput(const QStringList& args, const QByteArray& input) {
    QProcess process;
    process.start(QStringLiteral(REBOUND_CLI_PATH), args);
    if (!process.waitForStarted())
        return {};
    for (const auto& [from, length] :
         {std::pair<qsizetype, qsizetype>{0, 50000}, {50000, 30000}, {80000, -1}}) {
        process.write(length < 0 ? input.sliced(from) : input.sliced(from, length));
        process.waitForBytesWritten();
        if (length >= 0)
            QThread::msleep(400);
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace

class TestCliBounce : public QObject {
    Q_OBJECT

private slots:
    void fileAsJson() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"reply.txt"_s);
        writeFile(path, kReply);
        const CliRun run = runCli({u"bounce"_s, path, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(root.value(u"schema").toString(), u"rebound.bounce"_s);
        QCOMPARE(root.value(u"version").toInt(), 1);
        QCOMPARE(root.value(u"kind").toString(), u"smtp_reply"_s);
        const QJsonObject r = root.value(u"recipients").toArray().first().toObject();
        for (const char* key :
             {"recipient", "reply_code", "status", "reason", "hard_bounce", "sender_ip", "remote_mta",
              "blocklists", "provider", "provider_code", "diagnostic", "evidence"})
            QVERIFY2(r.contains(QLatin1String(key)), key);
        QCOMPARE(r.value(u"reply_code").toInt(), 554);
        QCOMPARE(r.value(u"status").toString(), u"5.7.1"_s);
        QCOMPARE(r.value(u"reason").toString(), u"blocked"_s);
        QCOMPARE(r.value(u"sender_ip").toString(), u"203.0.113.7"_s);
        QCOMPARE(r.value(u"blocklists").toArray().first().toString(), u"zen.spamhaus.org"_s);
        QVERIFY(!r.value(u"evidence").toArray().isEmpty());
    }

    void corpusFileAsText() {
        const QString path = rebound::lab::sharedPath(u"corpora/bounces/sisimai-dev/lhost-postfix-01.eml"_s);
        REBOUND_REQUIRE_SHARED(path);
        const CliRun run = runCli({u"bounce"_s, path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("Recipient: r@p351355.pool.example.ne.jp"));
        QVERIFY(run.out.contains("Reason: mailererror: "));
    }

    void directoryGivesOneResultPerFile() {
        QTemporaryDir dir;
        writeFile(dir.filePath(u"a.txt"_s), kReply);
        writeFile(dir.filePath(u"b.txt"_s),
                  "550 5.1.1 <x@example.org>: Recipient address rejected: User unknown\n");
        writeFile(dir.filePath(u"c.txt"_s), "nothing to see here\n");
        const CliRun run = runCli({u"bounce"_s, dir.path(), u"--json"_s});
        QCOMPARE(run.exitCode, 1); // c.txt holds nothing recognisable
        const QJsonArray results = QJsonDocument::fromJson(run.out).object().value(u"results").toArray();
        QCOMPARE(results.size(), 3);
        QCOMPARE(results.at(0).toObject().value(u"file").toString(), u"a.txt"_s);
        QCOMPARE(results.at(1)
                     .toObject()
                     .value(u"recipients")
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"reason")
                     .toString(),
                 u"userunknown"_s);
        QCOMPARE(results.at(2).toObject().value(u"kind").toString(), u"unrecognised"_s);
    }

    void standardInputAndJsonLines() {
        const CliRun run = runCli({u"bounce"_s, u"-"_s, u"--json-lines"_s}, kReply);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.count('\n'), 1);
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(u"kind").toString(), u"smtp_reply"_s);
    }

    // A pipe that delivers more than 64 KiB, pausing in the middle: all of it is read.
    void standardInputIsReadToItsEnd() {
        const QByteArray mbox = makeMbox(400, 300); // about 190 KiB
        const CliRun run = runWithPausingInput({u"bounce"_s, u"-"_s, u"--json"_s}, mbox);
        QCOMPARE(run.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(root.value(u"kind").toString(), u"mbox"_s);
        QCOMPARE(root.value(u"message_count").toInt(), 400);
        const QJsonArray recipients = root.value(u"recipients").toArray();
        QCOMPARE(recipients.size(), 400);
        QCOMPARE(recipients.last().toObject().value(u"recipient").toString(), u"user399@example.org"_s);
    }

    // `diagnose -` reads its input the same way (it kept the first 64 KiB: 90 of these messages).
    // Nothing answers DNS at port 9, so the checks end at once as could-not-check.
    void diagnoseReadsStandardInputToItsEnd() {
        const CliRun run = runWithPausingInput({u"--dns"_s, u"127.0.0.1:9"_s, u"--timeout"_s, u"50"_s,
                                                u"diagnose"_s, u"-"_s, u"--no-smtp"_s, u"--json"_s},
                                               makeMbox(400, 300));
        const QJsonObject bounce = QJsonDocument::fromJson(run.out).object().value(u"bounce").toObject();
        QCOMPARE(bounce.value(u"message_count").toInt(), 400);
        QCOMPARE(bounce.value(u"recipients").toArray().size(), 400);
    }

    // An mbox is printed message by message, on worker threads; what it says is what the whole-input
    // analysis says, in every format and from a file or standard input.
    void mboxIsStreamedAsTheWholeAnalysisSays() {
        const QByteArray mbox = makeMbox(300, 200);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bounces.mbox"_s);
        writeFile(path, mbox);
        QJsonObject expected = rebound::bounce::toJson(rebound::bounce::analyzeBounce(mbox));
        const CliRun fromStdin = runCli({u"bounce"_s, u"-"_s, u"--json"_s}, mbox);
        QCOMPARE(fromStdin.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(fromStdin.out).object(), expected);
        expected.insert(u"file"_s, path);
        const CliRun json = runCli({u"bounce"_s, path, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(json.out).object(), expected);
        const CliRun lines = runCli({u"bounce"_s, path, u"--json-lines"_s});
        QCOMPARE(lines.out.count('\n'), 1);
        QCOMPARE(QJsonDocument::fromJson(lines.out).object(), expected);
        const CliRun text = runCli({u"bounce"_s, path});
        QCOMPARE(text.out.count("\nRecipient: user"), 300);
        QVERIFY(text.out.startsWith("Input: mbox\n"));
        QVERIFY(text.out.contains("\nMessages: 300\n"));
    }

    // A directory is analysed on worker threads and printed in name order.
    void directoryKeepsNameOrder() {
        QTemporaryDir dir;
        for (int i = 0; i < 60; ++i)
            writeFile(dir.filePath(u"f%1.eml"_s.arg(i, 3, 10, QChar(u'0'))), makeMbox(1, i * 50).sliced(44));
        const CliRun run = runCli({u"bounce"_s, dir.path(), u"--json-lines"_s});
        QCOMPARE(run.exitCode, 0);
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 60);
        for (int i = 0; i < 60; ++i) {
            const QJsonObject o = QJsonDocument::fromJson(lines.at(i)).object();
            QCOMPARE(o.value(u"file").toString(), u"f%1.eml"_s.arg(i, 3, 10, QChar(u'0')));
            QCOMPARE(o.value(u"recipients").toArray().first().toObject().value(u"recipient").toString(),
                     u"user0@example.org"_s);
        }
    }

    // Issue 23: a 20 MB mbox is analysed in bounded memory (it took about 10x its size). GNU time
    // measures the CLI's own peak: a child forked from this (large) test process would count the
    // test's pages until its exec.
    void peakMemoryOfABigMboxIsBounded() {
        if (!QFile::exists(u"/usr/bin/time"_s))
            QSKIP("GNU time (Debian package time) is not installed");
        QTemporaryDir dir;
        const QString path = dir.filePath(u"big.mbox"_s);
        const QString rss = dir.filePath(u"rss"_s);
        const QByteArray mbox = makeMbox(9000, 2300); // 9,000 messages of about 2.5 KB: 22 MB
        QVERIFY(mbox.size() > 20 * 1000 * 1000);
        writeFile(path, mbox);
        const auto peakOf = [&](const QString& input, const QString& format) {
            QProcess process;
            process.setStandardOutputFile(QProcess::nullDevice());
            process.start(u"/usr/bin/time"_s, {u"-f"_s, u"%M"_s, u"-o"_s, rss,
                                               QStringLiteral(REBOUND_CLI_PATH), u"bounce"_s, input, format});
            if (!process.waitForFinished(120000) || process.exitCode() != 0)
                return -1.0;
            QFile file(rss);
            return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toDouble() / 1024.0 : -1.0;
        };
        const QString one = dir.filePath(u"one.eml"_s);
        writeFile(one, makeMbox(1, 2300).sliced(44));
        const double base = peakOf(one, u"--json-lines"_s);
        const double lines = peakOf(path, u"--json-lines"_s);
        const double json = peakOf(path, u"--json"_s);
        qInfo("peak RSS: one message %.1f MiB; %.1f MB mbox %.1f MiB (--json-lines), %.1f MiB (--json)", base,
              double(mbox.size()) / 1e6, lines, json);
        QVERIFY(base > 0 && lines > 0 && json > 0);
#if defined(__SANITIZE_ADDRESS__)
        QSKIP("AddressSanitizer's quarantine (256 MB) and shadow memory make RSS meaningless here");
#endif
        // Bounded by a fixed base (the process, its libraries, ICU's data, the knowledge) plus the
        // messages in flight, never by the input: 15 MiB over the one-message run leaves room for
        // the worker threads' allocator arenas; the input alone is 21 MiB.
        QVERIFY2(lines < base + 15, qPrintable(QString::number(lines)));
        QVERIFY2(json < base + 15, qPrintable(QString::number(json)));
    }

    void exitCodes() {
        QTemporaryDir dir;
        QCOMPARE(runCli({u"bounce"_s, dir.filePath(u"missing.eml"_s)}).exitCode, 66);
        QCOMPARE(runCli({u"bounce"_s}).exitCode, 64);
        writeFile(dir.filePath(u"empty.eml"_s), "");
        QCOMPARE(runCli({u"bounce"_s, dir.filePath(u"empty.eml"_s)}).exitCode, 1);
        writeFile(dir.filePath(u"binary.bin"_s), QByteArray("\x7f"
                                                            "ELF\x02\x01\x01\0\0\0\0\0",
                                                            12));
        const CliRun binary = runCli({u"bounce"_s, dir.filePath(u"binary.bin"_s), u"--json"_s});
        QCOMPARE(binary.exitCode, 2);
        QCOMPARE(QJsonDocument::fromJson(binary.out).object().value(u"kind").toString(), u"binary"_s);
        // A compressed bounce: the refusal says how to read it (through standard input).
        QByteArray gzip("\x1F\x8B\x08\x00", 4);
        for (int i = 0; i < 4096; ++i)
            gzip += char((i * 7919) & 0xff);
        writeFile(dir.filePath(u"bounce.eml.gz"_s), gzip);
        const CliRun compressed = runCli({u"bounce"_s, dir.filePath(u"bounce.eml.gz"_s)});
        QCOMPARE(compressed.exitCode, 2);
        QVERIFY2(compressed.err.contains("gunzip -c FILE | rebound-cli bounce -"),
                 compressed.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliBounce)
#include "test_cli_bounce.moc"
