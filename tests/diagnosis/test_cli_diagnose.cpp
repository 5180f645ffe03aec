// rebound-cli diagnose, run as a real process against the diagnosis lab: the JSON contract of issue 7
// (input, detected_as, bounce, checks, diagnosis with id/title/confidence/evidence/steps), the text
// output, standard input, and the exit codes.
#include "lab/clirun.h"
#include "lab/dnslab.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TestCliDiagnose : public QObject {
    Q_OBJECT

    rebound::lab::DnsLab m_lab;
    QTemporaryDir m_dir;

    rebound::lab::DnsLab m_droppingLab; // the same world, with all.s5h.net dropping every query

    rebound::lab::CliRun cli(const QStringList& args, const QByteArray& stdinData = {},
                             const QString& server = {}) {
        QStringList all{
            u"diagnose"_qs, u"--dns"_qs,     server.isEmpty() ? m_lab.server() : server, u"--timeout"_qs,
            u"1000"_qs,     u"--no-smtp"_qs, u"--check-documentation-ranges"_qs};
        return rebound::lab::runCli(all + args, stdinData);
    }

    QString writeFile(const QString& name, const QByteArray& content) {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write the test file");
        return path;
    }

    static QByteArray bounce(const char* reply) {
        return QByteArray(
                   "From: MAILER-DAEMON@mail.sender-corp.example\nSubject: Undelivered Mail Returned to "
                   "Sender\n\n<bob@recipient.example>: host mx.recipient.example[127.0.0.1] said: ")
               + reply + "\n";
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        rebound::lab::DnsLabOptions options;
        options.zonesDir = QStringLiteral(REBOUND_TEST_DATA_DIR "/diagnosis/zones");
        QString error;
        QVERIFY2(m_lab.start(options, &error), qPrintable(error));
        options.dnsdistRules << u"local drop = newSuffixMatchNode(); drop:add(\"all.s5h.net.\")"_qs
                             << u"addAction(SuffixMatchNodeRule(drop), DropAction())"_qs;
        QVERIFY2(m_droppingLab.start(options, &error), qPrintable(error));
    }

    static QList<QJsonObject> records(const QByteArray& out) {
        QList<QJsonObject> list;
        for (const QByteArray& line : out.split('\n')) {
            if (line.isEmpty())
                continue;
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
            if (error.error != QJsonParseError::NoError || !doc.isObject())
                qFatal("a --json-lines line is not one JSON object: %s", line.constData());
            list << doc.object();
        }
        return list;
    }

    static QJsonObject listResult(const QJsonObject& session, const QString& id) {
        for (const QJsonValue& check : session[u"checks"].toArray()) {
            for (const QJsonValue& list : check[u"result"][u"blocklists"].toArray()) {
                if (list[u"id"].toString() == id)
                    return list.toObject();
            }
        }
        return {};
    }

    // --json-lines streams: the input first, one record per check as it ends, the session last.
    void jsonLinesStreamEachCheck() {
        const rebound::lab::CliRun run = cli({u"alice@sender-corp.example"_qs, u"--json-lines"_qs});
        const QList<QJsonObject> lines = records(run.out);
        QVERIFY2(lines.size() >= 3, run.out.constData());
        QCOMPARE(lines.first()[u"type"].toString(), u"input"_qs);
        QCOMPARE(lines.first()[u"detected_as"].toString(), u"address"_qs);
        const QJsonObject session = lines.last();
        QCOMPARE(session[u"type"].toString(), u"session"_qs);
        const QJsonArray checks = session[u"checks"].toArray();
        QCOMPARE(lines.size(), checks.size() + 2);
        QSet<int> seen;
        for (int i = 1; i + 1 < lines.size(); ++i) {
            const QJsonObject record = lines.at(i);
            QCOMPARE(record[u"type"].toString(), u"check"_qs);
            const int index = record[u"index"].toInt(-1);
            QVERIFY(index >= 0 && index < checks.size() && !seen.contains(index));
            seen << index;
            QCOMPARE(record[u"id"].toString(), checks[index][u"id"].toString());
            QCOMPARE(record[u"state"].toString(), checks[index][u"state"].toString());
            QVERIFY(record[u"state"].toString() != u"running"_qs);
        }
        QVERIFY(session[u"lists_not_answering"].toArray().isEmpty());
    }

    // A list that drops every query: a clean address waits one deadline (1000 ms), not more, names the
    // list as not answering and reports it as could-not-check.
    void droppedListNamedAtTheDeadline() {
        QElapsedTimer timer;
        timer.start();
        const rebound::lab::CliRun run = cli({u"203.0.113.20"_qs, u"--json"_qs}, {}, m_droppingLab.server());
        const qint64 wall = timer.elapsed();
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QVERIFY2(!json.isEmpty(), run.err.constData());
        QVERIFY2(wall < 2500, qPrintable(QString::number(wall)));
        QCOMPARE(json[u"lists_not_answering"].toArray().size(), 1);
        QVERIFY(json[u"lists_not_answering"][0].toString().contains(u"all.s5h.net"_qs));
        const QJsonObject s5h = listResult(json, u"s5h"_qs);
        QCOMPARE(s5h[u"status"].toString(), u"unavailable"_qs);
        QCOMPARE(s5h[u"list_health"].toString(), u"not_answering"_qs);
        QVERIFY(!json[u"settled_early"].toBool());
        const rebound::lab::CliRun text = cli({u"203.0.113.20"_qs}, {}, m_droppingLab.server());
        QVERIFY2(text.out.contains(
                     "Lists not answering by the deadline (could not check): s5h.net RBL (all.s5h.net)"),
                 text.out.constData());
    }

    // A live listing makes the verdict final: the run does not wait for the dropped list's deadline,
    // and says what was still pending.
    void verdictWaitsOnlyForChecksThatCanChangeIt() {
        const QString path = writeFile(
            u"xbl-drop.txt"_qs,
            bounce(
                "554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org"));
        QElapsedTimer timer;
        timer.start();
        const rebound::lab::CliRun run = cli({path, u"--json-lines"_qs}, {}, m_droppingLab.server());
        const qint64 wall = timer.elapsed();
        QCOMPARE(run.exitCode, 2);
        const QJsonObject session = records(run.out).last();
        QCOMPARE(session[u"verdict"].toString(), u"problem_found"_qs);
        QVERIFY(session[u"settled_early"].toBool());
        QVERIFY2(
            QJsonDocument(session[u"lists_pending_at_verdict"].toArray()).toJson().contains("all.s5h.net"),
            QJsonDocument(session[u"lists_pending_at_verdict"].toArray()).toJson().constData());
        QVERIFY(!session[u"checks_pending_at_verdict"].toArray().isEmpty());
        QVERIFY2(wall < 1000, qPrintable(QString::number(wall))); // less than the dropped list's deadline
    }

    void jsonContract() {
        const QString path = writeFile(
            u"xbl.txt"_qs,
            bounce(
                "554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org"));
        const rebound::lab::CliRun run = cli({path, u"--json"_qs});
        QCOMPARE(run.exitCode, 2); // a critical cause
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QVERIFY2(!json.isEmpty(), run.err.constData());
        QCOMPARE(json[u"detected_as"].toString(), u"bounce"_qs);
        QVERIFY(json[u"input"].toString().contains(u"203.0.113.7"_qs));
        QCOMPARE(json[u"bounce"][u"recipients"][0][u"sender_ip"].toString(), u"203.0.113.7"_qs);
        const QJsonArray checks = json[u"checks"].toArray();
        QVERIFY(!checks.isEmpty());
        QCOMPARE(checks[0][u"id"].toString(), u"blocklists"_qs);
        QCOMPARE(checks[0][u"result"][u"ip"].toString(), u"203.0.113.7"_qs); // as `rebound-cli ip` prints it
        const QJsonArray diagnosis = json[u"diagnosis"].toArray();
        QVERIFY(!diagnosis.isEmpty());
        const QJsonObject top = diagnosis[0].toObject();
        QCOMPARE(top[u"id"].toString(), u"blocklist.spamhaus.xbl"_qs);
        QVERIFY(!top[u"title"].toString().isEmpty());
        QVERIFY(top[u"confidence"].toInt() > 80);
        QVERIFY(!top[u"evidence"].toArray().isEmpty());
        const QJsonArray steps = top[u"steps"].toArray();
        QVERIFY(steps.size() >= 2);
        for (const QJsonValue& step : steps) {
            QVERIFY(QStringList({u"you"_qs, u"provider"_qs, u"recipient"_qs})
                        .contains(step[u"actor"].toString()));
            QVERIFY(!step[u"text"].toString().isEmpty());
            QVERIFY(step[u"links"].isArray());
        }
        QVERIFY(QJsonDocument(top).toJson().contains("check.spamhaus.org/results/?query=203.0.113.7"));
    }

    void textFromStandardInput() {
        const rebound::lab::CliRun run =
            cli({u"-"_qs}, bounce("550 5.1.1 <bob@recipient.example>: Recipient address rejected: "
                                  "User unknown in virtual mailbox table"));
        const QString text = QString::fromUtf8(run.out);
        QVERIFY2(text.contains(u"1. "_qs), qPrintable(text));
        QVERIFY2(text.contains(u"[you]"_qs) || text.contains(u"[recipient]"_qs), qPrintable(text));
        QVERIFY(!text.contains(u"Spamhaus"_qs));
    }

    void inputKinds_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("detected");
        QTest::addColumn<QString>("checkId");
        QTest::newRow("ip") << u"203.0.113.20"_qs << u"ip"_qs << u"blocklists"_qs;
        QTest::newRow("cidr") << u"203.0.113.0/30"_qs << u"cidr"_qs << u"blocklist_range"_qs;
        QTest::newRow("domain") << u"sender-corp.example"_qs << u"domain"_qs << u"domain"_qs;
        QTest::newRow("address") << u"alice@sender-corp.example"_qs << u"address"_qs << u"domain"_qs;
    }

    void inputKinds() {
        QFETCH(QString, input);
        QFETCH(QString, detected);
        QFETCH(QString, checkId);
        const rebound::lab::CliRun run = cli({input, u"--json"_qs});
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QVERIFY2(!json.isEmpty(), run.err.constData());
        QCOMPARE(json[u"detected_as"].toString(), detected);
        QCOMPARE(json[u"checks"][0][u"id"].toString(), checkId);
        QCOMPARE(json[u"checks"][0][u"state"].toString(), u"done"_qs);
        QVERIFY(run.exitCode >= 0 && run.exitCode <= 3);
    }

    void usageErrors() {
        QCOMPARE(cli({}).exitCode, 64);
        QCOMPARE(cli({m_dir.filePath(u"missing.eml"_qs)}).exitCode, 66);
    }
};

QTEST_GUILESS_MAIN(TestCliDiagnose)
#include "test_cli_diagnose.moc"
