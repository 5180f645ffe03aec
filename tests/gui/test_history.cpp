// The history database: a run saved at its start survives without its end (the app was killed),
// is completed by the second save, can be searched, reopened and deleted.
#include "guitestsupport.h"
#include "ui/historymodel.h"
#include "ui/historystore.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace rebound::ui;

class TestHistory : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { rebound::guitest::isolate(m_settingsDir); }

    void defaultLocationIsAppData() {
        HistoryStore store;
        QVERIFY2(store.isOpen(), qPrintable(store.lastError()));
        QVERIFY(store.path().startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    }

    void survivesAKillMidRun() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.sqlite"_s);
        QJsonObject session = rebound::guitest::sampleSession();
        QJsonObject started = session;
        started.remove(u"diagnosis"_s);
        started[u"verdict"] = QString();
        {
            HistoryStore store(path);
            QVERIFY(store.save(started, false));
            // The process "dies" here: no second save.
        }
        {
            HistoryStore store(path);
            const QList<HistoryEntry> entries = store.list();
            QCOMPARE(entries.size(), 1);
            QVERIFY(!entries.first().finished);
            QCOMPARE(entries.first().detectedAs, u"bounce"_s);
            const auto loaded = store.load(session[u"id"].toString());
            QVERIFY(loaded);
            QCOMPARE((*loaded)[u"input"].toString(), session[u"input"].toString());
            // The re-run of the app finishes it.
            QVERIFY(store.save(session, true));
            QCOMPARE(store.list().size(), 1);
            QVERIFY(store.list().first().finished);
            QCOMPARE(store.list().first().topCause, u"Your sending IP is on the Spamhaus XBL"_s);
        }
    }

    void searchReopenDelete() {
        QTemporaryDir dir;
        HistoryStore store(dir.filePath(u"h.sqlite"_s));
        HistoryModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QJsonObject first = rebound::guitest::sampleSession();
        QJsonObject second = first;
        second[u"id"] = u"second"_s;
        second[u"input"] = u"198.51.100.7"_s;
        second[u"detected_as"] = u"ip"_s;
        second[u"detected_value"] = u"198.51.100.7"_s;
        second[u"started_utc"] = u"2026-11-23T03:00:00.000Z"_s;
        second[u"diagnosis"] = QJsonArray();
        second.remove(u"bounce"_s);
        second[u"verdict"] = u"no_problem_found"_s;
        QSignalSpy changed(&store, &HistoryStore::changed);
        QVERIFY(store.save(first, true));
        QVERIFY(store.save(second, true));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(model.rowCount(), 2);
        // Newest first.
        QCOMPARE(model.index(0, HistoryModel::WhatColumn).data().toString(), u"198.51.100.7"_s);
        QCOMPARE(model.index(0, HistoryModel::ResultColumn).data().toString(), u"no problem found"_s);

        model.setSearch(u"XBL"_s); // a cause title
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(HistoryModel::IdRole).toString(), first[u"id"].toString());
        model.setSearch(u"100.7"_s);
        QCOMPARE(model.rowCount(), 1);
        model.setSearch(u"%"_s); // no LIKE wildcards
        QCOMPARE(model.rowCount(), 0);
        model.setSearch({});

        const auto reopened = store.load(u"second"_s);
        QVERIFY(reopened);
        QCOMPARE(*reopened, second);

        QVERIFY(store.remove(u"second"_s));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!store.load(u"second"_s));
    }

    void refusesARunWithoutId() {
        QTemporaryDir dir;
        HistoryStore store(dir.filePath(u"h.sqlite"_s));
        QVERIFY(!store.save(QJsonObject{{u"input"_s, u"x"_s}}, true));
        QVERIFY(!store.lastError().isEmpty());
    }

    // The window saves on the store's writer thread: the start and the end of a run land in that order
    // (the end is what stays), each followed by changed() on the window's thread.
    void backgroundSavesLandInOrder() {
        QTemporaryDir dir;
        HistoryStore store(dir.filePath(u"h.sqlite"_s));
        const QJsonObject session = rebound::guitest::sampleSession();
        QJsonObject started = session;
        started.remove(u"diagnosis"_s);
        started[u"verdict"] = QString();
        QSignalSpy changed(&store, &HistoryStore::changed);
        QSignalSpy failed(&store, &HistoryStore::saveFailed);
        for (int i = 0; i < 5; ++i) {
            store.saveInBackground(started, false);
            store.saveInBackground(session, true);
        }
        QTRY_COMPARE(changed.size(), 10);
        QCOMPARE(failed.size(), 0);
        const QList<HistoryEntry> entries = store.list();
        QCOMPARE(entries.size(), 1);
        QVERIFY(entries.first().finished);
        QCOMPARE(*store.load(session[u"id"].toString()), session);
    }

    void backgroundSaveFailureIsReported() {
        QTemporaryDir dir;
        HistoryStore store(dir.filePath(u"h.sqlite"_s));
        QSignalSpy failed(&store, &HistoryStore::saveFailed);
        store.saveInBackground(QJsonObject{{u"input"_s, u"x"_s}}, true);
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(!failed.first().first().toString().isEmpty());
        QVERIFY(store.list().isEmpty());
    }

private:
    QTemporaryDir m_settingsDir;
};

QTEST_MAIN(TestHistory)
#include "test_history.moc"
