// Drives the real main window offscreen: a stored session in every view, a real diagnosis against
// the lab's DNS (paste, Ctrl+Return, wait), cancel with Esc keeping partial results, history and
// settings.
#include "guitestsupport.h"
#include "lab/dnslab.h"
#include "serverprocess.h"
#include "smtpzones.h"
#include "stallprobe.h"
#include "testcertificates.h"
#include "ui/appsettings.h"
#include "ui/blocklistfiltermodel.h"
#include "ui/blocklistmodel.h"
#include "ui/blocklistview.h"
#include "ui/bounceview.h"
#include "ui/causecard.h"
#include "ui/checklistmodel.h"
#include "ui/diagnosisview.h"
#include "ui/dnsquerymodel.h"
#include "ui/dnsqueryview.h"
#include "ui/historystore.h"
#include "ui/mainwindow.h"
#include "ui/messageview.h"
#include "ui/report/exportdialog.h"
#include "ui/reportsview.h"
#include "ui/resolvertester.h"
#include "ui/routetimeline.h"
#include "ui/settingsdialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileOpenEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;

using namespace rebound::ui;

namespace {

QString readBounce() {
    QFile file(QStringLiteral(REBOUND_TEST_DATA_DIR "/gui/data/bounce-spamhaus.eml"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void useLab(const rebound::lab::DnsLab& lab) {
    rebound::guitest::useLab(lab.server());
}

QString topCauseTitle(MainWindow& window) {
    const QList<CauseCard*> cards = window.findChild<DiagnosisView*>()->cards();
    return cards.isEmpty() ? QString() : cards.first()->title();
}

// Every cell of a model, depth first, one per line: what a tab shows, to assert on.
QString modelText(const QAbstractItemModel* model, const QModelIndex& parent = {}) {
    QString text;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column)
            text += model->index(row, column, parent).data().toString() + u'\t';
        text += u'\n' + modelText(model, model->index(row, 0, parent));
    }
    return text;
}

QString tabText(MainWindow& window, const char* name) {
    const QString objectName = QString::fromLatin1(name);
    if (auto* edit = window.findChild<QPlainTextEdit*>(objectName))
        return edit->toPlainText();
    if (auto* view = window.findChild<QAbstractItemView*>(objectName))
        return modelText(view->model());
    return {};
}

QJsonObject checkOf(const QJsonObject& session, const QString& id) {
    for (const QJsonValue& check : session[u"checks"].toArray())
        if (check[u"id"].toString() == id)
            return check.toObject();
    return {};
}

// Types the input, presses Ctrl+Return and waits for the run to end.
QJsonObject runInput(MainWindow& window, const QString& text) {
    auto* input = window.findChild<QPlainTextEdit*>(u"input"_s);
    input->setPlainText(text);
    // Offscreen, a shortcut reaches only the active window: a run's end can move the activation (a
    // tab switch, a status popup), so the window is made active again before each key press.
    window.activateWindow();
    // Best effort: the key press below is what the test checks, and it waits for the run itself.
    [[maybe_unused]] const bool active = QTest::qWaitForWindowActive(&window);
    input->setFocus();
    QTest::keyClick(input, Qt::Key_Return, Qt::ControlModifier);
    if (!QTest::qWaitFor([&] { return window.isRunning(); }, 2000) && window.session().isEmpty())
        return {};
    // The caller checks what the session holds; a run that did not finish shows there.
    [[maybe_unused]] const bool finished = QTest::qWaitFor(
        [&] { return !window.isRunning() && !window.session()[u"finished_utc"].toString().isEmpty(); },
        60000);
    return window.session();
}

} // namespace

class TestMainWindow : public QObject {
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
        useLab(m_lab);
    }

    void opensAndCloses() {
        MainWindow window(nullptr, m_dir.filePath(u"open.sqlite"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* input = window.findChild<QPlainTextEdit*>(u"input"_s);
        QVERIFY(input);
        QVERIFY(!input->accessibleName().isEmpty());
        QVERIFY(input->hasFocus() || input->focusPolicy() != Qt::NoFocus);
        // Every view a user can reach has a name for assistive technology.
        for (const char* name :
             {"checkList", "diagnosisView", "detailTabs", "blocklistTable", "bounceText", "spfTree",
              "authTree", "mailServers", "reverseDns", "rawEvidence", "historyView"}) {
            auto* widget = window.findChild<QWidget*>(QString::fromLatin1(name));
            QVERIFY2(widget, name);
            QVERIFY2(!widget->accessibleName().isEmpty(), name);
        }
        auto* diagnose = window.findChild<QAction*>(u"actionDiagnose"_s);
        QVERIFY(diagnose);
        QVERIFY(diagnose->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Return)));
        QVERIFY(!diagnose->isEnabled()); // nothing to diagnose yet
        QCOMPARE(window.findChild<QAction*>(u"actionCancel"_s)->shortcut(), QKeySequence(Qt::Key_Escape));
        QCOMPARE(window.findChild<QAction*>(u"actionExport"_s)->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::Key_E));
        auto* quit = window.findChild<QAction*>(u"actionQuit"_s);
        QVERIFY(quit);
        quit->trigger();
        QTRY_VERIFY(!window.isVisible());
    }

    // What macOS sends when a .eml is double-clicked while Rebound runs.
    void opensAFileTheSystemHandsOver() {
        MainWindow window(nullptr, m_dir.filePath(u"fileopen.sqlite"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString path = QStringLiteral(REBOUND_TEST_DATA_DIR "/gui/data/bounce-spamhaus.eml");
        QFileOpenEvent event(path);
        QVERIFY(QCoreApplication::sendEvent(qApp, &event));
        auto* input = window.findChild<QPlainTextEdit*>(u"input"_s);
        QTRY_VERIFY(input->toPlainText().contains(u"zen.spamhaus.org"_s));
        // Opening is asking for the diagnosis: it runs without pressing Diagnose.
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()[u"finished_utc"].toString().isEmpty(), 60000);
        QCOMPARE(window.session()[u"detected_as"].toString(), u"bounce"_s);
    }

    // File > Open hands the chosen path to openPath(), the command line too; a drop loads the file
    // in the input box. Each starts the diagnosis at once, and the view opens on the tab that holds the
    // top cause's evidence, the input shrunk to one line.
    void openingAFileRunsIt_data() {
        QTest::addColumn<bool>("dropped");
        QTest::newRow("File > Open / command line") << false;
        QTest::newRow("dropped") << true;
    }

    void openingAFileRunsIt() {
        QFETCH(bool, dropped);
        MainWindow window(nullptr, m_dir.filePath(u"openruns.sqlite"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* tabs = window.findChild<QTabWidget*>(u"detailTabs"_s);
        tabs->setCurrentIndex(0);
        const QString path = QStringLiteral(REBOUND_TEST_DATA_DIR "/gui/data/bounce-spamhaus.eml");
        auto* input = window.findChild<QPlainTextEdit*>(u"input"_s);
        if (dropped)
            rebound::guitest::drop(input->viewport(), path);
        else
            window.openPath(path);
        // No Diagnose pressed: the run starts (and may well be over by the time this looks).
        QTRY_VERIFY_WITH_TIMEOUT(
            !window.isRunning() && !window.session()[u"finished_utc"].toString().isEmpty(), 60000);
        QVERIFY(window.session()[u"input"].toString().contains(u"zen.spamhaus.org"_s));
        QVERIFY(window.isInputCollapsed());
        QVERIFY2(topCauseTitle(window).contains(u"Spamhaus XBL"_s), qPrintable(topCauseTitle(window)));
        QCOMPARE(tabs->currentWidget()->objectName(), u"blocklistView"_s);
        QVERIFY(!window.isStale());
        // One line high; the button (or a click into it) brings the whole input back.
        QVERIFY(input->height() < 3 * input->fontMetrics().lineSpacing());
        auto* expand = window.findChild<QToolButton*>(u"expandInput"_s);
        QVERIFY(expand->isVisible());
        expand->click();
        QVERIFY(!window.isInputCollapsed());
        QTRY_VERIFY(input->height() > 5 * input->fontMetrics().lineSpacing());
    }

    // Results made from another input than the one in the box say so, and stop saying it when the
    // input is back to what they were made from or a new run starts.
    void staleResultsAreMarked() {
        MainWindow window(nullptr, m_dir.filePath(u"stale.sqlite"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* banner = window.findChild<QWidget*>(u"staleBanner"_s);
        QVERIFY(banner && !banner->isVisible());
        const QJsonObject first = runInput(window, u"192.0.2.99"_s);
        QVERIFY(!first.isEmpty());
        QVERIFY(!window.isStale());
        auto* input = window.findChild<QPlainTextEdit*>(u"input"_s);
        input->setFocus();
        input->moveCursor(QTextCursor::End);
        QTest::keyClicks(input, u"9"_s);
        QTRY_VERIFY(window.isStale());
        QVERIFY(banner->isVisible());
        QVERIFY(window.windowTitle().contains(u"out of date"_s));
        QVERIFY(!banner->accessibleName().isEmpty());
        QTest::keyClick(input, Qt::Key_Backspace);
        QTRY_VERIFY(!window.isStale());
        QVERIFY(!banner->isVisible());
        QTest::keyClicks(input, u"8"_s);
        QTRY_VERIFY(window.isStale());
        // A new run of the edited input is up to date again. (Shortcuts reach only the active window.)
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(input, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(!window.isStale());
        QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 60000);
        QVERIFY(!window.isStale());
        QCOMPARE(window.session()[u"input"].toString(), u"192.0.2.998"_s);
    }

    void detectsWhileTyping() {
        MainWindow window(nullptr, m_dir.filePath(u"detect.sqlite"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* input = window.findChild<QPlainTextEdit*>(u"input"_s);
        input->setFocus();
        QTest::keyClicks(input, u"192.0.2.99"_s);
        auto* detected = window.findChild<QLabel*>(u"detected"_s);
        QTRY_VERIFY(detected->text().startsWith(u"Detected:"_s));
        QVERIFY(window.findChild<QAction*>(u"actionDiagnose"_s)->isEnabled());
    }

    void showsAStoredSession() {
        MainWindow window(nullptr, m_dir.filePath(u"stored.sqlite"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QJsonObject session = rebound::guitest::sampleSession();
        window.showSession(session);
        QCOMPARE(topCauseTitle(window), u"Your sending IP is on the Spamhaus XBL"_s);
        QCOMPARE(window.findChild<DiagnosisView*>()->cards().size(), 2);
        auto* table = window.findChild<QTableView*>(u"blocklistTable"_s);
        QCOMPARE(table->model()->rowCount(), 6);
        QCOMPARE(table->model()->index(0, BlocklistModel::NameColumn).data().toString(), u"Spamhaus ZEN"_s);
        QCOMPARE(table->model()->index(0, BlocklistModel::StatusColumn).data().toString(), u"Listed"_s);
        // "Show only problems" hides the clean and skipped lists.
        window.findChild<QCheckBox*>(u"onlyProblems"_s)->setChecked(true);
        QCOMPARE(table->model()->rowCount(), 3);
        // Copy puts the shown rows on the clipboard as text.
        table->setFocus();
        table->selectRow(0);
        QTest::keySequence(table, QKeySequence::Copy);
        QVERIFY(QApplication::clipboard()->text().contains(u"Spamhaus ZEN\tzen.spamhaus.org"_s));
        // Evidence spans of the bounce are highlighted.
        QVERIFY(window.findChild<BounceView*>()->highlightCount() >= 3);
        // Copy as Markdown (core/report's, tested in tests/report).
        window.findChild<QAction*>(u"actionCopyMarkdown"_s)->trigger();
        QVERIFY(QApplication::clipboard()->text().contains(u"Your sending IP is on the Spamhaus XBL"_s));
        // Untrusted text never becomes rich text.
        for (QLabel* label : window.findChildren<QLabel*>())
            QVERIFY2(label->textFormat() == Qt::PlainText || label->text().isEmpty()
                         || label->text().startsWith(u'&') || !label->text().contains(u'<'),
                     qPrintable(label->text()));
    }

    void diagnosesAPastedBounce() {
        MainWindow window(nullptr, m_dir.filePath(u"run.sqlite"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* input = window.findChild<QPlainTextEdit*>(u"input"_s);
        QApplication::clipboard()->setText(readBounce());
        input->setFocus();
        QTest::keySequence(input, QKeySequence::Paste);
        QVERIFY(input->toPlainText().contains(u"zen.spamhaus.org"_s));
        QTest::keyClick(input, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(
            !window.session()[u"finished_utc"].toString().isEmpty() && !window.isRunning(), 30000);

        const QJsonObject session = window.session();
        QCOMPARE(session[u"detected_as"].toString(), u"bounce"_s);
        const QString title = topCauseTitle(window);
        QVERIFY2(title.contains(u"192.0.2.99"_s) && title.contains(u"Spamhaus"_s), qPrintable(title));
        QCOMPARE(title, session[u"diagnosis"][0][u"title"].toString());

        // The run is in the history, finished.
        // Written once the worker has encoded it (the UI thread never waits for that).
        QTRY_VERIFY(window.history()->list().size() == 1 && window.history()->list().first().finished);

        const QJsonObject blocklists = [&] {
            for (const QJsonValue& check : session[u"checks"].toArray())
                if (check[u"id"].toString() == u"blocklists"_s)
                    return check.toObject();
            return QJsonObject();
        }();
        QCOMPARE(blocklists[u"state"].toString(), u"done"_s);
        QVERIFY2(title.contains(u"XBL"_s), qPrintable(title));
        auto* table = window.findChild<QTableView*>(u"blocklistTable"_s);
        QVERIFY(table->model()->rowCount() > 0);
        QCOMPARE(table->model()->index(0, BlocklistModel::ZoneColumn).data().toString(),
                 u"zen.spamhaus.org"_s);
        QCOMPARE(table->model()
                     ->index(0, BlocklistModel::StatusColumn)
                     .data(BlocklistModel::StatusRole)
                     .toString(),
                 u"listed"_s);
        QVERIFY(
            table->model()->index(0, BlocklistModel::CodesColumn).data().toString().contains(u"127.0.0.4"_s));

        // Every tab shows the real results of its check.
        const QString reverseDns = tabText(window, "reverseDns");
        QVERIFY2(reverseDns.contains(u"mail.example.net"_s), qPrintable(reverseDns));
        QCOMPARE(checkOf(session, u"domain"_s)[u"state"].toString(), u"done"_s);
        const QString spfSummary = window.findChild<QLabel*>(u"spfSummary"_s)->text();
        QVERIFY2(spfSummary.contains(u"v=spf1 ip4:192.0.2.0/28 -all"_s), qPrintable(spfSummary));
        const QString spfTree = tabText(window, "spfTree");
        QVERIFY2(spfTree.contains(u"ip4:192.0.2.0/28"_s), qPrintable(spfTree));
        const QString auth = tabText(window, "authTree");
        QVERIFY2(auth.contains(u"reject"_s) && auth.contains(u"rua"_s), qPrintable(auth));
        const QString mail = tabText(window, "mailServers");
        QVERIFY2(mail.contains(u"mx1.example.net"_s), qPrintable(mail));
        QVERIFY(!tabText(window, "rawEvidence").isEmpty());
    }

    // A pasted DMARC aggregate report: detected as one, its reports check runs (with the sources'
    // live checks against the lab), and the button beside the detected kind shows it in full in the
    // Reports window.
    void diagnosesAPastedReport() {
        MainWindow window(nullptr, m_dir.filePath(u"report.sqlite"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* button = window.findChild<QPushButton*>(u"openInReports"_s);
        QVERIFY(button);
        QVERIFY(!button->isVisible());
        const QString report =
            u"<?xml version=\"1.0\"?>\n<feedback><report_metadata><org_name>google.com</org_name>"
            "<email>noreply-dmarc-support@google.com</email><report_id>gui-1</report_id><date_range>"
            "<begin>1700000000</begin><end>1700086399</end></date_range></report_metadata>"
            "<policy_published><domain>example.net</domain><p>none</p></policy_published>\n"
            "<record><row><source_ip>192.0.2.99</source_ip><count>5</count><policy_evaluated>"
            "<disposition>none</disposition><dkim>fail</dkim><spf>fail</spf></policy_evaluated></row>"
            "<identifiers><header_from>example.net</header_from></identifiers><auth_results><spf>"
            "<domain>example.net</domain><result>fail</result></spf></auth_results></record>\n"
            "</feedback>\n"_s;
        const QJsonObject session = runInput(window, report);
        QCOMPARE(session[u"detected_as"].toString(), u"dmarc_report"_s);
        QCOMPARE(checkOf(session, u"reports"_s)[u"state"].toString(), u"done"_s);
        QCOMPARE(session[u"diagnosis"][0][u"id"].toString(), u"reports.unauthorised_sender"_s);
        QVERIFY(button->isVisible());
        button->click();
        auto* reports = window.findChild<ReportsView*>();
        QVERIFY(reports);
        QTRY_VERIFY_WITH_TIMEOUT(reports->isLoaded() && !reports->isBusy(), 30000);
        QCOMPARE(reports->summary().messages, 5);
        reports->close();
    }

    // A pasted message: detected as one, its analysis runs with the checks of its first external hop
    // and its From domain, and the Message tab appears with the route, the timeline and the DKIM table.
    void diagnosesAPastedMessage() {
        MainWindow window(nullptr, m_dir.filePath(u"message.sqlite"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* tabs = window.findChild<QTabWidget*>(u"detailTabs"_s);
        auto* messageTab = window.findChild<MessageView*>(u"messageView"_s);
        QVERIFY(messageTab);
        QVERIFY(!tabs->isTabVisible(tabs->indexOf(messageTab))); // nothing analysed yet
        const QString message = rebound::guitest::deliveredMessage();
        const QJsonObject session = runInput(window, message);
        QCOMPARE(session[u"detected_as"].toString(), u"message"_s);
        QCOMPARE(checkOf(session, u"message"_s)[u"state"].toString(), u"done"_s);
        QCOMPARE(checkOf(session, u"blocklists"_s)[u"result"][u"ip"].toString(), u"192.0.2.99"_s);
        QVERIFY(tabs->isTabVisible(tabs->indexOf(messageTab)));
        const QString hops = tabText(window, "messageHops");
        QVERIFY2(hops.contains(u"192.0.2.99"_s) && hops.contains(u"first external hop"_s), qPrintable(hops));
        QVERIFY(hops.contains(u"3604"_s)); // the second hop's delay, in seconds
        const QString dkim = tabText(window, "messageDkim");
        QVERIFY2(dkim.contains(u"gone"_s) && dkim.contains(u"permerror"_s), qPrintable(dkim));
        const QString findings = tabText(window, "messageFindings");
        QVERIFY2(findings.contains(u"DMARC fail for example.net"_s), qPrintable(findings));
        QCOMPARE(messageTab->timeline()->hopCount(), 2);
        QVERIFY(messageTab->timeline()->accessibleDescription().contains(u"first hop outside"_s));
        for (const char* name : {"messageHops", "messageDkim", "messageArc", "messageAuthResults",
                                 "messageBulkSender", "messageFindings", "routeTimeline"})
            QVERIFY2(!window.findChild<QWidget*>(QString::fromLatin1(name))->accessibleName().isEmpty(),
                     name);

        // A bounce after it: no message in it, so no Message tab.
        runInput(window, u"554 5.7.1 Client host [192.0.2.99] blocked using zen.spamhaus.org"_s);
        // A run that ends between two polls of runInput() is waited for here.
        QTRY_VERIFY_WITH_TIMEOUT(window.session()[u"detected_as"].toString() == u"bounce"_s
                                     && !window.isRunning()
                                     && !window.session()[u"finished_utc"].toString().isEmpty(),
                                 30000);
        QVERIFY(checkOf(window.session(), u"message"_s).isEmpty());
        QVERIFY(!messageTab->hasMessage());
        QVERIFY(!tabs->isTabVisible(tabs->indexOf(messageTab)));
    }

    // An IP and a domain typed in: the checks each kind plans run against the lab and fill their tabs.
    void diagnosesEachInputKind_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("check");
        QTest::addColumn<QString>("tab");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ip, blocklists")
            << u"192.0.2.99"_s << u"ip"_s << u"blocklists"_s << u"blocklistTable"_s << u"zen.spamhaus.org"_s;
        QTest::newRow("ip, reverse DNS")
            << u"192.0.2.99"_s << u"ip"_s << u"blocklists"_s << u"reverseDns"_s << u"mail.example.net"_s;
        QTest::newRow("domain, SPF") << u"example.net"_s << u"domain"_s << u"domain"_s << u"spfTree"_s
                                     << u"ip4:192.0.2.0/28"_s;
        QTest::newRow("domain, DMARC")
            << u"example.net"_s << u"domain"_s << u"domain"_s << u"authTree"_s << u"reject"_s;
        QTest::newRow("domain, MX") << u"example.net"_s << u"domain"_s << u"domain"_s << u"mailServers"_s
                                    << u"mx1.example.net"_s;
    }

    void diagnosesEachInputKind() {
        QFETCH(QString, input);
        QFETCH(QString, kind);
        QFETCH(QString, check);
        QFETCH(QString, tab);
        QFETCH(QString, expected);
        MainWindow window(nullptr, m_dir.filePath(u"kinds.sqlite"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QJsonObject session = runInput(window, input);
        QCOMPARE(session[u"detected_as"].toString(), kind);
        QCOMPARE(checkOf(session, check)[u"state"].toString(), u"done"_s);
        const QString shown = tabText(window, qPrintable(tab));
        QVERIFY2(shown.contains(expected), qPrintable(shown));
    }

    // The Raw DNS evidence tab is a table of the run's real queries: who answered, what they said, the
    // TTL and the records; NXDOMAIN and NODATA are told apart; it filters by name and sorts by time.
    void rawDnsEvidenceTable() {
        MainWindow window(nullptr, m_dir.filePath(u"rawdns.sqlite"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QJsonObject session = runInput(window, u"example.net"_s);
        QCOMPARE(checkOf(session, u"domain"_s)[u"state"].toString(), u"done"_s);
        const QJsonObject log = session[u"dns_queries"].toObject();
        const int total = log[u"total"].toInt();
        QVERIFY2(total > 5, qPrintable(QString::number(total)));
        QCOMPARE(log[u"dropped"].toInt(), 0);

        auto* view = window.findChild<DnsQueryView*>();
        QVERIFY(view);
        const DnsQueryModel* model = view->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), total, 5000);
        auto cell = [&](int row, int column) { return model->index(row, column).data().toString(); };
        auto findRow = [&](const QString& name, const QString& type) {
            for (int row = 0; row < model->rowCount(); ++row)
                if (cell(row, DnsQueryModel::NameColumn) == name
                    && cell(row, DnsQueryModel::TypeColumn) == type)
                    return row;
            return -1;
        };
        const int mx = findRow(u"example.net"_s, u"MX"_s);
        QVERIFY2(mx >= 0, qPrintable(modelText(model)));
        QCOMPARE(model->index(mx, 0).data(DnsQueryModel::OutcomeRole).toString(), u"answer"_s);
        QCOMPARE(cell(mx, DnsQueryModel::ServerColumn), m_lab.server());
        QVERIFY(cell(mx, DnsQueryModel::DataColumn).contains(u"10 mx1.example.net."_s));
        QCOMPARE(cell(mx, DnsQueryModel::TtlColumn), u"300"_s);
        const int dmarc = findRow(u"_dmarc.example.net"_s, u"TXT"_s);
        QVERIFY(dmarc >= 0);
        QVERIFY(cell(dmarc, DnsQueryModel::DataColumn).contains(u"p=reject"_s));
        // A name that does not exist, and a name that exists without the type asked: both with the
        // zone's negative-caching TTL (120 s), and said in words.
        int nxdomain = -1;
        int nodata = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString outcome = model->index(row, 0).data(DnsQueryModel::OutcomeRole).toString();
            if (outcome == u"nxdomain" && nxdomain < 0)
                nxdomain = row;
            if (outcome == u"nodata" && nodata < 0)
                nodata = row;
        }
        QVERIFY2(nxdomain >= 0 && nodata >= 0, qPrintable(modelText(model)));
        QCOMPARE(cell(nxdomain, DnsQueryModel::TtlColumn), u"120"_s);
        QCOMPARE(cell(nxdomain, DnsQueryModel::OutcomeColumn),
                 DnsQueryModel::outcomeText(rebound::dns::Outcome::NxDomain));
        QCOMPARE(cell(nodata, DnsQueryModel::TtlColumn), u"120"_s);
        auto* summary = window.findChild<QLabel*>(u"dnsQuerySummary"_s);
        QVERIFY2(summary->text().contains(QString::number(total)), qPrintable(summary->text()));

        // Filter by name: only the DMARC rows remain, and the line says how many are shown.
        auto* filter = window.findChild<QLineEdit*>(u"dnsQueryFilter"_s);
        QTest::keyClicks(filter, u"_DMARC"_s);
        const QSortFilterProxyModel* shown = view->filterModel();
        QVERIFY(shown->rowCount() >= 1 && shown->rowCount() < total);
        for (int row = 0; row < shown->rowCount(); ++row)
            QVERIFY(shown->index(row, DnsQueryModel::NameColumn).data().toString().contains(u"_dmarc"_s));
        QVERIFY(summary->text().contains(u"%1 shown."_s.arg(shown->rowCount())));
        filter->clear();
        QCOMPARE(shown->rowCount(), total);

        // Sorted by time, slowest first, by a click on the header.
        auto* table = view->table();
        table->sortByColumn(DnsQueryModel::TimeColumn, Qt::DescendingOrder);
        const qint64 first =
            shown->index(0, DnsQueryModel::TimeColumn).data(DnsQueryModel::SortRole).toLongLong();
        const qint64 last =
            shown->index(total - 1, DnsQueryModel::TimeColumn).data(DnsQueryModel::SortRole).toLongLong();
        QVERIFY(first >= last);

        // A stored session shows the same rows without running anything.
        MainWindow reopened(nullptr, m_dir.filePath(u"rawdns2.sqlite"_s));
        reopened.showSession(session);
        auto* reopenedView = reopened.findChild<DnsQueryView*>();
        QTRY_COMPARE_WITH_TIMEOUT(reopenedView->model()->rowCount(), total, 5000);
    }

    // A full log (5,000 queries, long TXT data) is read on a worker: showing it and sorting it by TTL
    // keep the window responsive; the line says the log was cut.
    void fullQueryLogStaysResponsive() {
        MainWindow window(nullptr, m_dir.filePath(u"fulllog.sqlite"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QJsonObject session = rebound::guitest::sampleSession();
        QJsonArray queries;
        for (int i = 0; i < 5000; ++i)
            queries.append(QJsonObject{{u"name"_s, u"n%1.example.net"_s.arg(i)},
                                       {u"type"_s, u"TXT"_s},
                                       {u"server"_s, u"127.0.0.1:53"_s},
                                       {u"outcome"_s, i % 3 ? u"answer"_s : u"nxdomain"_s},
                                       {u"ttl"_s, (i * 7919) % 86400},
                                       {u"data"_s, QJsonArray{QString(500, u'x')}},
                                       {u"elapsed_ms"_s, i % 250}});
        session.insert(u"dns_queries"_s, QJsonObject{{u"queries"_s, queries},
                                                     {u"total"_s, 12000},
                                                     {u"capacity"_s, 5000},
                                                     {u"dropped"_s, 7000}});
        auto* view = window.findChild<DnsQueryView*>();
        // The window's first session lays out every view (about 70 ms offscreen, with or without a log):
        // shown first without the log, so that the probe measures what the log adds.
        QJsonObject bare = session;
        bare.remove(u"dns_queries"_s);
        window.showSession(bare);
        QTest::qWait(100);
        rebound::guitest::StallProbe probe;
        probe.start();
        window.showSession(session);
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 5000, 10000);
        const double loadStall = probe.stop();
        auto* summary = window.findChild<QLabel*>(u"dnsQuerySummary"_s);
        QVERIFY2(summary->text().contains(u"12,000"_s) || summary->text().contains(u"12000"_s),
                 qPrintable(summary->text()));
        QVERIFY(summary->text().contains(u"not kept"_s));
        window.findChild<QTabWidget*>()->setCurrentWidget(window.findChild<QWidget*>(u"rawSplitter"_s));
        // The sort runs on the UI thread, in the call: timed directly.
        QElapsedTimer sortTimer;
        sortTimer.start();
        view->table()->sortByColumn(DnsQueryModel::TtlColumn, Qt::AscendingOrder);
        const double sortStall = double(sortTimer.nsecsElapsed()) / 1e6;
        const QSortFilterProxyModel* shown = view->filterModel();
        QVERIFY(shown->index(0, DnsQueryModel::TtlColumn).data(DnsQueryModel::SortRole).toLongLong()
                <= shown->index(4999, DnsQueryModel::TtlColumn).data(DnsQueryModel::SortRole).toLongLong());
        qInfo("5,000 queries: show %.1f ms, sort by TTL %.1f ms (longest stall / time of the sort)",
              loadStall, sortStall);
        QVERIFY2(loadStall < 50 && sortStall < 50, qPrintable(u"%1 / %2 ms"_s.arg(loadStall).arg(sortStall)));
    }

    // Each tab leads with its verdicts, a word and an icon per row, the reason beside it and the detail
    // one level down: the two SPF records are the finding, the MX alias is said as the CLI says it,
    // the bad DMARC tag is a warning with an icon. A typed DKIM selector is checked on the next run.
    void findingsTables() {
        MainWindow window(nullptr, m_dir.filePath(u"findings.sqlite"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QJsonObject session = runInput(window, u"findings.example"_s);
        QCOMPARE(checkOf(session, u"domain"_s)[u"state"].toString(), u"done"_s);

        const QAbstractItemModel* spf = window.findChild<QTreeView*>(u"spfFindings"_s)->model();
        QVERIFY(spf->rowCount() > 0);
        const QString spfText = modelText(spf);
        QVERIFY2(spfText.contains(u"Fail\t2 SPF records published for findings.example"_s),
                 qPrintable(spfText));
        // Both records, as found, one level down; and every row has an icon beside its word.
        QVERIFY2(spfText.contains(u"v=spf1 ip4:192.0.2.0/28 -all"_s)
                     && spfText.contains(u"v=spf1 include:spf.findings.example ~all"_s),
                 qPrintable(spfText));
        for (int row = 0; row < spf->rowCount(); ++row) {
            QVERIFY(!spf->index(row, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
            QVERIFY(QStringList({u"Pass"_s, u"Warning"_s, u"Fail"_s, u"Note"_s})
                        .contains(spf->index(row, 0).data().toString()));
        }

        const QJsonArray domainFindings = checkOf(session, u"domain"_s)[u"findings"].toArray();
        const auto findingTitle = [&](const QString& id) {
            for (const QJsonValue& f : domainFindings)
                if (f[u"id"].toString() == id)
                    return f[u"title"].toString();
            return QString();
        };
        const QString cname = findingTitle(u"mx.cname"_s);
        QVERIFY(!cname.isEmpty());
        const QString mail = modelText(window.findChild<QTreeView*>(u"mailFindings"_s)->model());
        QVERIFY2(mail.contains(cname), qPrintable(mail));
        const QString auth = modelText(window.findChild<QTreeView*>(u"authFindings"_s)->model());
        QVERIFY2(auth.contains(u"Pass\tDMARC record found"_s), qPrintable(auth));
        bool dmarcWarned = false;
        for (const QJsonValue& f : domainFindings)
            if (f[u"id"].toString().startsWith(u"dmarc."_s) && f[u"severity"].toString() != u"info"_s)
                dmarcWarned |= auth.contains(f[u"title"].toString());
        QVERIFY2(dmarcWarned, qPrintable(auth));
        QVERIFY(!auth.contains(u"DKIM key found for selector odd2026"_s)); // no one would guess it

        // The DMARC record's tags: the bad value is flagged with an icon, not a plain note.
        const QAbstractItemModel* tags = window.findChild<QTreeView*>(u"authTree"_s)->model();
        bool flagged = false;
        for (int row = 0; row < tags->rowCount(); ++row) {
            const QModelIndex record = tags->index(row, 0);
            for (int child = 0; child < tags->rowCount(record); ++child) {
                const QModelIndex tag = tags->index(child, 0, record);
                flagged |= !tag.data(Qt::DecorationRole).value<QIcon>().isNull()
                           && (tag.data().toString() == u"Warning"_s || tag.data().toString() == u"Error"_s);
            }
        }
        QVERIFY(flagged);

        auto* selector = window.findChild<QLineEdit*>(u"dkimSelector"_s);
        selector->setText(u"odd2026"_s);
        window.findChild<QPushButton*>(u"checkSelector"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning()
                                     && !window.session()[u"finished_utc"].toString().isEmpty()
                                     && window.session()[u"id"] != session[u"id"],
                                 60000);
        const QString authAgain = modelText(window.findChild<QTreeView*>(u"authFindings"_s)->model());
        QVERIFY2(authAgain.contains(u"DKIM key found for selector odd2026"_s), qPrintable(authAgain));

        // Not a selector: refused with a reason, nothing runs.
        selector->setText(u"bad selector!"_s);
        window.findChild<QPushButton*>(u"checkSelector"_s)->click();
        QVERIFY(!window.isRunning());
        auto* box = window.findChild<QMessageBox*>(u"problemBox"_s);
        QVERIFY(box);
        box->accept();
    }

    // An address: its domain's MX probed over SMTP with STARTTLS (aiosmtpd on loopback, a test CA's
    // certificate) and the transcript and TLS details shown in the MX & SMTP tab.
    void diagnosesAnAddressWithSmtp() {
        rebound::smtptest::TestCertificates certificates;
        QString error;
        QVERIFY2(certificates.generate(&error), qPrintable(error));
        const quint16 port = rebound::smtptest::freeTcpPort();
        rebound::smtptest::ServerProcess server;
        if (!server.startAiosmtpd(u"127.0.0.1"_s, port, certificates.good().cert, certificates.good().key,
                                  &error))
            QSKIP(qPrintable(u"aiosmtpd is not available: "_s + error));
        QTemporaryDir zones;
        const QString spki =
            rebound::smtptest::TestCertificates::spkiSha256(certificates.good().cert, &error);
        QVERIFY2(!spki.isEmpty(), qPrintable(error));
        QVERIFY2(rebound::smtptest::writeSmtpZones(zones.path(), port, spki, &error), qPrintable(error));
        for (const QString& name :
             QDir(QStringLiteral(REBOUND_TEST_DATA_DIR "/gui/zones")).entryList(QDir::Files))
            QVERIFY(QFile::copy(QStringLiteral(REBOUND_TEST_DATA_DIR "/gui/zones/") + name,
                                zones.filePath(name)));
        rebound::lab::DnsLab lab;
        rebound::lab::DnsLabOptions options;
        options.zonesDir = zones.path();
        QVERIFY2(lab.start(options, &error), qPrintable(error));
        useLab(lab);
        AppSettings settings = AppSettings::load();
        settings.smtpProbe = true;
        settings.smtpPort = port;
        settings.save();

        MainWindow window(nullptr, m_dir.filePath(u"smtp.sqlite"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QJsonObject session = runInput(window, u"postmaster@smtp.test"_s);
        QCOMPARE(session[u"detected_as"].toString(), u"address"_s);
        QCOMPARE(checkOf(session, u"smtp"_s)[u"state"].toString(), u"done"_s);
        const QString mail = tabText(window, "mailServers");
        QVERIFY2(mail.contains(u"mx.smtp.test"_s), qPrintable(mail));
        QVERIFY2(mail.contains(u"STARTTLS"_s), qPrintable(mail));
        QVERIFY2(mail.contains(u"TLSv1.3"_s) || mail.contains(u"TLS 1.3"_s), qPrintable(mail));
        QVERIFY2(mail.contains(u"220 "_s), qPrintable(mail)); // the transcript, with the banner
    }

    // Blocklist rows stream in while the check runs; Esc then keeps what finished.
    void cancelKeepsPartialResults() {
        rebound::lab::DnsLab lab;
        rebound::lab::DnsLabOptions options;
        options.zonesDir = QStringLiteral(REBOUND_TEST_DATA_DIR "/gui/zones");
        options.dnsdistRules << u"local zen = newSuffixMatchNode(); zen:add(\"zen.spamhaus.org.\")"_s
                             << u"addAction(SuffixMatchNodeRule(zen), DropAction())"_s;
        QString error;
        QVERIFY2(lab.start(options, &error), qPrintable(error));
        useLab(lab);
        AppSettings settings = AppSettings::load();
        settings.dnsTimeoutMs = 60000; // the dropped queries hang until cancelled
        settings.save();

        MainWindow window(nullptr, m_dir.filePath(u"cancel.sqlite"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* input = window.findChild<QPlainTextEdit*>(u"input"_s);
        input->setPlainText(u"192.0.2.99"_s);
        input->setFocus();
        QTest::keyClick(input, Qt::Key_Return, Qt::ControlModifier);
        auto* checks = window.findChild<QListView*>(u"checkList"_s)->model();
        const auto anyRunning = [&] {
            for (int row = 0; row < checks->rowCount(); ++row)
                if (checks->index(row, 0).data(CheckListModel::StateRole).toString() == u"running"_s)
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(anyRunning() || !window.isRunning(), 10000);
        QVERIFY(window.isRunning()); // the blocklist queries to zen.spamhaus.org are dropped
        // The check cannot finish, yet the lists that answered are rows already, and the checks
        // list counts them.
        auto* table = window.findChild<QTableView*>(u"blocklistTable"_s);
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() >= 3, 20000);
        QVERIFY(window.isRunning());
        const QJsonObject check = checkOf(window.session(), u"blocklists"_s);
        QCOMPARE(check[u"state"].toString(), u"running"_s);
        const int total = check[u"total"].toInt();
        QVERIFY(total > table->model()->rowCount());
        QVERIFY(!modelText(table->model()).contains(u"zen.spamhaus.org"_s)); // not answered: no row
        QTRY_VERIFY(modelText(checks).contains(u" of %1 answered"_s.arg(total)));
        QVERIFY2(window.findChild<QLabel*>(u"blocklistState"_s)->text().contains(u"lists answered"_s),
                 qPrintable(window.findChild<QLabel*>(u"blocklistState"_s)->text()));
        QTest::keyClick(&window, Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 5000);
        const QJsonObject session = window.session();
        QVERIFY(session[u"cancelled"].toBool());
        QVERIFY(!session[u"checks"].toArray().isEmpty()); // kept, with their states
        // Written once the worker has encoded it (the UI thread never waits for that).
        QTRY_VERIFY(window.history()->list().size() == 1 && window.history()->list().first().finished);
    }

    void reopensFromHistory() {
        const QString path = m_dir.filePath(u"reopen.sqlite"_s);
        {
            HistoryStore store(path);
            QVERIFY(store.save(rebound::guitest::sampleSession(), true));
        }
        MainWindow window(nullptr, path);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QAction*>(u"actionHistory"_s)->trigger();
        auto* dock = window.findChild<QDockWidget*>(u"historyDock"_s);
        QTRY_VERIFY(dock->isVisible());
        auto* view = window.findChild<QTableView*>(u"historyView"_s);
        QTRY_COMPARE(view->model()->rowCount(), 1); // read off the UI thread
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 0));
        QTest::mouseClick(window.findChild<QPushButton*>(u"historyOpen"_s), Qt::LeftButton);
        QTRY_COMPARE(topCauseTitle(window), u"Your sending IP is on the Spamhaus XBL"_s);
        QVERIFY(window.findChild<QPlainTextEdit*>(u"input"_s)->toPlainText().contains(u"zen.spamhaus.org"_s));

        auto* search = window.findChild<QLineEdit*>(u"historySearch"_s);
        QTest::keyClicks(search, u"no such run"_s);
        QTRY_COMPARE(view->model()->rowCount(), 0);
        search->clear();
        QTRY_COMPARE(view->model()->rowCount(), 1);
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 0));
        QTest::keyClick(view, Qt::Key_Delete);
        QTRY_COMPARE(view->model()->rowCount(), 0);
    }

    // "Run again" from the history runs the stored input against today's DNS: a second entry, finished.
    void rerunsFromHistory() {
        const QString path = m_dir.filePath(u"rerun.sqlite"_s);
        {
            HistoryStore store(path);
            QJsonObject session = rebound::guitest::sampleSession();
            session[u"input"] = u"192.0.2.99"_s;
            QVERIFY(store.save(session, true));
        }
        MainWindow window(nullptr, path);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QDockWidget*>(u"historyDock"_s)->show();
        auto* view = window.findChild<QTableView*>(u"historyView"_s);
        QTRY_COMPARE(view->model()->rowCount(), 1);
        view->setCurrentIndex(view->model()->index(0, 0));
        QTest::mouseClick(window.findChild<QPushButton*>(u"historyRerun"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            !window.isRunning() && !window.session()[u"finished_utc"].toString().isEmpty()
                && window.history()->list().size() == 2 && window.history()->list().first().finished,
            30000);
        QCOMPARE(window.session()[u"input"].toString(), u"192.0.2.99"_s);
        QCOMPARE(checkOf(window.session(), u"blocklists"_s)[u"state"].toString(), u"done"_s);
        QVERIFY(topCauseTitle(window).contains(u"XBL"_s));
    }

    // Tab from the input reaches the Diagnose button, the check list, the causes and the detail tabs
    // without the mouse.
    void keyboardReachesEveryPane() {
        MainWindow window(nullptr, m_dir.filePath(u"keyboard.sqlite"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showSession(rebound::guitest::sampleSession());
        auto* input = window.findChild<QPlainTextEdit*>(u"input"_s);
        input->setPlainText(u"192.0.2.99"_s); // Diagnose is enabled, so it takes focus
        input->setFocus();
        QTRY_VERIFY(input->hasFocus());
        QSet<QString> reached;
        for (int i = 0; i < 60; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            for (QWidget* w = QApplication::focusWidget(); w; w = w->parentWidget())
                if (!w->objectName().isEmpty())
                    reached.insert(w->objectName());
        }
        for (const char* name : {"diagnoseButton", "checkList", "diagnosisView", "detailTabs"})
            QVERIFY2(reached.contains(QString::fromLatin1(name)), qPrintable(reached.values().join(u' ')));
    }

    // Every dialog of the window is opened window-modal, not exec()'d: the action returns at once,
    // the window's event loop goes on, and the dialog does its work when the user ends it.
    void dialogsOpenWithoutBlocking() {
        MainWindow window(nullptr, m_dir.filePath(u"dialogs.sqlite"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto openedDialog = [&window](const char* action) -> QDialog* {
            window.findChild<QAction*>(QString::fromLatin1(action))->trigger(); // returns: nothing blocks
            for (auto* dialog : window.findChildren<QDialog*>())
                if (dialog->isVisible() && dialog->windowModality() == Qt::WindowModal)
                    return dialog;
            return nullptr;
        };

        // File > Open: the chosen file goes through openPath() and runs.
        QPointer<QFileDialog> open = qobject_cast<QFileDialog*>(openedDialog("actionOpen"));
        QVERIFY(open);
        QCOMPARE(open->objectName(), u"openDialog"_s);
        const QString path = QStringLiteral(REBOUND_TEST_DATA_DIR "/gui/data/bounce-spamhaus.eml");
        open->selectFile(path);
        static_cast<QDialog*>(open)->accept(); // QFileDialog::accept() is protected: as OK does
        auto* input = window.findChild<QPlainTextEdit*>(u"input"_s);
        QTRY_VERIFY(input->toPlainText().contains(u"zen.spamhaus.org"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()[u"finished_utc"].toString().isEmpty(), 60000);
        QTRY_VERIFY(!open); // deleted when closed

        // Edit > Settings: saved on OK.
        QPointer<SettingsDialog> settings = qobject_cast<SettingsDialog*>(openedDialog("actionSettings"));
        QVERIFY(settings);
        settings->findChild<QSpinBox*>(u"smtpPort"_s)->setValue(2525);
        settings->accept();
        QCOMPARE(AppSettings::load().smtpPort, 2525);
        QTRY_VERIFY(!settings);

        // Help > About.
        QPointer<QMessageBox> about = qobject_cast<QMessageBox*>(openedDialog("actionAbout"));
        QVERIFY(about);
        QVERIFY(about->text().contains(u"Finds out why your mail bounced"_s));
        about->accept();
        QTRY_VERIFY(!about);

        // File > Export: the dialog, window-modal; Cancel closes it.
        QPointer<ExportDialog> exportDialog = qobject_cast<ExportDialog*>(openedDialog("actionExport"));
        QVERIFY(exportDialog);
        exportDialog->reject();
        QTRY_VERIFY(!exportDialog);

        // A cause's link asks before opening, window-modal too; Cancel opens nothing.
        QPushButton* link = nullptr;
        for (auto* button : window.findChild<CauseCard*>()->findChildren<QPushButton*>())
            if (button->text().endsWith(u" ↗"_s))
                link = button;
        QVERIFY(link);
        link->click();
        QPointer<QMessageBox> confirm = window.findChild<QMessageBox*>(u"openUrlConfirmation"_s);
        QVERIFY(confirm && confirm->isVisible());
        QCOMPARE(confirm->windowModality(), Qt::WindowModal);
        QVERIFY(confirm->informativeText().startsWith(u"https://"_s));
        confirm->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!confirm);
    }

    void changesSettings() {
        SettingsDialog dialog(AppSettings::load());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.findChild<QRadioButton*>(u"customResolver"_s)->setChecked(true);
        auto* servers = dialog.findChild<QLineEdit*>(u"resolverServers"_s);
        servers->clear();
        QTest::keyClicks(servers, m_lab.server());
        // The resolver test asks the lab's zen.spamhaus.org for the RFC 5782 test point.
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"testResolver"_s), Qt::LeftButton);
        auto* result = dialog.findChild<QLabel*>(u"testResult"_s);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(u"✔"_s) || result->text().startsWith(u"✘"_s),
                                 10000);
        QVERIFY2(result->text().contains(u"Works"_s), qPrintable(result->text()));
        auto* ehlo = dialog.findChild<QLineEdit*>(u"ehloName"_s);
        QVERIFY(!ehlo->isEnabled()); // SMTP probing is off in init()
        dialog.findChild<QCheckBox*>(u"smtpProbe"_s)->setChecked(true);
        QTest::keyClicks(ehlo, u"probe.example.net"_s);
        dialog.accept();
        const AppSettings saved = AppSettings::load();
        QVERIFY(saved.customResolver);
        QCOMPARE(saved.resolverServers, m_lab.server());
        QCOMPARE(saved.ehloName, u"probe.example.net"_s);
        QVERIFY(saved.smtpProbe);
        const auto options = saved.runOptions();
        QVERIFY(options);
        QCOMPARE(options->resolver.servers.size(), 1);
        QCOMPARE(options->ehloName, u"probe.example.net"_s);
    }

    void resolverTestReportsABrokenResolver() {
        rebound::lab::DnsLab lab;
        rebound::lab::DnsLabOptions options;
        options.zonesDir = QStringLiteral(REBOUND_TEST_DATA_DIR "/gui/zones");
        // A "public resolver" as Spamhaus treats it: the test point answers the refusal code.
        options.dnsdistRules
            << u"addAction(QNameRule(\"2.0.0.127.zen.spamhaus.org.\"), SpoofAction(\"127.255.255.254\"))"_s;
        QString error;
        QVERIFY2(lab.start(options, &error), qPrintable(error));
        AppSettings settings;
        settings.customResolver = true;
        settings.resolverServers = lab.server();
        SettingsDialog dialog(settings);
        dialog.show();
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"testResolver"_s), Qt::LeftButton);
        auto* result = dialog.findChild<QLabel*>(u"testResult"_s);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(u"✔"_s) || result->text().startsWith(u"✘"_s),
                                 10000);
        QVERIFY2(result->text().contains(u"127.255.255.254"_s), qPrintable(result->text()));
    }

    // The test point and zones are the catalog's (Spamhaus ZEN's RFC 5782 point, public or DQS zone).
    void resolverTestAsksTheCatalogsTestPoint() {
        QCOMPARE(ResolverTester::testName({}), u"2.0.0.127.zen.spamhaus.org"_s);
        QCOMPARE(ResolverTester::testName(u" k3y "_s), u"2.0.0.127.k3y.zen.dq.spamhaus.net"_s);
    }

    void rejectsABadServerList() {
        AppSettings settings;
        settings.customResolver = true;
        settings.resolverServers = u"not an address"_s;
        QString error;
        QVERIFY(!settings.runOptions(&error));
        QVERIFY(!error.isEmpty());
    }

private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
    rebound::lab::DnsLab m_lab;
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
