// The PDF report, checked the way a reader sees it: poppler-utils read the text (pdftotext), the
// page count and size (pdfinfo), the attachment (pdfdetach) and render the pages (pdftoppm).
#include "core/pdf/pdfreport.h"
#include "core/report/reportbuilder.h"
#include "core/report/sessionexport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace rebound;

namespace {

QJsonObject loadSession(const QString& name) {
    QFile file(QStringLiteral(REPORT_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString run(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120'000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0)
        return {};
    // The fonts set "fi" and "fl" as ligatures (U+FB01, U+FB02): read back, they are the two letters.
    return QString::fromUtf8(process.readAllStandardOutput())
        .replace(QChar(0xFB01), u"fi"_s)
        .replace(QChar(0xFB02), u"fl"_s);
}

int pageCount(const QString& pdf) {
    const auto match = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(run(u"pdfinfo"_s, {pdf}));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace

class TestPdfReport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        for (const QString& tool : {u"pdftotext"_s, u"pdfinfo"_s, u"pdfdetach"_s, u"pdftoppm"_s}) {
            if (QStandardPaths::findExecutable(tool).isEmpty())
                QSKIP("poppler-utils is not installed");
        }
        QVERIFY(m_dir.isValid());
    }

    // The message section drawn: its tables read back, after the findings.
    void messageReport() {
        const QJsonObject session = loadSession(u"message-session.json"_s);
        QVERIFY(!session.isEmpty());
        const QString path = m_dir.filePath(u"message.pdf"_s);
        QString error;
        QVERIFY2(pdf::exportSessionFile(session, path, report::ReportOptions{}, &error), qPrintable(error));
        const QString text = run(u"pdftotext"_s, {u"-raw"_s, path, u"-"_s}).simplified();
        for (const QString& expected :
             {u"Route (oldest hop first)"_s, u"first external hop"_s, u"DKIM signatures"_s,
              u"body hash did not verify"_s, u"Bulk-sender checklist"_s, u"mx.customer.example"_s})
            QVERIFY2(text.contains(expected), qPrintable(expected));
    }

    void fullReport_data() {
        QTest::addColumn<int>("paper");
        QTest::addColumn<QString>("pageSize");
        QTest::newRow("a4") << int(report::PaperSize::A4) << u"595 x 842 pts (A4)"_s;
        QTest::newRow("letter") << int(report::PaperSize::Letter) << u"612 x 792 pts (letter)"_s;
    }
    void fullReport() {
        QFETCH(int, paper);
        QFETCH(QString, pageSize);
        const QJsonObject session = loadSession(u"xbl-session.json"_s);
        report::ReportOptions options;
        options.paper = report::PaperSize(paper);
        options.appendices = true; // everything, appendices included
        const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + u".pdf"_s);
        QString error;
        QVERIFY2(pdf::exportSessionFile(session, path, options, &error), qPrintable(error));

        const QString info = run(u"pdfinfo"_s, {path});
        QVERIFY2(info.contains(u"Page size:"_s) && info.section(u"Page size:"_s, 1).contains(pageSize),
                 qPrintable(info));
        const int pages = pageCount(path);
        QVERIFY2(pages >= 5 && pages <= 20, qPrintable(QString::number(pages)));

        // In content-stream order with the line breaks folded: a table cell's wrapped lines read as one.
        const QString text = run(u"pdftotext"_s, {u"-raw"_s, path, u"-"_s}).simplified();
        for (const QString& expected : {u"Email deliverability report"_s,
                                        u"Verdict: Problem found"_s,
                                        u"Most likely causes"_s,
                                        u"What to do now"_s,
                                        u"Diagnosis"_s,
                                        u"Findings by area"_s,
                                        u"Blocklists and reverse DNS"_s,
                                        u"Authentication records"_s,
                                        u"SMTP and TLS"_s,
                                        u"Appendix A: the pasted text"_s,
                                        u"Appendix B: raw DNS answers"_s,
                                        u"Appendix C: SMTP transcripts"_s,
                                        u"2026-11-23 01:12:03 UTC"_s,
                                        u"system (resolv.conf)"_s,
                                        u"support-laptop-07"_s,
                                        u"Refused"_s,
                                        u"Evaluation tree"_s,
                                        u"TLS_AES_256_GCM_SHA384"_s,
                                        u"S: 220 mail.sender-corp.example ESMTP"_s,
                                        u"session.rebound.json"_s})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        QVERIFY(text.contains(u"Page 1 of %1"_s.arg(pages)));
        QVERIFY(text.contains(u"Page %1 of %1"_s.arg(pages)));
        // The first page says it all.
        const QString first = run(u"pdftotext"_s, {u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, path, u"-"_s});
        for (const QString& expected : {u"Verdict"_s, u"What the receiving server replied"_s,
                                        u"Most likely causes"_s, u"What to do now"_s})
            QVERIFY2(first.contains(expected), qPrintable(expected));
        // A heading never stands at the foot of a page without what it heads: the third cause's heading
        // (near the end of page 2 in this sample) is on the page of its facts table.
        for (int page = 1; page <= pages; ++page) {
            const QString pageText = run(u"pdftotext"_s, {u"-raw"_s, u"-f"_s, QString::number(page), u"-l"_s,
                                                          QString::number(page), path, u"-"_s})
                                         .simplified();
            if (pageText.contains(u"3. Some lists could not be checked"_s))
                QVERIFY2(pageText.contains(u"blocklist.refused"_s), qPrintable(QString::number(page)));
        }
        // Redaction is on by default, in the text and in the attachment.
        for (const QString& personal : {u"bob.smith"_s, u"jane.doe"_s, u"Bob Smith"_s})
            QVERIFY2(!text.contains(personal), qPrintable(personal));

        // Listed first, then could-not-check, then clean.
        const qsizetype listed = text.indexOf(
            u"Listed"_s, text.indexOf(u"Blocklists and reverse DNS"_s, text.indexOf(u"Findings by area"_s)));
        const qsizetype refused = text.indexOf(u"Refused"_s, listed);
        const qsizetype clean = text.indexOf(u"Not listed"_s, listed);
        QVERIFY(listed >= 0 && refused > listed && clean > refused);

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("/URI (https://check.spamhaus.org/listed/?searchterm=203.0.113.7)"));
        QVERIFY(bytes.contains("/URI (https://www.barracudacentral.org/rbl/removal-request)"));
        QVERIFY(!bytes.contains("/JavaScript"));

        const QString attachments = run(u"pdfdetach"_s, {u"-list"_s, path});
        QVERIFY2(attachments.contains(u"1 embedded files"_s)
                     && attachments.contains(u"session.rebound.json"_s),
                 qPrintable(attachments));
        const QString saved = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + u".json"_s);
        run(u"pdfdetach"_s, {u"-save"_s, u"1"_s, u"-o"_s, saved, path});
        QFile json(saved);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject detached = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(detached, report::exportedSession(session, options));
        const auto back = report::sessionJsonFromPdf(bytes, &error);
        QVERIFY2(back.has_value(), qPrintable(error));
        QCOMPARE(*back, detached);

        // Every page renders.
        const QString prefix = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()));
        run(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"40"_s, path, prefix});
        QDir dir(m_dir.path());
        QCOMPARE(dir.entryList({QString::fromLatin1(QTest::currentDataTag()) + u"-*.png"_s}).size(), pages);
    }

    // One bounce, default options: a short report whose first page quotes the receiver and says the
    // verdict, the top cause and the first steps; the could-not-check lists are grouped; the full
    // appendices are left out; nothing is drawn past the margins; no page but the last is near empty.
    void singleBounceReport_data() {
        QTest::addColumn<int>("paper");
        QTest::newRow("a4") << int(report::PaperSize::A4);
        QTest::newRow("letter") << int(report::PaperSize::Letter);
    }
    void singleBounceReport() {
        QFETCH(int, paper);
        const QJsonObject session = loadSession(u"xbl-session.json"_s);
        report::ReportOptions options;
        options.paper = report::PaperSize(paper);
        const QString path =
            m_dir.filePath(u"single-"_s + QString::fromLatin1(QTest::currentDataTag()) + u".pdf"_s);
        QString error;
        QVERIFY2(pdf::exportSessionFile(session, path, options, &error), qPrintable(error));
        const int pages = pageCount(path);
        qInfo("single bounce, %s: %d pages", QTest::currentDataTag(), pages);
        QVERIFY2(pages >= 2 && pages <= 5, qPrintable(QString::number(pages)));

        const QString first =
            run(u"pdftotext"_s, {u"-raw"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, path, u"-"_s}).simplified();
        for (const QString& expected :
             {u"Verdict: Problem found"_s, u"What the receiving server replied"_s,
              u"554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org"_s,
              u"Permanent (554)"_s, u"Most likely cause"_s, u"What to do now"_s})
            QVERIFY2(first.contains(expected), qPrintable(expected + u"\n\n"_s + first));

        const QString text = run(u"pdftotext"_s, {u"-raw"_s, path, u"-"_s}).simplified();
        QVERIFY(!text.contains(u"Appendix A: the pasted text"_s));
        QVERIFY(!text.contains(u"Appendix B: raw DNS answers"_s));
        QVERIFY(!text.contains(u"Appendix C: SMTP transcripts"_s));
        // 41 lists: the clean ones and each kind of could-not-check are one row each, with a count.
        QVERIFY2(text.count(u"Not listed"_s) <= 3, qPrintable(QString::number(text.count(u"Not listed"_s))));
        QVERIFY2(text.contains(QRegularExpression(u"Not listed \\d\\d lists "_s)), qPrintable(text));

        // pdftotext -bbox gives every word's box in points: none may cross the body's margins (18 mm).
        const QString boxes = m_dir.filePath(u"single-boxes.html"_s);
        run(u"pdftotext"_s, {u"-bbox"_s, path, boxes});
        QFile file(boxes);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        const double margin = 18 / 25.4 * 72;
        const QRegularExpression pageRe(u"<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">"_s);
        const QRegularExpression wordRe(
            u"<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"_s);
        const QStringList pageHtml = html.split(u"<page "_s).mid(1);
        QCOMPARE(pageHtml.size(), pages);
        for (int page = 0; page < pages; ++page) {
            const auto size = pageRe.match(u"<page "_s + pageHtml[page]);
            QVERIFY(size.hasMatch());
            const double width = size.captured(1).toDouble();
            const double height = size.captured(2).toDouble();
            double lowestBody = 0;
            for (auto it = wordRe.globalMatch(pageHtml[page]); it.hasNext();) {
                const auto word = it.next();
                const double xMin = word.captured(1).toDouble(), xMax = word.captured(3).toDouble();
                const double yMax = word.captured(4).toDouble();
                QVERIFY2(xMin >= margin - 1 && xMax <= width - margin + 1,
                         qPrintable(u"page %1: '%2' at x %3-%4 of %5"_s.arg(page + 1)
                                        .arg(word.captured(5))
                                        .arg(xMin)
                                        .arg(xMax)
                                        .arg(width)));
                if (yMax < height - margin) // not the footer
                    lowestBody = std::max(lowestBody, yMax);
            }
            if (page + 1 < pages)
                QVERIFY2(lowestBody > height / 2,
                         qPrintable(u"page %1 of %2 is near empty: text ends at %3 of %4 pt"_s.arg(page + 1)
                                        .arg(pages)
                                        .arg(lowestBody)
                                        .arg(height)));
        }
    }

    // The appendices are there when asked for, and make the report longer.
    void appendicesOnRequest() {
        const QJsonObject session = loadSession(u"xbl-session.json"_s);
        report::ReportOptions options;
        const QString shortPath = m_dir.filePath(u"no-appendices.pdf"_s);
        const QString longPath = m_dir.filePath(u"appendices.pdf"_s);
        QString error;
        QVERIFY2(pdf::exportSessionFile(session, shortPath, options, &error), qPrintable(error));
        options.appendices = true;
        QVERIFY2(pdf::exportSessionFile(session, longPath, options, &error), qPrintable(error));
        QVERIFY(pageCount(longPath) > pageCount(shortPath));
        const QString text = run(u"pdftotext"_s, {u"-raw"_s, longPath, u"-"_s}).simplified();
        QVERIFY(text.contains(u"Appendix B: raw DNS answers"_s));
        QVERIFY(text.contains(u"Appendix C: SMTP transcripts"_s));
    }

    // The blocklist table's header row repeats on each page the table spans.
    void headerRepeats() {
        QJsonObject session = loadSession(u"xbl-session.json"_s);
        // Make the table long enough to span pages: three times the lists, each listed (a row of its
        // own; lists that answered nothing worth a row are grouped).
        QJsonArray checks = session[u"checks"].toArray();
        QJsonObject blocklists = checks[0].toObject();
        QJsonObject result = blocklists[u"result"].toObject();
        QJsonArray lists;
        const QJsonArray copy = result[u"blocklists"].toArray();
        for (int i = 0; i < 4; ++i) {
            for (const QJsonValue& value : copy) {
                QJsonObject list = value.toObject();
                list[u"status"] = u"listed"_s;
                list[u"codes"] = QJsonArray{u"127.0.0.2"_s};
                lists.append(list);
            }
        }
        result[u"blocklists"] = lists;
        blocklists[u"result"] = result;
        checks[0] = blocklists;
        session[u"checks"] = checks;
        const QString path = m_dir.filePath(u"long-table.pdf"_s);
        QString error;
        // Filling the text document once took quadratic time (86 s for this table); now well under 1 s
        // in a release build. The bound leaves room for debug builds on a busy machine.
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(pdf::exportSessionFile(session, path, {}, &error), qPrintable(error));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        int pagesWithHeader = 0;
        int pagesWithRows = 0;
        const int pages = pageCount(path);
        for (int page = 1; page <= pages; ++page) {
            const QString text = run(u"pdftotext"_s, {u"-f"_s, QString::number(page), u"-l"_s,
                                                      QString::number(page), path, u"-"_s});
            if (text.contains(u"Listed"_s) && text.contains(u"127.0.0.2"_s) && text.contains(u"Lookup"_s))
                ++pagesWithRows;
            if (text.contains(u"Status"_s) && text.contains(u"Answer"_s) && text.contains(u"Meaning"_s))
                ++pagesWithHeader;
        }
        QVERIFY2(pagesWithRows >= 2, qPrintable(QString::number(pagesWithRows)));
        QVERIFY2(pagesWithHeader >= pagesWithRows, qPrintable(QString::number(pagesWithHeader)));
    }

    // A bounce with HTML, script, javascript: URLs and 5,000 lines comes out as text, paginated.
    void hostileBounce() {
        const QJsonObject session = loadSession(u"hostile-session.json"_s);
        const QString path = m_dir.filePath(u"hostile.pdf"_s);
        QString error;
        report::ReportOptions options;
        options.redact = false;
        options.appendices = true; // the pasted text is an appendix
        QVERIFY2(pdf::exportSessionFile(session, path, options, &error), qPrintable(error));
        const int pages = pageCount(path);
        QVERIFY2(pages > 60, qPrintable(QString::number(pages)));
        const QString text = run(u"pdftotext"_s, {path, u"-"_s});
        QVERIFY(text.contains(u"<script>alert(\"x\")</script>"_s));
        QVERIFY(text.contains(u"<img src=\"http://198.51.100.99/track.png\">"_s));
        QVERIFY(text.contains(u"<a href=\"javascript:alert(1)\">click me</a>"_s));
        QVERIFY(text.contains(u"line 0000"_s));
        QVERIFY(text.contains(u"line 4999"_s));
        QVERIFY(text.contains(u"220 <script>alert(\"banner\")</script> ESMTP"_s));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains("javascript:")); // no link action points at it (text is in content streams)
        QVERIFY(!bytes.contains("/JavaScript"));
        QVERIFY(!bytes.contains("198.51.100.99/track")); // no image or link to the remote resource
        QVERIFY(run(u"pdfdetach"_s, {u"-list"_s, path}).contains(u"session.rebound.json"_s));
    }

    void incompleteSession_data() {
        QTest::addColumn<QJsonObject>("session");
        QTest::newRow("empty") << QJsonObject();
        QTest::newRow("minimal") << loadSession(u"minimal-session.json"_s);
    }
    void incompleteSession() {
        QFETCH(QJsonObject, session);
        const QString path =
            m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + u"-incomplete.pdf"_s);
        QString error;
        QVERIFY2(pdf::exportSessionFile(session, path, {}, &error), qPrintable(error));
        const QString text = run(u"pdftotext"_s, {path, u"-"_s});
        QVERIFY(text.contains(u"Not checked"_s) || text.contains(u"not checked"_s));
        QVERIFY(text.contains(u"Page 1 of"_s));
    }

    void otherFormatsBySuffix_data() {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("expected");
        QTest::newRow("html") << u"html"_s << u"<!DOCTYPE html>"_s;
        QTest::newRow("md") << u"md"_s << u"# Email deliverability report"_s;
        QTest::newRow("json") << u"json"_s << u"\"schema\": \"rebound.session\""_s;
        QTest::newRow("txt") << u"txt"_s << u"Verdict: Problem found"_s;
    }
    void otherFormatsBySuffix() {
        QFETCH(QString, suffix);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath(u"export."_s + suffix);
        QString error;
        QVERIFY2(pdf::exportSessionFile(loadSession(u"xbl-session.json"_s), path, {}, &error),
                 qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(file.readAll()).contains(expected));
        QVERIFY(!pdf::exportSessionFile({}, m_dir.filePath(u"x.docx"_s), {}, &error));
    }

    // REBOUND_KEEP_PDF=DIR keeps the PDFs the tests write, for looking at them (pdftoppm -png).
    void cleanupTestCase() {
        const QString keep = qEnvironmentVariable("REBOUND_KEEP_PDF");
        if (keep.isEmpty())
            return;
        for (const QString& name : QDir(m_dir.path()).entryList({u"*.pdf"_s}))
            QFile::copy(m_dir.filePath(name), QDir(keep).filePath(name));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestPdfReport)
#include "test_pdfreport.moc"
