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

using namespace Qt::StringLiterals;

class TestCliDiagnose : public QObject {
    Q_OBJECT

    rebound::lab::DnsLab m_lab;
    QTemporaryDir m_dir;

    rebound::lab::DnsLab m_droppingLab; // the same world, with all.s5h.net dropping every query

    rebound::lab::CliRun cli(const QStringList& args, const QByteArray& stdinData = {},
                             const QString& server = {}) {
        QStringList all{
            u"diagnose"_s, u"--dns"_s,     server.isEmpty() ? m_lab.server() : server, u"--timeout"_s,
            u"1000"_s,     u"--no-smtp"_s, u"--check-documentation-ranges"_s};
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

    // Bytes that must never reach a terminal raw: C0 controls other than line feed and tab, DEL, C1
    // controls (U+0080-U+009F as UTF-8) and the bidi embeddings, overrides and isolates. Returns the
    // first offending offset, or -1.
    static qsizetype firstUnsafeByte(const QByteArray& bytes) {
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const auto c = static_cast<unsigned char>(bytes.at(i));
            if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f)
                return i;
            if (c == 0xc2 && i + 1 < bytes.size()) {
                const auto next = static_cast<unsigned char>(bytes.at(i + 1));
                if (next >= 0x80 && next <= 0x9f)
                    return i;
            }
            if (c == 0xe2 && i + 2 < bytes.size()) {
                const auto b1 = static_cast<unsigned char>(bytes.at(i + 1));
                const auto b2 = static_cast<unsigned char>(bytes.at(i + 2));
                if ((b1 == 0x80 && b2 >= 0xaa && b2 <= 0xae) || (b1 == 0x81 && b2 >= 0xa6 && b2 <= 0xa9))
                    return i;
            }
        }
        return -1;
    }

    static QByteArray hostileDsn() {
        return QByteArray("From: MAILER-DAEMON@mail.sender-corp.example\n"
                          "To: alice@sender-corp.example\n"
                          "Subject: Undelivered Mail \x1b]0;owned\x07\n"
                          "MIME-Version: 1.0\n"
                          "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B1\"\n\n"
                          "--B1\nContent-Type: text/plain; charset=utf-8\n\nThe mail system\n\n"
                          "--B1\nContent-Type: message/delivery-status\n\n"
                          "Reporting-MTA: dns; mail.sender-corp.example\n\n"
                          "Final-Recipient: rfc822; bob\x1b[2J@recipient.example\n"
                          "Action: failed\x1b[31m\xc2\x9b"
                          "31m\x7f\n"
                          "Status: 5.7.1\n"
                          "Remote-MTA: dns; mx\xe2\x80\xae"
                          "elpmaxe.recipient.example\n"
                          "Diagnostic-Code: smtp; 554 5.7.1 Client host [203.0.113.20] blocked "
                          "\xe2\x81\xa6"
                          "evil\xe2\x81\xa9 \xc2\x85 using zen.spamhaus.org\x1b[0m\n\n"
                          "--B1--\n");
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        rebound::lab::DnsLabOptions options;
        options.zonesDir = QStringLiteral(REBOUND_TEST_DATA_DIR "/diagnosis/zones");
        QString error;
        QVERIFY2(m_lab.start(options, &error), qPrintable(error));
        options.dnsdistRules << u"local drop = newSuffixMatchNode(); drop:add(\"all.s5h.net.\")"_s
                             << u"addAction(SuffixMatchNodeRule(drop), DropAction())"_s;
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
        const rebound::lab::CliRun run = cli({u"alice@sender-corp.example"_s, u"--json-lines"_s});
        const QList<QJsonObject> lines = records(run.out);
        QVERIFY2(lines.size() >= 3, run.out.constData());
        QCOMPARE(lines.first()[u"type"].toString(), u"input"_s);
        QCOMPARE(lines.first()[u"detected_as"].toString(), u"address"_s);
        const QJsonObject session = lines.last();
        QCOMPARE(session[u"type"].toString(), u"session"_s);
        const QJsonArray checks = session[u"checks"].toArray();
        QCOMPARE(lines.size(), checks.size() + 2);
        QSet<int> seen;
        for (int i = 1; i + 1 < lines.size(); ++i) {
            const QJsonObject record = lines.at(i);
            QCOMPARE(record[u"type"].toString(), u"check"_s);
            const int index = record[u"index"].toInt(-1);
            QVERIFY(index >= 0 && index < checks.size() && !seen.contains(index));
            seen << index;
            QCOMPARE(record[u"id"].toString(), checks[index][u"id"].toString());
            QCOMPARE(record[u"state"].toString(), checks[index][u"state"].toString());
            QVERIFY(record[u"state"].toString() != u"running"_s);
        }
        QVERIFY(session[u"lists_not_answering"].toArray().isEmpty());
    }

    // A list that drops every query: a clean address waits one deadline (1000 ms), not more, names the
    // list as not answering and reports it as could-not-check.
    void droppedListNamedAtTheDeadline() {
        QElapsedTimer timer;
        timer.start();
        const rebound::lab::CliRun run = cli({u"203.0.113.20"_s, u"--json"_s}, {}, m_droppingLab.server());
        const qint64 wall = timer.elapsed();
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QVERIFY2(!json.isEmpty(), run.err.constData());
        QVERIFY2(wall < 2500, qPrintable(QString::number(wall)));
        QCOMPARE(json[u"lists_not_answering"].toArray().size(), 1);
        QVERIFY(json[u"lists_not_answering"][0].toString().contains(u"all.s5h.net"_s));
        const QJsonObject s5h = listResult(json, u"s5h"_s);
        QCOMPARE(s5h[u"status"].toString(), u"unavailable"_s);
        QCOMPARE(s5h[u"list_health"].toString(), u"not_answering"_s);
        QVERIFY(!json[u"settled_early"].toBool());
        const rebound::lab::CliRun text = cli({u"203.0.113.20"_s}, {}, m_droppingLab.server());
        QVERIFY2(text.out.contains(
                     "Lists not answering by the deadline (could not check): s5h.net RBL (all.s5h.net)"),
                 text.out.constData());
    }

    // A live listing makes the verdict final: the run does not wait for the dropped list's deadline,
    // and says what was still pending.
    void verdictWaitsOnlyForChecksThatCanChangeIt() {
        const QString path = writeFile(
            u"xbl-drop.txt"_s,
            bounce(
                "554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org"));
        QElapsedTimer timer;
        timer.start();
        const rebound::lab::CliRun run = cli({path, u"--json-lines"_s}, {}, m_droppingLab.server());
        const qint64 wall = timer.elapsed();
        QCOMPARE(run.exitCode, 2);
        const QJsonObject session = records(run.out).last();
        QCOMPARE(session[u"verdict"].toString(), u"problem_found"_s);
        QVERIFY(session[u"settled_early"].toBool());
        QVERIFY2(
            QJsonDocument(session[u"lists_pending_at_verdict"].toArray()).toJson().contains("all.s5h.net"),
            QJsonDocument(session[u"lists_pending_at_verdict"].toArray()).toJson().constData());
        QVERIFY(!session[u"checks_pending_at_verdict"].toArray().isEmpty());
        QVERIFY2(wall < 1000, qPrintable(QString::number(wall))); // less than the dropped list's deadline
    }

    void jsonContract() {
        const QString path = writeFile(
            u"xbl.txt"_s,
            bounce(
                "554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org"));
        const rebound::lab::CliRun run = cli({path, u"--json"_s});
        QCOMPARE(run.exitCode, 2); // a critical cause
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QVERIFY2(!json.isEmpty(), run.err.constData());
        QCOMPARE(json[u"detected_as"].toString(), u"bounce"_s);
        QVERIFY(json[u"input"].toString().contains(u"203.0.113.7"_s));
        QCOMPARE(json[u"bounce"][u"recipients"][0][u"sender_ip"].toString(), u"203.0.113.7"_s);
        const QJsonArray checks = json[u"checks"].toArray();
        QVERIFY(!checks.isEmpty());
        QCOMPARE(checks[0][u"id"].toString(), u"blocklists"_s);
        QCOMPARE(checks[0][u"result"][u"ip"].toString(), u"203.0.113.7"_s); // as `rebound-cli ip` prints it
        const QJsonArray diagnosis = json[u"diagnosis"].toArray();
        QVERIFY(!diagnosis.isEmpty());
        const QJsonObject top = diagnosis[0].toObject();
        QCOMPARE(top[u"id"].toString(), u"blocklist.spamhaus.xbl"_s);
        QVERIFY(!top[u"title"].toString().isEmpty());
        QVERIFY(top[u"confidence"].toInt() > 80);
        QVERIFY(!top[u"evidence"].toArray().isEmpty());
        const QJsonArray steps = top[u"steps"].toArray();
        QVERIFY(steps.size() >= 2);
        for (const QJsonValue& step : steps) {
            QVERIFY(QStringList({u"you"_s, u"provider"_s, u"recipient"_s})
                        .contains(step[u"actor"].toString()));
            QVERIFY(!step[u"text"].toString().isEmpty());
            QVERIFY(step[u"links"].isArray());
        }
        QVERIFY(QJsonDocument(top).toJson().contains("check.spamhaus.org/results/?query=203.0.113.7"));
    }

    void textFromStandardInput() {
        const rebound::lab::CliRun run =
            cli({u"-"_s}, bounce("550 5.1.1 <bob@recipient.example>: Recipient address rejected: "
                                  "User unknown in virtual mailbox table"));
        const QString text = QString::fromUtf8(run.out);
        QVERIFY2(text.contains(u"1. "_s), qPrintable(text));
        QVERIFY2(text.contains(u"[you]"_s) || text.contains(u"[recipient]"_s), qPrintable(text));
        QVERIFY(!text.contains(u"Spamhaus"_s));
    }

    void inputKinds_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("detected");
        QTest::addColumn<QString>("checkId");
        QTest::newRow("ip") << u"203.0.113.20"_s << u"ip"_s << u"blocklists"_s;
        QTest::newRow("cidr") << u"203.0.113.0/30"_s << u"cidr"_s << u"blocklist_range"_s;
        QTest::newRow("domain") << u"sender-corp.example"_s << u"domain"_s << u"domain"_s;
        QTest::newRow("address") << u"alice@sender-corp.example"_s << u"address"_s << u"domain"_s;
    }

    void inputKinds() {
        QFETCH(QString, input);
        QFETCH(QString, detected);
        QFETCH(QString, checkId);
        const rebound::lab::CliRun run = cli({input, u"--json"_s});
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QVERIFY2(!json.isEmpty(), run.err.constData());
        QCOMPARE(json[u"detected_as"].toString(), detected);
        QCOMPARE(json[u"checks"][0][u"id"].toString(), checkId);
        QCOMPARE(json[u"checks"][0][u"state"].toString(), u"done"_s);
        QVERIFY(run.exitCode >= 0 && run.exitCode <= 3);
    }

    // A 30 MB paste is refused by the analyser: the verdict says so in the JSON, the text and the
    // Markdown, never "no_problem_found", and the exit code is 3.
    void refusedInputIsItsOwnVerdict() {
        QByteArray paste = bounce("550 5.1.1 <bob@recipient.example>: User unknown");
        const QByteArray line = QByteArray(79, 'x') + '\n';
        paste.reserve(31 * 1024 * 1024);
        while (paste.size() < 30 * 1024 * 1024)
            paste += line;
        // From a file: how much of a pipe one read returns is the input reader's business (issue 15).
        const QString path = writeFile(u"paste-30mb.txt"_s, paste);
        const rebound::lab::CliRun json = cli({path, u"--json"_s});
        QCOMPARE(json.exitCode, 3);
        const QJsonObject session = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(session[u"verdict"].toString(), u"input_refused"_s);
        QCOMPARE(session[u"bounce"][u"kind"].toString(), u"too_large"_s);
        QVERIFY(session[u"diagnosis"].toArray().isEmpty());
        QVERIFY(session[u"checks"].toArray().isEmpty());

        const rebound::lab::CliRun text = cli({path});
        QCOMPARE(text.exitCode, 3);
        QVERIFY2(text.out.contains("Verdict: input_refused"), text.out.left(2000).constData());
        QVERIFY2(text.out.contains("Input refused: The input is 30.0 MB"), text.out.left(2000).constData());
        QVERIFY(!text.out.contains("no_problem_found"));

        const rebound::lab::CliRun markdown = cli({path, u"--markdown"_s});
        QCOMPARE(markdown.exitCode, 3);
        QVERIFY2(markdown.out.contains("Input refused"), markdown.out.left(3000).constData());
        QVERIFY(!markdown.out.contains("No problem found"));
    }

    // Text with no bounce, reply or log line in it concludes nothing: its own verdict, exit 3.
    void nothingRecognisedIsItsOwnVerdict() {
        const QByteArray letter = "Hi Bob,\nlunch on Friday at noon?\nCheers, Alice\n";
        const rebound::lab::CliRun json = cli({u"-"_s, u"--json"_s}, letter);
        QCOMPARE(json.exitCode, 3);
        const QJsonObject session = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(session[u"verdict"].toString(), u"nothing_recognised"_s);
        QVERIFY(session[u"diagnosis"].toArray().isEmpty());
        const rebound::lab::CliRun text = cli({u"-"_s}, letter);
        QCOMPARE(text.exitCode, 3);
        QVERIFY(text.out.contains("Verdict: nothing_recognised"));
    }

    // The resolver is down: the diagnosis speaks about the resolver, never about the domain, and
    // exits 3 as `domain` does.
    void resolverDown() {
        const QStringList down{u"--dns"_s, u"127.0.0.1:1"_s, u"--timeout"_s, u"1000"_s};
        const rebound::lab::CliRun domain =
            rebound::lab::runCli(QStringList{u"domain"_s, u"example.com"_s} + down);
        QCOMPARE(domain.exitCode, 3);
        const rebound::lab::CliRun json = rebound::lab::runCli(
            QStringList{u"diagnose"_s, u"example.com"_s, u"--no-smtp"_s, u"--json"_s} + down);
        QCOMPARE(json.exitCode, 3);
        const QJsonObject session = QJsonDocument::fromJson(json.out).object();
        QVERIFY(session[u"resolver_unreachable"].toBool());
        QCOMPARE(session[u"verdict"].toString(), u"incomplete"_s);
        const QJsonArray causes = session[u"diagnosis"].toArray();
        QVERIFY(!causes.isEmpty());
        QCOMPARE(causes[0][u"id"].toString(), u"dns.unreachable"_s);
        QCOMPARE(causes[0][u"about"].toString(), u"could_not_check"_s);
        for (const QJsonValue& cause : causes) {
            const QString id = cause[u"id"].toString();
            QVERIFY2(!id.startsWith(u"recipient."_s) && !id.startsWith(u"auth."_s)
                         && !id.startsWith(u"blocklist."_s) && id != u"checks.incomplete"_s,
                     qPrintable(id));
        }
        const rebound::lab::CliRun text =
            rebound::lab::runCli(QStringList{u"diagnose"_s, u"example.com"_s, u"--no-smtp"_s} + down);
        QCOMPARE(text.exitCode, 3);
        const QString out = QString::fromUtf8(text.out);
        QVERIFY2(out.contains(u"Rebound could not reach DNS"_s), qPrintable(out));
        QVERIFY2(out.contains(u"Edit → Settings… → DNS"_s), qPrintable(out));
        QVERIFY2(out.contains(u"--dns"_s), qPrintable(out));
    }

    // Hostile DSN fields (ESC sequences in Action and Final-Recipient, C1 CSI, DEL, an RLO override,
    // bidi isolates, NEL) reach neither the terminal nor an export raw: every output checked byte by
    // byte. The JSON still holds the text itself, escaped as JSON.
    void hostileFieldsNeverReachTheTerminal() {
        const QString path = writeFile(u"hostile.eml"_s, hostileDsn());
        const QString html = m_dir.filePath(u"hostile.html"_s);
        const QString jsonOut = m_dir.filePath(u"hostile.json"_s);
        const QList<QStringList> commands{
            {u"bounce"_s, path},
            {u"bounce"_s, path, u"--json"_s},
            {u"diagnose"_s, u"--dns"_s, m_lab.server(), u"--no-smtp"_s, u"--check-documentation-ranges"_s,
             path, u"--html"_s, html, u"--json-out"_s, jsonOut, u"--no-redact"_s},
            {u"diagnose"_s, u"--dns"_s, m_lab.server(), u"--no-smtp"_s, u"--check-documentation-ranges"_s,
             path, u"--json"_s},
            {u"diagnose"_s, u"--dns"_s, m_lab.server(), u"--no-smtp"_s, u"--check-documentation-ranges"_s,
             path, u"--markdown"_s},
        };
        for (const QStringList& args : commands) {
            const rebound::lab::CliRun run = rebound::lab::runCli(args);
            QVERIFY2(run.out.size() > 100,
                     qPrintable(args.join(u' ') + u": "_s + QString::fromUtf8(run.err)));
            const qsizetype bad = firstUnsafeByte(run.out);
            QVERIFY2(bad < 0, qPrintable(args.join(u' ') + u" at "_s + QString::number(bad) + u": "_s
                                         + QString::fromLatin1(
                                             run.out.mid(qMax<qsizetype>(0, bad - 60), 120).toHex(' '))));
            QVERIFY(firstUnsafeByte(run.err) < 0);
            if (args.contains(u"--json"_s)) {
                const QJsonObject json = QJsonDocument::fromJson(run.out).object();
                QVERIFY2(!json.isEmpty(), "the JSON does not parse");
                QVERIFY(QJsonDocument(json).toJson().contains("\xe2\x80\xae")); // kept, as JSON text
            }
        }
        const rebound::lab::CliRun text = rebound::lab::runCli(commands.first());
        QVERIFY2(text.out.contains("Action: failed\\u001b[31m\\u009b31m\\u007f"), text.out.constData());
        for (const QString& file : {html, jsonOut}) {
            QFile exported(file);
            QVERIFY(exported.open(QIODevice::ReadOnly));
            const QByteArray bytes = exported.readAll();
            QVERIFY2(firstUnsafeByte(bytes) < 0, qPrintable(file));
        }
    }

    // Redaction is on by default and masks internationalised addresses in every export too.
    void redactsInternationalisedAddresses() {
        const QString path = writeFile(
            u"eai.txt"_s,
            QByteArray(
                "From: MAILER-DAEMON@mail.sender-corp.example\nSubject: Undelivered\n\n"
                "<\xe7\x8e\x8b\xe5\xb0\x8f\xe6\x98\x8e@example.cn>: host mx.example.cn[127.0.0.1] said: "
                "550 5.1.1 <j\xc3\xbcrgen@example.de> User unknown\n"));
        const QString jsonOut = m_dir.filePath(u"eai.json"_s);
        const QString markdown = m_dir.filePath(u"eai.html"_s);
        const rebound::lab::CliRun run = cli({path, u"--json-out"_s, jsonOut, u"--html"_s, markdown});
        QVERIFY2(run.exitCode >= 0 && run.exitCode <= 3, run.err.constData());
        for (const QString& file : {jsonOut, markdown}) {
            QFile exported(file);
            QVERIFY(exported.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(exported.readAll());
            QVERIFY2(!text.contains(u"王小明"_s) && !text.contains(u"jürgen"_s), qPrintable(file));
            QVERIFY2(text.contains(u"example.cn"_s), qPrintable(file));
        }
    }

    void usageErrors() {
        QCOMPARE(cli({}).exitCode, 64);
        QCOMPARE(cli({m_dir.filePath(u"missing.eml"_s)}).exitCode, 66);
    }
};

QTEST_GUILESS_MAIN(TestCliDiagnose)
#include "test_cli_diagnose.moc"
