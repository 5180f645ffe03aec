#include "ui/mainwindow.h"

#include <QAction>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTest>

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"ReboundTest"_qs);
        QCoreApplication::setApplicationName(u"Rebound"_qs);
    }

    void opensAndCloses() {
        rebound::ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* input = window.findChild<QPlainTextEdit*>(u"input"_qs);
        QVERIFY(input);
        QVERIFY(!input->accessibleName().isEmpty());
        auto* quit = window.findChild<QAction*>(u"actionQuit"_qs);
        QVERIFY(quit);
        quit->trigger();
        QTRY_VERIFY(!window.isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
