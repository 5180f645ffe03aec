// The main window on a small screen (1024x700, the smallest the app is made for): it opens on the
// screen whole, honours its minimum size, clamps a geometry saved on a bigger screen, and after a run
// gives the results the room (the input shrunk to one line, the blocklist table many rows high).
// Its own main(): the offscreen platform is given that screen before the application starts.
#include "guitestsupport.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextEdit>

using namespace Qt::StringLiterals;

using namespace rebound::ui;

namespace {

constexpr QSize kScreen(1024, 700);

// The whole of widget, in window coordinates, lies inside the window.
bool insideWindow(const QWidget* widget, const QWidget* window) {
    const QRect rect(widget->mapTo(window, QPoint(0, 0)), widget->size());
    return widget->isVisible() && window->rect().contains(rect);
}

QString rectText(const QRect& rect) {
    return u"%1,%2 %3x%4"_s.arg(rect.x()).arg(rect.y()).arg(rect.width()).arg(rect.height());
}

} // namespace

class TestLayout : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        rebound::guitest::isolate(m_settingsDir);
        QCOMPARE(QGuiApplication::primaryScreen()->availableGeometry().size(), kScreen);
    }

    void init() { QSettings().clear(); }

    void opensOnTheScreenWhole() {
        MainWindow window(nullptr, m_dir.filePath(u"open.sqlite"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QRect available = window.screen()->availableGeometry();
        QVERIFY2(available.contains(window.frameGeometry()), qPrintable(rectText(window.frameGeometry())));
        // Sized to the screen, not a fixed size: it takes most of it.
        QVERIFY(window.width() >= available.width() * 9 / 10);
        QVERIFY(window.height() >= available.height() * 8 / 10);
        QVERIFY(insideWindow(window.findChild<QPushButton*>(u"diagnoseButton"_s), &window));
        QVERIFY(insideWindow(window.statusBar(), &window));
    }

    // The size below which the window will not go is one in which every control still fits.
    void minimumSizeIsHonoured() {
        MainWindow window(nullptr, m_dir.filePath(u"minimum.sqlite"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setWindowState(Qt::WindowNoState);
        QCOMPARE(window.minimumSize(), MainWindow::minimumWindowSize());
        QVERIFY(MainWindow::minimumWindowSize().width() <= kScreen.width());
        QVERIFY(MainWindow::minimumWindowSize().height() <= kScreen.height());
        const QSize needed = window.minimumSizeHint();
        QVERIFY2(needed.width() <= window.minimumWidth() && needed.height() <= window.minimumHeight(),
                 qPrintable(u"%1x%2"_s.arg(needed.width()).arg(needed.height())));
        window.resize(300, 200);
        QTRY_COMPARE(window.size(), MainWindow::minimumWindowSize());
        QVERIFY(insideWindow(window.findChild<QPushButton*>(u"diagnoseButton"_s), &window));
        QVERIFY(insideWindow(window.statusBar(), &window));
    }

    // Saved on a 2560x1440 screen, restored here: the whole window comes back on this screen.
    void restoredGeometryIsClamped() {
        {
            MainWindow big(nullptr, m_dir.filePath(u"big.sqlite"_s));
            big.setWindowState(Qt::WindowNoState);
            big.show();
            QVERIFY(QTest::qWaitForWindowExposed(&big));
            big.setWindowState(Qt::WindowNoState);
            big.setGeometry(1400, 600, 1600, 1000);
            QTRY_COMPARE(big.geometry().size(), QSize(1600, 1000));
            big.close();
        }
        MainWindow window(nullptr, m_dir.filePath(u"big.sqlite"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QRect available = window.screen()->availableGeometry();
        QVERIFY2(available.contains(window.geometry()), qPrintable(rectText(window.geometry())));
        QVERIFY(insideWindow(window.findChild<QPushButton*>(u"diagnoseButton"_s), &window));
    }

    void clampsAnyRectangle_data() {
        QTest::addColumn<QRect>("frame");
        QTest::addColumn<QRect>("expected");
        const QRect screen(0, 0, 1024, 700);
        QTest::newRow("fits") << QRect(10, 20, 800, 600) << QRect(10, 20, 800, 600);
        QTest::newRow("too big") << QRect(0, 0, 1600, 1000) << screen;
        QTest::newRow("off to the right") << QRect(900, 100, 800, 500) << QRect(224, 100, 800, 500);
        QTest::newRow("above and left") << QRect(-300, -50, 800, 500) << QRect(0, 0, 800, 500);
        QTest::newRow("big and far away") << QRect(3000, 2000, 1280, 820) << screen;
    }

    void clampsAnyRectangle() {
        QFETCH(QRect, frame);
        QFETCH(QRect, expected);
        QCOMPARE(MainWindow::clampedToScreen(frame, QRect(0, 0, 1024, 700)), expected);
    }

    void initialSizeFollowsTheScreen() {
        // Room is left for the window manager's frame; a big screen does not get a huge window.
        const QSize small = MainWindow::initialSize(QRect(0, 0, 1024, 700));
        QVERIFY(small.width() <= 1024 && small.height() <= 700);
        QVERIFY(small.width() >= 1000 && small.height() >= 640);
        QCOMPARE(MainWindow::initialSize(QRect(0, 0, 3840, 2160)), QSize(1600, 1000));
        // A screen smaller than the minimum: the window still fits it.
        const QSize tiny = MainWindow::initialSize(QRect(0, 0, 640, 480));
        QVERIFY(tiny.width() <= 640 && tiny.height() <= 480);
    }

    // A saved session opened at 1024x700: the input shrinks to a line, the view opens on the
    // blocklists (the top cause's evidence), and the table shows enough rows to read.
    void resultsGetTheRoom() {
        MainWindow window(nullptr, m_dir.filePath(u"room.sqlite"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openPath(QStringLiteral(REBOUND_TEST_DATA_DIR "/gui/data/sample-session.json"));
        QVERIFY(window.isInputCollapsed());
        auto* tabs = window.findChild<QTabWidget*>(u"detailTabs"_s);
        QCOMPARE(tabs->currentWidget()->objectName(), u"blocklistView"_s);
        auto* input = window.findChild<QPlainTextEdit*>(u"input"_s);
        QTRY_VERIFY(input->height() < 3 * input->fontMetrics().lineSpacing());
        auto* table = window.findChild<QTableView*>(u"blocklistTable"_s);
        QTRY_VERIFY(table->isVisible());
        const int rowsShown = table->viewport()->height() / std::max(1, table->rowHeight(0));
        qInfo("blocklist rows visible at %dx%d: %d", window.width(), window.height(), rowsShown);
        QVERIFY2(rowsShown >= 6, qPrintable(QString::number(rowsShown)));
        QVERIFY(insideWindow(window.findChild<QPushButton*>(u"diagnoseButton"_s), &window));
    }

    // A reply line with a 300-character URL in it: the bounce pane wraps it inside its width.
    void longBounceValuesWrap() {
        MainWindow window(nullptr, m_dir.filePath(u"wrap.sqlite"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QJsonObject session = rebound::guitest::sampleSession();
        QJsonObject bounce = session[u"bounce"].toObject();
        QJsonArray recipients = bounce[u"recipients"].toArray();
        QJsonObject first = recipients[0].toObject();
        const QString url = u"https://www.spamhaus.org/query/ip/192.0.2.99?"_s + QString(300, u'x');
        first[u"diagnostic"] = QString(first[u"diagnostic"].toString() + u"; "_s + url);
        recipients[0] = first;
        bounce[u"recipients"] = recipients;
        session[u"bounce"] = bounce;
        window.showSession(session);
        auto* tabs = window.findChild<QTabWidget*>(u"detailTabs"_s);
        tabs->setCurrentIndex(0);
        QWidget* wrapped = nullptr;
        QTRY_VERIFY([&] {
            for (auto* field : window.findChildren<QTextEdit*>(u"bounceField"_s))
                if (field->toPlainText().contains(url))
                    wrapped = field;
            return wrapped && wrapped->isVisible();
        }());
        QScrollArea* area = nullptr;
        for (QWidget* up = wrapped->parentWidget(); up && !area; up = up->parentWidget())
            area = qobject_cast<QScrollArea*>(up);
        QVERIFY(area);
        QTRY_VERIFY(wrapped->height() > 3 * wrapped->fontMetrics().lineSpacing());
        const QRect inArea(wrapped->mapTo(area->viewport(), QPoint(0, 0)), wrapped->size());
        QVERIFY2(inArea.right() <= area->viewport()->width(),
                 qPrintable(u"%1 > %2"_s.arg(inArea.right()).arg(area->viewport()->width())));
        QVERIFY(!area->horizontalScrollBar()->isVisible());
        QCOMPARE(qobject_cast<QTextEdit*>(wrapped)->toPlainText(), first[u"diagnostic"].toString());
    }

private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
};

int main(int argc, char* argv[]) {
    // The offscreen platform reads its screens from a JSON file named in the platform's options.
    QTemporaryDir configDir;
    const QString config = configDir.filePath(u"screens.json"_s);
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(R"({"screens": [{"name": "small", "x": 0, "y": 0, "width": 1024, "height": 700,)"
                      R"( "logicalDpi": 96}]})")
               < 0)
        return 2;
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toLocal8Bit());
    QApplication app(argc, argv);
    TestLayout test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_layout.moc"
