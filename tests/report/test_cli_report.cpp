// rebound-cli diagnose's exports, run as a real process against the diagnosis lab (no SMTP): the PDF
// (read back with pdfinfo, pdftotext and pdfdetach), the HTML page, the session JSON file and the
// Markdown on standard output; redaction on by default and off with --no-redact; usage errors.
#include "lab/clirun.h"
#include "lab/dnslab.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString tool(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A Postfix-style bounce for a personal address; the sending IP is on Spamhaus XBL in the lab, or
// (203.0.113.8) Spamhaus refuses the query.
QByteArray bounce(const char* ip) {
    return QByteArray(
               "From: MAILER-DAEMON@mail.sender-corp.example\nSubject: Undelivered Mail Returned to "
               "Sender\n\n"
               "<bob.smith@recipient.example>: host mx.recipient.example[127.0.0.1] said: 554 5.7.1 Service "
               "unavailable; Client host [")
           + ip + "] blocked using zen.spamhaus.org\n";
}

} // namespace

class TestCliReport : public QObject {
    Q_OBJECT

    rebound::lab::DnsLab m_lab;
    QTemporaryDir m_dir;

    rebound::lab::CliRun diagnose(const QStringList& args, const QByteArray& input) {
        const QStringList common{u"diagnose"_s,
                                 u"--dns"_s,
                                 m_lab.server(),
                                 u"--timeout"_s,
                                 u"1000"_s,
                                 u"--no-smtp"_s,
                                 u"--check-documentation-ranges"_s,
                                 u"-"_s};
        return rebound::lab::runCli(common + args, input);
    }

private slots:
    void initTestCase() {
        for (const QString& program : {u"pdftotext"_s, u"pdfinfo"_s, u"pdfdetach"_s}) {
            if (QStandardPaths::findExecutable(program).isEmpty())
                QSKIP("poppler-utils is not installed");
        }
        QVERIFY(m_dir.isValid());
        rebound::lab::DnsLabOptions options;
        options.zonesDir = QStringLiteral(REBOUND_TEST_DATA_DIR "/diagnosis/zones");
        QString error;
        QVERIFY2(m_lab.start(options, &error), qPrintable(error));
    }

    // One run writes all three files; standard output keeps the text diagnosis and the exit code the verdict.
    void pdfHtmlAndJson() {
        const QString pdf = m_dir.filePath(u"report.pdf"_s);
        const QString html = m_dir.filePath(u"report.html"_s);
        const QString json = m_dir.filePath(u"session.json"_s);
        // As from cron or ssh: no runtime directory, and still nothing from Qt on standard error.
        const QByteArray runtimeDir = qgetenv("XDG_RUNTIME_DIR");
        qunsetenv("XDG_RUNTIME_DIR");
        const rebound::lab::CliRun run = diagnose({u"--pdf"_s, pdf, u"--html"_s, html, u"--json-out"_s,
                                                   json, u"--paper"_s, u"letter"_s, u"--appendices"_s},
                                                  bounce("203.0.113.7"));
        if (!runtimeDir.isEmpty())
            qputenv("XDG_RUNTIME_DIR", runtimeDir);
        QVERIFY2(run.exitCode == 2, run.err.constData()); // a critical cause
        QVERIFY2(!run.err.contains("XDG_RUNTIME_DIR"), run.err.constData());
        QVERIFY(run.out.contains("Verdict: problem_found"));

        const QString info = tool(u"pdfinfo"_s, {pdf});
        QVERIFY2(info.contains(u"612 x 792 pts (letter)"_s), qPrintable(info));
        const QString text = tool(u"pdftotext"_s, {u"-raw"_s, pdf, u"-"_s}).simplified();
        for (const QString& expected :
             {u"Email deliverability report"_s, u"Verdict: Problem found"_s, u"Spamhaus XBL"_s,
              u"What to do now"_s, u"Blocklists and reverse DNS"_s, u"Appendix A: the pasted text"_s,
              u"Appendix B: raw DNS answers"_s, u"Page 1 of"_s, u"recipient.example"_s})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        QVERIFY(!text.contains(u"bob.smith"_s));
        QVERIFY(tool(u"pdfdetach"_s, {u"-list"_s, pdf}).contains(u"session.rebound.json"_s));
        QVERIFY(readAll(pdf).contains("/URI (https://check.spamhaus.org/results/?query=203.0.113.7)"));

        const QByteArray page = readAll(html);
        QVERIFY(page.startsWith("<!DOCTYPE html>"));
        QVERIFY(page.contains("Spamhaus XBL"));
        QVERIFY(!page.contains("bob.smith"));

        const QJsonObject session = QJsonDocument::fromJson(readAll(json)).object();
        QCOMPARE(session[u"schema"].toString(), u"rebound.session"_s);
        QVERIFY(session[u"redacted"].toBool());
        QVERIFY(!readAll(json).contains("bob.smith"));
        QVERIFY(readAll(json).contains("@recipient.example"));
    }

    void noRedact() {
        const QString pdf = m_dir.filePath(u"plain.pdf"_s);
        const rebound::lab::CliRun run =
            diagnose({u"--pdf"_s, pdf, u"--no-redact"_s, u"--paper"_s, u"a4"_s}, bounce("203.0.113.7"));
        QVERIFY2(run.exitCode == 2, run.err.constData());
        QVERIFY(tool(u"pdfinfo"_s, {pdf}).contains(u"595 x 842 pts (A4)"_s));
        QVERIFY(tool(u"pdftotext"_s, {pdf, u"-"_s}).contains(u"bob.smith@recipient.example"_s));
    }

    // A list that refused the query is reported as not checked, never as clean.
    void refusedListInReport() {
        const QString pdf = m_dir.filePath(u"refused.pdf"_s);
        const rebound::lab::CliRun run = diagnose({u"--pdf"_s, pdf}, bounce("203.0.113.8"));
        QVERIFY2(run.exitCode >= 0 && run.exitCode <= 3, run.err.constData());
        const QString text = tool(u"pdftotext"_s, {u"-raw"_s, pdf, u"-"_s}).simplified();
        QVERIFY2(text.contains(u"Could not check"_s), qPrintable(text.left(3000)));
        QVERIFY(!text.contains(u"Verdict: No problem found"_s));
    }

    void markdownOnStandardOutput() {
        const rebound::lab::CliRun run = diagnose({u"--markdown"_s}, bounce("203.0.113.7"));
        QVERIFY2(run.exitCode == 2, run.err.constData());
        const QString markdown = QString::fromUtf8(run.out);
        QVERIFY2(markdown.startsWith(u"# Email deliverability report"_s), qPrintable(markdown.left(200)));
        QVERIFY(markdown.contains(u"## Diagnosis"_s));
        QVERIFY(markdown.contains(u"(<https://check.spamhaus.org/results/?query=203.0.113.7>)"_s));
        QVERIFY(!markdown.contains(u"bob.smith"_s));
        QVERIFY(!markdown.contains(u"Verdict: problem_found"_s)); // not the text output as well
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("paper") << QStringList{u"--paper"_s, u"a5"_s} << 64
                               << u"--paper must be a4 or letter"_s;
        QTest::newRow("markdown and json")
            << QStringList{u"--markdown"_s, u"--json"_s} << 64 << u"give one"_s;
        QTest::newRow("missing folder") << QStringList{u"--pdf"_s, u"/nonexistent-folder/r.pdf"_s} << 64
                                        << u"cannot write into /nonexistent-folder"_s;
        QTest::newRow("standard output")
            << QStringList{u"--pdf"_s, u"-"_s} << 64 << u"needs a file name"_s;
        QTest::newRow("folder as file")
            << QStringList{u"--html"_s, u"/tmp"_s} << 64 << u"needs a file name"_s;
    }
    void usageErrors() {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const rebound::lab::CliRun run = diagnose(args, bounce("203.0.113.7"));
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "test_cli_report.moc"
