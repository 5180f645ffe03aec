// Takes the screenshots in docs/screenshots/ from the real main window fed with the sample session,
// at a window size (default 1600x1000) on a screen of that size:
//   xvfb-run -s '-screen 0 1600x1000x24' build/tests/gui/rebound_screenshots docs/screenshots
//   xvfb-run -s '-screen 0 1024x700x24' build/tests/gui/rebound_screenshots docs/screenshots/1024x700
//   1024x700
// 11-high-dpi-2x.png is 04 taken at 200 %: QT_SCALE_FACTOR=2 and a 2800x1800 screen, into another folder.
// 12 (the Message tab) diagnoses a message against the DNS lab of tests/gui/zones; 13 (the Reports
// window) reads parsedmarc's aggregate reports from ../shared (skipped without it).
#include "guitestsupport.h"
#include "lab/dnslab.h"
#include "lab/shareddata.h"
#include "ui/historystore.h"
#include "ui/mainwindow.h"
#include "ui/messageview.h"
#include "ui/reportsview.h"
#include "ui/settingsdialog.h"
#include "ui/watchcontroller.h"
#include "ui/watchview.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QJsonArray>
#include <QLineEdit>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace {

bool save(QWidget* widget, const QString& dir, const QString& name) {
    QTest::qWait(200); // let layouts and the style settle before grabbing
    const QString path = dir + u'/' + name;
    const bool ok = widget->grab().save(path);
    qInfo("%s %s", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

// The sample as it looks mid-run: checks running, no causes yet.
QJsonObject runningSession(QJsonObject session) {
    QJsonArray checks = session[u"checks"].toArray();
    QJsonObject first = checks[0].toObject();
    first[u"state"] = u"done"_s;
    checks[0] = first;
    for (qsizetype i = 1; i < checks.size(); ++i) {
        QJsonObject check = checks[i].toObject();
        check[u"state"] = i == 1 ? u"running"_s : u"pending"_s;
        check[u"result"] = QJsonObject();
        checks[i] = check;
    }
    session[u"checks"] = checks;
    session[u"diagnosis"] = QJsonArray{session[u"diagnosis"][0]};
    session.remove(u"finished_utc"_s);
    return session;
}

QPalette darkPalette() {
    QPalette palette;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    return palette;
}

} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QTemporaryDir settingsDir;
    rebound::guitest::isolate(settingsDir);
    QApplication::setWindowIcon(QIcon(u":/rebound/icons/rebound.svg"_s));
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::currentPath();
    const QStringList size = (argc > 2 ? QString::fromLocal8Bit(argv[2]) : u"1600x1000"_s).split(u'x');
    const QSize windowSize(size.value(0).toInt(), size.value(1).toInt());
    if (windowSize.isEmpty()) {
        qCritical("size: WIDTHxHEIGHT, e.g. 1024x700");
        return 2;
    }
    QDir().mkpath(dir);
    QTemporaryDir historyDir;
    const QJsonObject session = rebound::guitest::sampleSession();
    bool ok = true;

    rebound::ui::MainWindow window(nullptr, historyDir.filePath(u"history.sqlite"_s));
    window.show();
    window.setWindowState(Qt::WindowNoState);
    window.setGeometry(QRect(QPoint(0, 0), windowSize));
    auto* input = window.findChild<QPlainTextEdit*>(u"input"_s);
    input->setPlainText(session[u"input"].toString());
    ok &= save(&window, dir, u"01-input-detected.png"_s);

    window.showSession(runningSession(session), true);
    ok &= save(&window, dir, u"02-running.png"_s);

    // Opened as a user opens a saved session: the input shrinks to a line, the view opens on the
    // tab with the top cause's evidence (the blocklists).
    window.openPath(QStringLiteral(REBOUND_TEST_DATA_DIR "/gui/data/sample-session.json"));
    auto* tabs = window.findChild<QTabWidget*>(u"detailTabs"_s);
    ok &= save(&window, dir, u"03-diagnosis-blocklists.png"_s);
    tabs->setCurrentIndex(0);
    ok &= save(&window, dir, u"04-bounce-evidence.png"_s);
    tabs->setCurrentIndex(3);
    ok &= save(&window, dir, u"05-spf-tree.png"_s);
    tabs->setCurrentIndex(4);
    ok &= save(&window, dir, u"06-dmarc-dkim.png"_s);
    tabs->setCurrentIndex(5);
    {
        // As a reader of the transcript would: the divider dragged up, the SMTP part scrolled into view.
        auto* answer = window.findChild<QSplitter*>(u"answerSplitter"_s);
        const QList<int> sizes = answer->sizes();
        answer->setSizes({sizes[0] / 4, sizes[1] + sizes[0] - sizes[0] / 4});
        auto* servers = window.findChild<QPlainTextEdit*>(u"mailServers"_s);
        QTextCursor smtp = servers->document()->find(u"SMTP and TLS"_s);
        if (!smtp.isNull()) {
            servers->moveCursor(QTextCursor::End); // so that the heading then lands at the top
            smtp.clearSelection();
            servers->setTextCursor(smtp);
        }
        ok &= save(&window, dir, u"09-mx-smtp.png"_s);
        answer->setSizes(sizes);
    }

    tabs->setCurrentIndex(1);
    window.history()->save(session, true);
    window.findChild<QDockWidget*>(u"historyDock"_s)->show();
    ok &= save(&window, dir, u"07-history.png"_s);

    rebound::ui::SettingsDialog dialog(rebound::ui::AppSettings::load(), &window);
    dialog.show();
    ok &= save(&dialog, dir, u"08-settings.png"_s);
    dialog.hide();

    // A delivered message diagnosed against the lab: the Message tab with its route and DKIM table.
    window.findChild<QDockWidget*>(u"historyDock"_s)->hide();
    rebound::lab::DnsLab lab;
    rebound::lab::DnsLabOptions labOptions;
    labOptions.zonesDir = QStringLiteral(REBOUND_TEST_DATA_DIR "/gui/zones");
    QString labError;
    if (lab.start(labOptions, &labError)) {
        rebound::guitest::useLab(lab.server());
        input->setPlainText(rebound::guitest::deliveredMessage());
        window.diagnose();
        QTest::qWaitFor([&] { return window.isRunning(); }, 2000);
        QTest::qWaitFor([&] { return !window.isRunning(); }, 60000);
        QWidget* page = window.findChild<rebound::ui::MessageView*>(u"messageView"_s);
        while (page && tabs->indexOf(page) < 0)
            page = page->parentWidget();
        tabs->setCurrentWidget(page);
        ok &= save(&window, dir, u"12-message-tab.png"_s);

        // The Watch window after one pass: 192.0.2.99 on the lab's ZEN, with its timeline.
        rebound::ui::WatchView* watch = window.showWatch();
        auto* target = watch->findChild<QLineEdit*>(u"watchTarget"_s);
        for (const QString& entry : {u"192.0.2.99"_s, u"192.0.2.1"_s, u"example.net"_s}) {
            target->setText(entry);
            watch->addTarget();
        }
        QSignalSpy passed(window.watch(), &rebound::ui::WatchController::passFinished);
        watch->findChild<QPushButton*>(u"watchCheckNow"_s)->click();
        passed.wait(60000);
        watch->findChild<QTableView*>(u"watchTargets"_s)->selectRow(0);
        watch->resize(windowSize.width() * 3 / 4, windowSize.height() * 3 / 4);
        ok &= save(watch, dir, u"14-watch-window.png"_s);
        watch->hide();
    } else {
        qWarning("no DNS lab (%s): 12-message-tab.png not taken", qPrintable(labError));
    }

    // The Reports window with parsedmarc's aggregate reports (some of them broken on purpose).
    const QString corpus = rebound::lab::sharedPath(u"corpora/reports/parsedmarc/aggregate"_s);
    if (QFileInfo::exists(corpus)) {
        window.openPath(corpus);
        auto* reports = window.findChild<rebound::ui::ReportsView*>();
        QTest::qWaitFor([&] { return reports && reports->isLoaded() && !reports->isBusy(); }, 60000);
        reports->resize(windowSize.width() * 7 / 8, windowSize.height() * 9 / 10);
        ok &= save(reports, dir, u"13-reports-window.png"_s);
        reports->hide();
    } else {
        qWarning("no %s: 13-reports-window.png not taken", qPrintable(corpus));
    }

    // A dark system palette (what KDE/GNOME dark themes hand to Qt): the window follows it.
    QApplication::setStyle(u"Fusion"_s);
    QApplication::setPalette(darkPalette());
    window.findChild<QDockWidget*>(u"historyDock"_s)->hide();
    tabs->setCurrentIndex(1);
    ok &= save(&window, dir, u"10-dark-palette.png"_s);
    return ok ? 0 : 1;
}
