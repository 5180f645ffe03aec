// ListPacer on its own: probation before a list's first answer, the burst, the per-second pace, release
// of a list the run gives up on, and sends whose owner is gone. No network: a "send" only counts.
#include "core/blocklist/listpacer.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace rebound::blocklist;

class TestListPacer : public QObject {
    Q_OBJECT

    static RateLimit limit(int perSecond, int burst, int probation) {
        RateLimit rate;
        rate.perSecond = perSecond;
        rate.burst = burst;
        rate.probation = probation;
        return rate;
    }

private slots:
    void probationUntilTheFirstAnswer() {
        ListPacer pacer;
        int sent = 0;
        for (int i = 0; i < 10; ++i)
            pacer.submit(u"zone"_s, limit(0, 100, 2), this, [&] { return ++sent, true; });
        QCOMPARE(sent, 2); // the list has not answered yet
        QCOMPARE(pacer.waiting(), 8);
        pacer.ended(u"zone"_s, false); // a timeout frees its slot, nothing more
        QCOMPARE(sent, 3);
        pacer.ended(u"zone"_s, true); // an answer: out of probation, the rest go
        QCOMPARE(sent, 10);
        QCOMPARE(pacer.waiting(), 0);
    }

    void listsAreIndependent() {
        ListPacer pacer;
        int a = 0;
        int b = 0;
        for (int i = 0; i < 5; ++i) {
            pacer.submit(u"a"_s, limit(0, 100, 1), this, [&] { return ++a, true; });
            pacer.submit(u"b"_s, limit(0, 100, 1), this, [&] { return ++b, true; });
        }
        pacer.ended(u"a"_s, true);
        QCOMPARE(a, 5);
        QCOMPARE(b, 1);
    }

    void burstThenThePerSecondPace() {
        ListPacer pacer;
        int sent = 0;
        pacer.submit(u"zone"_s, limit(100, 5, 1), this, [&] { return ++sent, true; });
        pacer.ended(u"zone"_s, true);
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 24; ++i)
            pacer.submit(u"zone"_s, limit(100, 5, 1), this, [&] { return ++sent, true; });
        QCOMPARE(sent, 5); // the bucket held 5: the first query and 4 more
        // 20 more at 100 a second take about 200 ms: never all at once, never much slower.
        QTRY_COMPARE_WITH_TIMEOUT(sent, 25, 2000);
        QVERIFY2(timer.elapsed() >= 150, qPrintable(QString::number(timer.elapsed())));
    }

    void releaseRunsEverythingNow() {
        ListPacer pacer;
        int asked = 0;
        for (int i = 0; i < 6; ++i)
            pacer.submit(u"dead"_s, limit(1, 1, 1), this, [&] { return ++asked, asked == 1; });
        QCOMPARE(asked, 1);
        pacer.release(u"dead"_s); // given up: every waiting send runs (and sends nothing)
        QCOMPARE(asked, 6);
        QCOMPARE(pacer.waiting(), 0);
    }

    void sendsOfADestroyedOwnerAreDropped() {
        ListPacer pacer;
        int sent = 0;
        pacer.submit(u"zone"_s, limit(0, 10, 1), this, [&] { return ++sent, true; });
        {
            QObject owner;
            pacer.submit(u"zone"_s, limit(0, 10, 1), &owner, [&] { return ++sent, true; });
        }
        pacer.ended(u"zone"_s, true);
        QCOMPARE(sent, 1);
        QCOMPARE(pacer.waiting(), 0);
    }

    void aSendThatSubmitsMoreIsNotReentered() {
        ListPacer pacer;
        QList<int> order;
        pacer.submit(u"zone"_s, limit(0, 10, 5), this, [&] {
            order << 1;
            pacer.submit(u"zone"_s, limit(0, 10, 5), this, [&] { return order << 3, true; });
            order << 2;
            return true;
        });
        QCOMPARE(order, (QList<int>{1, 2, 3}));
    }
};

QTEST_GUILESS_MAIN(TestListPacer)
#include "test_listpacer.moc"
