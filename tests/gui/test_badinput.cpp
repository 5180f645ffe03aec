// Bad input in the desktop app (issue 11): a 50 MB paste, a binary file dropped, a file that is not
// UTF-8, a 10,000-IP file. Each gets a clear message, the window stays responsive (the longest
// event-loop stall is measured by a 5 ms timer probe) and the history already saved is untouched.
#include "guitestsupport.h"
#include "lab/dnslab.h"
#include "stallprobe.h"
#include "ui/appsettings.h"
#include "ui/bounceview.h"
#include "ui/historystore.h"
#include "ui/inputedit.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QClipboard>
#include <QDropEvent>
#include <QFile>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace rebound::ui;

namespace {

// A user notices stalls from about 100 ms. The product target (50 ms, issue 8) is measured by bench_gui
// in a Release build; these tests run in Debug on a shared 2-core machine, so they hold the bound a
// user would notice. Loading a large file into the editor is layout work Qt does on the UI thread.
constexpr double kStallMs = 100;
constexpr double kLoadStallMs = 250;

QStatusBar* statusBarOf(MainWindow& window) {
    return window.findChild<QStatusBar*>();
}

QString statusText(MainWindow& window) {
    QString text;
    for (QLabel* label : statusBarOf(window)->findChildren<QLabel*>())
        text += label->text() + u'\n';
    return text;
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes) {
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

// Copies of a Spamhaus bounce in an mbox, to about `size` characters.
QString mboxOfBounces(qsizetype size) {
    QFile file(QStringLiteral(REBOUND_TEST_DATA_DIR "/gui/data/bounce-spamhaus.eml"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString bounce = QString::fromUtf8(file.readAll());
    QString mbox;
    while (mbox.size() < size)
        mbox += u"From MAILER-DAEMON Mon Nov 23 01:58:00 2026\n"_s + bounce + u"\n"_s;
    return mbox;
}

} // namespace

class TestBadInput : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        rebound::guitest::isolate(m_settingsDir);
        rebound::lab::DnsLabOptions options;
        options.zonesDir = QStringLiteral(REBOUND_TEST_DATA_DIR "/gui/zones");
        QString error;
        QVERIFY2(m_lab.start(options, &error), qPrintable(error));
    }

    void init() {
        QSettings().clear();
        AppSettings settings;
        settings.customResolver = true;
        settings.resolverServers = m_lab.server();
        settings.dnsTimeoutMs = 2000;
        settings.smtpProbe = false;
        settings.checkDocumentationRanges = true;
        settings.save();
        m_historyPath = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s);
        HistoryStore store(m_historyPath);
        QVERIFY(store.save(rebound::guitest::sampleSession(), true));
    }

    void cleanup() {
        // Nothing already in history is lost, whatever the input did.
        HistoryStore store(m_historyPath);
        const QList<HistoryEntry> entries = store.list();
        QVERIFY(!entries.isEmpty());
        QVERIFY(store.load(entries.last().id));
    }

    void pasteOf50MegabytesIsRefused() {
        MainWindow window(nullptr, m_historyPath);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* input = window.findChild<QPlainTextEdit*>(u"input"_s);
        input->setPlainText(u"192.0.2.99"_s);
        QString huge(50 * 1024 * 1024, u'x');
        for (qsizetype at = 76; at < huge.size(); at += 77)
            huge[at] = u'\n';
        QApplication::clipboard()->setText(huge);
        huge.clear();

        rebound::guitest::StallProbe probe;
        probe.start();
        input->setFocus();
        input->selectAll();
        QTest::keySequence(input, QKeySequence::Paste);
        QTRY_VERIFY(window.findChild<QMessageBox*>(u"problemBox"_s));
        QTest::qWait(50);
        const double stall = probe.stop();
        qInfo("50 MB paste: longest stall %.1f ms", stall);
        QVERIFY2(stall < kStallMs, qPrintable(QString::number(stall)));
        auto* box = window.findChild<QMessageBox*>(u"problemBox"_s);
        QVERIFY2(box->informativeText().contains(u"50.0 MB"_s), qPrintable(box->informativeText()));
        QVERIFY(box->informativeText().contains(u"at most 25 MB"_s));
        QCOMPARE(input->toPlainText(), u"192.0.2.99"_s); // what was there is kept
        box->accept();
        QApplication::clipboard()->clear();
    }

    void droppedFiles_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");    // in the problem box; empty: loaded
        QTest::addColumn<QString>("statusNote"); // in the status bar after loading
        QByteArray binary(64 * 1024, '\0');
        for (int i = 0; i < binary.size(); ++i)
            binary[i] = char((i * 7919) & 0xff);
        QTest::newRow("binary (.png renamed .eml)")
            << u"image.eml"_s << binary << u"binary file"_s << QString();
        // The containers a bounce is handed over in: the message says what to do with each.
        QByteArray msg("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
        msg += binary;
        QTest::newRow("outlook .msg") << u"bounce.msg"_s << msg << u"Outlook .msg file"_s << QString();
        QByteArray gzip("\x1F\x8B\x08\x00", 4);
        gzip += binary;
        QTest::newRow("gzip under another name") << u"bounce-gz.eml"_s << gzip << u"compressed"_s << QString();
        QTest::newRow("invalid UTF-8")
            << u"latin1.txt"_s
            << QByteArray(
                   "Diagnostic-Code: smtp; 550 5.1.1 <jos\xe9@example.net>: Bo\xeete inconnue \xff\xfe\n")
            << QString() << u"not valid UTF-8"_s;
        QTest::newRow("over 25 MB") << u"big.eml"_s << QByteArray(26 * 1024 * 1024, 'a')
                                    << u"files of up to 25 MB"_s << QString();
    }

    void droppedFiles() {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QFETCH(QString, statusNote);
        const QString path = writeFile(m_dir, name, bytes);
        QVERIFY(!path.isEmpty());
        MainWindow window(nullptr, m_historyPath);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* input = window.findChild<QPlainTextEdit*>(u"input"_s);
        input->setPlainText(u"example.net"_s);

        rebound::guitest::StallProbe probe;
        probe.start();
        rebound::guitest::drop(input->viewport(), path);
        if (message.isEmpty()) {
            QTRY_VERIFY(statusText(window).contains(statusNote));
            QVERIFY(input->toPlainText().contains(u"Bo\u00eete inconnue"_s));
        } else {
            QTRY_VERIFY(window.findChild<QMessageBox*>(u"problemBox"_s));
            auto* box = window.findChild<QMessageBox*>(u"problemBox"_s);
            QVERIFY2(box->informativeText().contains(message), qPrintable(box->informativeText()));
            QCOMPARE(input->toPlainText(), u"example.net"_s);
            box->accept();
        }
        const double stall = probe.stop();
        qInfo("%s: longest stall %.1f ms", qPrintable(name), stall);
        QVERIFY2(stall < kStallMs, qPrintable(QString::number(stall)));
    }

    // 10,000 addresses, one a line: loaded off the UI thread, detected as a list, checked up to the
    // blocklist range limit with a note saying so, the window responsive throughout.
    void tenThousandIpFile() {
        QByteArray list;
        for (int i = 0; i < 10000; ++i)
            // Private addresses (RFC 1918): the run explains them without any DNS query.
            list += "10.0." + QByteArray::number(i / 256) + '.' + QByteArray::number(i % 256) + '\n';
        const QString path = writeFile(m_dir, u"ips.txt"_s, list);
        MainWindow window(nullptr, m_historyPath);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* input = window.findChild<QPlainTextEdit*>(u"input"_s);

        rebound::guitest::StallProbe probe;
        probe.start();
        rebound::guitest::drop(input->viewport(), path);
        QTRY_VERIFY(input->document()->blockCount() >= 10000);
        const double loadStall = probe.stop();
        auto* detected = window.findChild<QLabel*>(u"detected"_s);
        QTRY_VERIFY2(detected->text().contains(u"IP address"_s), qPrintable(detected->text()));

        probe.start();
        input->setFocus();
        QTest::keyClick(input, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(
            !window.isRunning() && !window.session()[u"finished_utc"].toString().isEmpty(), 120000);
        const double runStall = probe.stop();
        qInfo("10,000-IP file: load stall %.1f ms, run stall %.1f ms", loadStall, runStall);
        QVERIFY2(loadStall < kLoadStallMs, qPrintable(QString::number(loadStall)));
        QVERIFY2(runStall < kStallMs, qPrintable(QString::number(runStall)));
        QCOMPARE(HistoryStore(m_historyPath).list().size(), 2);
        const QJsonObject session = window.session();
        QCOMPARE(session[u"detected_as"].toString(), u"ip_list"_s);
        QVERIFY2(detected->text().contains(u"10000"_s), qPrintable(detected->text())); // the run read it all
        const QJsonObject check = session[u"checks"][0].toObject();
        QVERIFY2(QJsonDocument(check).toJson().contains("Only the first"),
                 QJsonDocument(check).toJson().left(2000).constData());
    }

    // An mbox of about 2,000 bounces (3 MB): parsed, diagnosed and shown without freezing the window
    // (it froze for 57 s, then 8 s, when the diagnosis ran on the UI thread once per finished check
    // and every update rebuilt a box per recipient). Each recipient is in the session; the bounce tab
    // details the first ones and counts the rest; the text arrives whole; the run is saved.
    void mboxOfThousandsOfBounces_data() {
        QTest::addColumn<bool>("paste");
        QTest::newRow("dropped file") << false;
        QTest::newRow("pasted") << true;
    }

    void mboxOfThousandsOfBounces() {
        QFETCH(bool, paste);
        const QString mbox = mboxOfBounces(3 * 1024 * 1024);
        const int messages = int(mbox.count(u"From MAILER-DAEMON"_s));
        MainWindow window(nullptr, m_historyPath);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* input = window.findChild<QPlainTextEdit*>(u"input"_s);
        auto* detected = window.findChild<QLabel*>(u"detected"_s);

        // Megabytes into the input: the document is filled on a worker, then detected.
        rebound::guitest::StallProbe loadProbe;
        loadProbe.start();
        if (paste) {
            QApplication::clipboard()->setText(mbox);
            input->setFocus();
            QTest::keySequence(input, QKeySequence::Paste);
        } else {
            rebound::guitest::drop(input->viewport(), writeFile(m_dir, u"bounces.mbox"_s, mbox.toUtf8()));
        }
        QTRY_COMPARE_WITH_TIMEOUT(input->document()->characterCount() - 1, mbox.size(), 20000);
        QTRY_VERIFY2(detected->text().contains(u"bounce"_s, Qt::CaseInsensitive),
                     qPrintable(detected->text()));
        const double loadStall = loadProbe.stop();
        QApplication::clipboard()->clear();
        QVERIFY(!input->isReadOnly());
        QCOMPARE(input->toPlainText(), mbox);

        rebound::guitest::StallProbe probe;
        probe.start();
        input->setFocus();
        QTest::keyClick(input, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(
            !window.isRunning() && !window.session()[u"finished_utc"].toString().isEmpty(), 120000);
        auto* text = window.findChild<QPlainTextEdit*>(u"bounceText"_s);
        // The session keeps the first 2 MB of the input; that is what the tab shows.
        const qsizetype stored = window.session()[u"input"].toString().size();
        QVERIFY(stored >= 2 * 1024 * 1024);
        QTRY_COMPARE_WITH_TIMEOUT(text->document()->characterCount() - 1, stored, 20000);
        const double stall = probe.stop();
        qInfo("mbox of %d bounces: load stall %.1f ms, run stall %.1f ms", messages, loadStall, stall);
        QVERIFY2(loadStall < kLoadStallMs, qPrintable(QString::number(loadStall)));
        // bench_gui measures the 50 ms target; this catches a return of the seconds-long freezes.
        QVERIFY2(stall < 5 * kStallMs, qPrintable(QString::number(stall)));

        const QJsonObject session = window.session();
        QCOMPARE(session[u"bounce"][u"recipients"].toArray().size(), messages);
        QVERIFY(!session[u"diagnosis"].toArray().isEmpty());
        auto* view = window.findChild<BounceView*>();
        QVERIFY(view->highlightCount() > 0);
        QVERIFY(view->highlightCount() <= 300);
        const QList<QGroupBox*> boxes = view->findChildren<QGroupBox*>();
        QCOMPARE(boxes.size(), 6); // five recipients in detail, one box counting the others
        QVERIFY2(boxes.last()->title().contains(QString::number(messages - 5)),
                 qPrintable(boxes.last()->title()));
        const QLabel* counted = boxes.last()->findChild<QLabel*>();
        QVERIFY2(counted && counted->text().contains(u" × "_s), counted ? qPrintable(counted->text()) : "");
        const QList<QLabel*> labels = view->findChildren<QLabel*>();
        QVERIFY(std::any_of(labels.begin(), labels.end(),
                            [](const QLabel* l) { return l->text().contains(u"first 2 MB"_s); }));
        QTRY_VERIFY([&] {
            const QList<HistoryEntry> entries = HistoryStore(m_historyPath).list();
            return std::any_of(entries.begin(), entries.end(), [&](const HistoryEntry& e) {
                return e.id == session[u"id"].toString() && e.finished;
            });
        }());
    }

    // After a large paste the input hands out the pasted text without copying it out of the document,
    // until the first edit; from then on what the document holds.
    void editAfterALargePaste() {
        MainWindow window(nullptr, m_historyPath);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* input = window.findChild<InputEdit*>(u"input"_s);
        QVERIFY(input);
        const QString mbox = mboxOfBounces(400 * 1024);
        QApplication::clipboard()->setText(mbox);
        input->setFocus();
        QTest::keySequence(input, QKeySequence::Paste);
        QTRY_COMPARE(input->document()->characterCount() - 1, mbox.size());
        QCOMPARE(input->text(), mbox);
        input->moveCursor(QTextCursor::End);
        QTest::keyClicks(input, u"X"_s);
        QCOMPARE(input->text(), mbox + u"X"_s);
        QTest::keySequence(input, QKeySequence::Undo);
        QCOMPARE(input->text(), mbox);
        QApplication::clipboard()->clear();
    }

private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
    QString m_historyPath;
    rebound::lab::DnsLab m_lab;
};

QTEST_MAIN(TestBadInput)
#include "test_badinput.moc"
