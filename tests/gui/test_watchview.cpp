// The GUI's watch: the Watch window adds, refuses and removes targets (kept in the history database),
// a pass against the blocklist lab fills the table and the timeline; the tray and its notifications,
// offscreen. QSystemTrayIcon::isSystemTrayAvailable() is false on the offscreen platform, so what is
// tested is the logic: when the window hides to the tray (only with a tray, the user's choice and a
// target), what a notification says, and that closing quits where there is no tray.
#include "core/watch/watchstore.h"
#include "guitestsupport.h"
#include "lab/dnslab.h"
#include "ui/appsettings.h"
#include "ui/mainwindow.h"
#include "ui/watchcontroller.h"
#include "ui/watchtargetsmodel.h"
#include "ui/watchtimelinemodel.h"
#include "ui/watchview.h"
#include "ui/watchwords.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace rebound::ui;

class TestWatchView : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
    rebound::lab::DnsLab m_lab;

private slots:
    void initTestCase() {
        rebound::guitest::isolate(m_settingsDir);
        rebound::lab::DnsLabOptions options;
        options.zonesDir = QStringLiteral(REBOUND_TEST_DATA_DIR "/blocklist/zones");
        QString error;
        QVERIFY2(m_lab.start(options, &error), qPrintable(error));
        AppSettings settings = AppSettings::load();
        settings.customResolver = true;
        settings.resolverServers = m_lab.server();
        settings.dnsTimeoutMs = 1000;
        settings.checkDocumentationRanges = true;
        settings.watchInTray = true;
        settings.save();
    }

    // A target listed a week ago and whose PTR changed since: the table keeps the listing in sight (the
    // worst current state, where and since when) beside the newer, minor change.
    void olderListingBesideNewerChange() {
        rebound::watch::WatchStore store;
        QString error;
        QVERIFY2(store.open(m_dir.filePath(u"lastchange.sqlite"_s), &error), qPrintable(error));
        const QDateTime weekAgo = QDateTime::currentDateTimeUtc().addDays(-7);
        rebound::watch::Observation listing;
        listing.target = u"203.0.113.7"_s;
        listing.check = u"blocklist"_s;
        listing.zone = u"bl.spamcop.net"_s;
        listing.state = rebound::watch::CheckState::Listed;
        rebound::watch::Observation ptr;
        ptr.target = listing.target;
        ptr.check = u"ptr"_s;
        ptr.state = rebound::watch::CheckState::Ok;
        ptr.value = u"mail.example.com"_s;
        QVERIFY(store.record({listing, ptr}, weekAgo, u"203.0.113.7"_s, &error));
        ptr.value = u"relay.example.com"_s;
        QVERIFY(store.record({listing, ptr}, weekAgo.addDays(6), u"203.0.113.7"_s, &error));
        WatchTargetsModel model;
        QAbstractItemModelTester tester(&model);
        model.refresh({u"203.0.113.7"_s}, store);
        const QString state = model.index(0, WatchTargetsModel::StateColumn).data().toString();
        QVERIFY2(state.startsWith(u"Listed (bl.spamcop.net) since "_s), qPrintable(state));
        QVERIFY2(state.contains(QLocale().toString(weekAgo.toLocalTime(), QLocale::ShortFormat)),
                 qPrintable(state));
        const QString change = model.index(0, WatchTargetsModel::LastChangeColumn).data().toString();
        QVERIFY2(change.contains(u"PTR changed to relay.example.com"_s), qPrintable(change));
    }

    void trayDecisions() {
        QVERIFY(hidesToTray(true, true, true));
        QVERIFY(!hidesToTray(false, true, true)); // not chosen
        QVERIFY(!hidesToTray(true, false, true)); // no tray (offscreen, some desktops)
        QVERIFY(!hidesToTray(true, true, false)); // nothing to watch
        QCOMPARE(watchNotificationText({}), QString());
        QList<rebound::watch::Change> changes;
        for (int i = 0; i < 7; ++i) {
            rebound::watch::Change change;
            change.target = u"203.0.113.%1"_s.arg(i);
            change.check = u"blocklist"_s;
            change.zone = u"bl.spamcop.net"_s;
            change.kind = rebound::watch::ChangeKind::Listed;
            changes << change;
        }
        const QString text = watchNotificationText(changes, 5);
        QCOMPARE(text.count(u'\n'), 5);
        QVERIFY(text.startsWith(u"203.0.113.0: newly listed on bl.spamcop.net"_s));
        QVERIFY(text.endsWith(u"and 2 more"_s));
        // Untrusted text is escaped in a notification.
        changes.first().target = u"evil\u202Eexample"_s;
        QVERIFY(!watchNotificationText(changes, 1).contains(QChar(0x202E)));
    }

    void addRemoveAndPass() {
        MainWindow window(nullptr, m_dir.filePath(u"history.sqlite"_s));
        window.show();
        WatchView* view = window.showWatch();
        QAbstractItemModelTester tester(view->targetsModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto* input = view->findChild<QLineEdit*>(u"watchTarget"_s);
        auto* status = view->findChild<QLabel*>(u"watchStatus"_s);
        QVERIFY(input && status);
        QVERIFY(!input->accessibleName().isEmpty());

        input->setText(u"no_such!target"_s);
        QVERIFY(!view->addTarget());
        QVERIFY(status->text().contains(u"not an IP address"_s));
        input->setText(u"198.51.100.0/21"_s);
        QVERIFY(!view->addTarget()); // larger than /22

        input->setText(u"203.0.113.7"_s);
        QVERIFY(view->addTarget());
        input->setText(u"example.com 2d"_s);
        QVERIFY(view->addTarget());
        input->setText(u"203.0.113.7 2h"_s);
        QVERIFY(!view->addTarget()); // already watched
        QCOMPARE(view->targetsModel()->rowCount(), 2);
        QCOMPARE(window.watch()->entries(), (QStringList{u"203.0.113.7"_s, u"example.com 172800"_s}));
        QCOMPARE(view->targetsModel()->index(0, WatchTargetsModel::StateColumn).data().toString(),
                 u"Not checked yet"_s);

        // Remove the domain (the Remove button and the Delete key call this).
        auto* table = view->findChild<QTableView*>(u"watchTargets"_s);
        table->setFocus();
        table->selectRow(1);
        view->removeSelected();
        QCOMPARE(window.watch()->entries(), QStringList{u"203.0.113.7"_s});

        // A pass against the lab: the listing shows in the table, the timeline and the status bar.
        QSignalSpy finished(window.watch(), &WatchController::passFinished);
        view->findChild<QPushButton*>(u"watchCheckNow"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        const auto changes = finished.first().at(0).value<QList<rebound::watch::Change>>();
        QVERIFY2(finished.first().at(1).toString().isEmpty(), qPrintable(finished.first().at(1).toString()));
        bool spamcop = false;
        for (const auto& change : changes)
            spamcop =
                spamcop
                || (change.zone == u"bl.spamcop.net" && change.kind == rebound::watch::ChangeKind::Listed);
        QVERIFY(spamcop);
        // The results were written on the recorder's thread, never on this (the GUI's) one.
        QVERIFY(rebound::watch::WatchStore::lastRecordThread());
        QVERIFY(rebound::watch::WatchStore::lastRecordThread() != QThread::currentThread());
        QVERIFY(view->targetsModel()
                    ->index(0, WatchTargetsModel::StateColumn)
                    .data()
                    .toString()
                    .startsWith(u"Listed"_s));
        table->selectRow(0);
        QVERIFY(view->timelineModel()->rowCount() >= 1);
        QVERIFY(window.findChild<QLabel*>(u"statusText"_s)->text().startsWith(u"Watch:"_s));
        // No tray offscreen: nothing was shown there.
        QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable());
        QVERIFY(!window.trayIcon());

        // The same database in another window keeps the list (the history database holds it).
        WatchController other(m_dir.filePath(u"history.sqlite"_s));
        QCOMPARE(other.entries(), QStringList{u"203.0.113.7"_s});

        // With the tray chosen and a target watched, but no tray on this platform: closing quits.
        QVERIFY(AppSettings::load().watchInTray);
        QVERIFY(window.close());
        QVERIFY(!window.isVisible());
        QVERIFY(!window.trayIcon());
    }
};

QTEST_MAIN(TestWatchView)
#include "test_watchview.moc"
