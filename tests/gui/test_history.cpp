// The history database: a run saved at its start survives without its end (the app was killed),
// is completed by the second save, can be searched, reopened and deleted; the list is read off the
// UI thread, so the window shows before a long history has loaded.
#include "guitestsupport.h"
#include "ui/historymodel.h"
#include "ui/historystore.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

using namespace Qt::StringLiterals;

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
        QTRY_COMPARE(model.rowCount(), 2);
        QVERIFY(!model.isLoading());
        // Newest first.
        QCOMPARE(model.index(0, HistoryModel::WhatColumn).data().toString(), u"198.51.100.7"_s);
        QCOMPARE(model.index(0, HistoryModel::ResultColumn).data().toString(), u"no problem found"_s);

        model.setSearch(u"XBL"_s); // a cause title
        QVERIFY(model.isLoading());
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(HistoryModel::IdRole).toString(), first[u"id"].toString());
        model.setSearch(u"100.7"_s);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 1);
        model.setSearch(u"%"_s); // no LIKE wildcards
        QTRY_COMPARE(model.rowCount(), 0);
        model.setSearch({});
        QTRY_COMPARE(model.rowCount(), 2);

        const auto reopened = store.load(u"second"_s);
        QVERIFY(reopened);
        QCOMPARE(*reopened, second);

        QVERIFY(store.remove(u"second"_s));
        QTRY_COMPARE(model.rowCount(), 1);
        QVERIFY(!store.load(u"second"_s));
    }

    // Only the answer to the latest search lands, whatever order the answers come in.
    void aNewerSearchWins() {
        QTemporaryDir dir;
        HistoryStore store(dir.filePath(u"h.sqlite"_s));
        QVERIFY(store.save(rebound::guitest::sampleSession(), true));
        HistoryModel model(&store);
        QSignalSpy loaded(&model, &HistoryModel::loaded);
        model.setSearch(u"no such run"_s);
        model.setSearch(u"XBL"_s);
        QVERIFY(loaded.wait());
        QCOMPARE(model.rowCount(), 1);
        QTest::qWait(50);
        QCOMPARE(loaded.size(), 1); // the answers to the constructor's and the first search's asks: dropped
        QCOMPARE(model.rowCount(), 1);
    }

    // The background reads answer after the call returns, on the caller's thread, and never after
    // their context is gone.
    void backgroundReads() {
        QTemporaryDir dir;
        HistoryStore store(dir.filePath(u"h.sqlite"_s));
        const QJsonObject session = rebound::guitest::sampleSession();
        store.saveInBackground(session, true); // the reads below come after it
        std::optional<HistoryList> list;
        std::optional<HistoryRun> run, missing;
        store.listInBackground({}, this, [&](const HistoryList& l) {
            QCOMPARE(QThread::currentThread(), thread());
            list = l;
        });
        store.loadInBackground(session[u"id"].toString(), this, [&](const HistoryRun& r) { run = r; });
        store.loadInBackground(u"no such id"_s, this, [&](const HistoryRun& r) { missing = r; });
        QVERIFY(!list && !run && !missing);
        QTRY_VERIFY(list && run && missing);
        QCOMPARE(list->entries.size(), 1);
        QVERIFY(list->error.isEmpty());
        QCOMPARE(*run->session, session);
        QVERIFY(!missing->session);

        bool called = false;
        {
            QObject context;
            store.listInBackground({}, &context, [&](const HistoryList&) { called = true; });
        }
        store.waitForSaves();
        QTest::qWait(50);
        QVERIFY(!called);
    }

    // 2,000 runs: the window is up before the list has been read, and the newest runs appear then.
    void largeHistoryLoadsAfterTheWindowShows() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"large.sqlite"_s);
        QVERIFY(writeRuns(path, 2000));

        QElapsedTimer clock;
        clock.start();
        MainWindow window(nullptr, path);
        window.show();
        const qint64 shownMs = clock.elapsed();
        auto* model = window.findChild<HistoryModel*>();
        QVERIFY(model);
        // Nothing was read on the UI thread: the window is shown, the list still on its way.
        QVERIFY(window.isVisible());
        QVERIFY(model->isLoading());
        QCOMPARE(model->rowCount(), 0);
        bool shownWhenLoaded = false;
        connect(model, &HistoryModel::loaded, this, [&] { shownWhenLoaded = window.isVisible(); });
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(model->rowCount(), HistoryStore::kListLimit);
        qInfo("window shown after %lld ms; the newest %d of 2,000 runs listed after %lld ms", shownMs,
              HistoryStore::kListLimit, clock.elapsed());
        QVERIFY(shownWhenLoaded);
        auto* view = window.findChild<QTableView*>(u"historyView"_s);
        QCOMPARE(view->model()->rowCount(), HistoryStore::kListLimit);
        QCOMPARE(model->index(0, HistoryModel::WhatColumn).data().toString(), u"run 1999"_s); // newest first
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
    // Writes count finished runs in one transaction (one per save would take seconds of fsync).
    static bool writeRuns(const QString& path, int count) {
        { HistoryStore store(path); } // the schema
        const QString connection = u"bulk"_s;
        bool ok = true;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            db.setDatabaseName(path);
            ok = db.open() && db.transaction();
            QSqlQuery query(db);
            query.prepare(u"INSERT INTO runs (id, started_utc, detected_as, summary, verdict, top_cause, "
                          "finished, search, session) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
            const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
            QJsonObject session = rebound::guitest::sampleSession();
            for (int i = 0; ok && i < count; ++i) {
                session[u"id"] = u"run-%1"_s.arg(i);
                session[u"started_utc"] = start.addSecs(60 * i).toString(Qt::ISODateWithMs);
                session[u"detected_value"] = u"run %1"_s.arg(i);
                session.remove(u"bounce"_s);
                const HistoryRow row = HistoryStore::encode(session, true);
                for (const QVariant& value :
                     {QVariant(row.id), QVariant(row.startedUtc), QVariant(row.detectedAs),
                      QVariant(row.summary), QVariant(row.verdict), QVariant(row.topCause), QVariant(1),
                      QVariant(row.search), QVariant(row.sessionJson)})
                    query.addBindValue(value);
                ok = query.exec();
            }
            query.finish();
            ok = ok && db.commit();
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        return ok;
    }

    QTemporaryDir m_settingsDir;
};

QTEST_MAIN(TestHistory)
#include "test_history.moc"
