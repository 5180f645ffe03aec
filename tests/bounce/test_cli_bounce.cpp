// Runs the built rebound-cli: `bounce FILE --json`, a directory, standard input, and the exit codes.
#include "lab/clirun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

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

} // namespace

class TestCliBounce : public QObject {
    Q_OBJECT

private slots:
    void fileAsJson() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"reply.txt"_qs);
        writeFile(path, kReply);
        const CliRun run = runCli({u"bounce"_qs, path, u"--json"_qs});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(root.value(u"schema").toString(), u"rebound.bounce"_qs);
        QCOMPARE(root.value(u"version").toInt(), 1);
        QCOMPARE(root.value(u"kind").toString(), u"smtp_reply"_qs);
        const QJsonObject r = root.value(u"recipients").toArray().first().toObject();
        for (const char* key :
             {"recipient", "reply_code", "status", "reason", "hard_bounce", "sender_ip", "remote_mta",
              "blocklists", "provider", "provider_code", "diagnostic", "evidence"})
            QVERIFY2(r.contains(QLatin1String(key)), key);
        QCOMPARE(r.value(u"reply_code").toInt(), 554);
        QCOMPARE(r.value(u"status").toString(), u"5.7.1"_qs);
        QCOMPARE(r.value(u"reason").toString(), u"blocked"_qs);
        QCOMPARE(r.value(u"sender_ip").toString(), u"203.0.113.7"_qs);
        QCOMPARE(r.value(u"blocklists").toArray().first().toString(), u"zen.spamhaus.org"_qs);
        QVERIFY(!r.value(u"evidence").toArray().isEmpty());
    }

    void corpusFileAsText() {
        const QString path =
            QStringLiteral(REBOUND_SHARED_DIR "/corpora/bounces/sisimai-dev/lhost-postfix-01.eml");
        if (!QFile::exists(path))
            QSKIP("the shared corpus is not present");
        const CliRun run = runCli({u"bounce"_qs, path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("Recipient: r@p351355.pool.example.ne.jp"));
        QVERIFY(run.out.contains("Reason: mailererror: "));
    }

    void directoryGivesOneResultPerFile() {
        QTemporaryDir dir;
        writeFile(dir.filePath(u"a.txt"_qs), kReply);
        writeFile(dir.filePath(u"b.txt"_qs),
                  "550 5.1.1 <x@example.org>: Recipient address rejected: User unknown\n");
        writeFile(dir.filePath(u"c.txt"_qs), "nothing to see here\n");
        const CliRun run = runCli({u"bounce"_qs, dir.path(), u"--json"_qs});
        QCOMPARE(run.exitCode, 1); // c.txt holds nothing recognisable
        const QJsonArray results = QJsonDocument::fromJson(run.out).object().value(u"results").toArray();
        QCOMPARE(results.size(), 3);
        QCOMPARE(results.at(0).toObject().value(u"file").toString(), u"a.txt"_qs);
        QCOMPARE(results.at(1)
                     .toObject()
                     .value(u"recipients")
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"reason")
                     .toString(),
                 u"userunknown"_qs);
        QCOMPARE(results.at(2).toObject().value(u"kind").toString(), u"unrecognised"_qs);
    }

    void standardInputAndJsonLines() {
        const CliRun run = runCli({u"bounce"_qs, u"-"_qs, u"--json-lines"_qs}, kReply);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.count('\n'), 1);
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(u"kind").toString(), u"smtp_reply"_qs);
    }

    void exitCodes() {
        QTemporaryDir dir;
        QCOMPARE(runCli({u"bounce"_qs, dir.filePath(u"missing.eml"_qs)}).exitCode, 66);
        QCOMPARE(runCli({u"bounce"_qs}).exitCode, 64);
        writeFile(dir.filePath(u"empty.eml"_qs), "");
        QCOMPARE(runCli({u"bounce"_qs, dir.filePath(u"empty.eml"_qs)}).exitCode, 1);
        writeFile(dir.filePath(u"binary.bin"_qs), QByteArray("\x7f"
                                                             "ELF\x02\x01\x01\0\0\0\0\0",
                                                             12));
        const CliRun binary = runCli({u"bounce"_qs, dir.filePath(u"binary.bin"_qs), u"--json"_qs});
        QCOMPARE(binary.exitCode, 2);
        QCOMPARE(QJsonDocument::fromJson(binary.out).object().value(u"kind").toString(), u"binary"_qs);
    }
};

QTEST_GUILESS_MAIN(TestCliBounce)
#include "test_cli_bounce.moc"
