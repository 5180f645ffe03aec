// Hostile input: the analyser must answer every one of these in bounded time, without crashing, with a
// clear result. The bounds are generous because they also hold for Debug builds on a loaded machine.
#include "core/bounce/bounceanalyzer.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace rebound::bounce;

namespace {

QByteArray nestedRfc822(int depth) {
    QByteArray inner = "From: a@example.org\nTo: b@example.net\nSubject: innermost\n\nhello\n";
    for (int i = 0; i < depth; ++i) {
        const QByteArray boundary = "B" + QByteArray::number(i);
        inner = "From: MAILER-DAEMON@example.org\nTo: s@example.com\nSubject: Undelivered "
                "Mail\nMIME-Version: 1.0\n"
                "Content-Type: multipart/report; report-type=delivery-status; boundary=\""
                + boundary + "\"\n\n--" + boundary + "\nContent-Type: text/plain\n\n<r"
                + QByteArray::number(i) + "@example.net>: 550 5.1.1 User unknown\n--" + boundary
                + "\nContent-Type: message/rfc822\n\n" + inner + "\n--" + boundary + "--\n";
    }
    return inner;
}

} // namespace

class TestBounceHostile : public QObject {
    Q_OBJECT

private slots:
    void boundedAndClear_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("maxMs");

        QByteArray binary(64 * 1024, Qt::Uninitialized);
        QRandomGenerator generator(42);
        for (char& c : binary)
            c = char(generator.bounded(256));
        QTest::newRow("binary garbage") << binary << 2000;

        QByteArray big;
        while (big.size() < 20 * 1024 * 1024)
            big +=
                "550 5.1.1 <user@example.org>: Recipient address rejected: User unknown in virtual table\n";
        QTest::newRow("20 MB of text") << big << 60000;

        QByteArray lines;
        for (int i = 0; i < 100000; ++i)
            lines += "line " + QByteArray::number(i) + " of nothing in particular\n";
        QTest::newRow("100,000 lines") << lines << 30000;

        QByteArray logLines;
        for (int i = 0; i < 100000; ++i)
            logLines +=
                "Nov 23 01:02:03 mx postfix/smtp[1]: A: to=<u" + QByteArray::number(i)
                + "@example.org>, relay=mx.example.org[192.0.2.1]:25, dsn=5.1.1, status=bounced (host "
                  "mx.example.org[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command))\n";
        QTest::newRow("100,000 log lines") << logLines << 60000;

        QByteArray brokenMime = "From: MAILER-DAEMON@example.org\nSubject: Undelivered\nMIME-Version: 1.0\n"
                                "Content-Type: multipart/report; boundary=\"never-appears\"\n\n";
        for (int i = 0; i < 20000; ++i)
            brokenMime +=
                "--almost-the-boundary\nContent-Type: text/plain\n\n550 5.1.1 <x@example.org> unknown\n";
        QTest::newRow("broken MIME boundaries") << brokenMime << 30000;

        QTest::newRow("message/rfc822 ten deep") << nestedRfc822(10) << 5000;
        QTest::newRow("message/rfc822 200 deep") << nestedRfc822(200) << 20000;

        QByteArray nestedMultipart = "From: MAILER-DAEMON@example.org\nSubject: x\nMIME-Version: 1.0\n";
        QByteArray tail;
        for (int i = 0; i < 5000; ++i) {
            nestedMultipart += "Content-Type: multipart/mixed; boundary=\"n" + QByteArray::number(i)
                               + "\"\n\n--n" + QByteArray::number(i) + "\n";
            tail.prepend("\n--n" + QByteArray::number(i) + "--\n");
        }
        QTest::newRow("multipart 5000 deep")
            << nestedMultipart + "Content-Type: text/plain\n\nhi\n" + tail << 20000;

        QTest::newRow("invalid base64") << QByteArray(
            "From: MAILER-DAEMON@example.org\nSubject: Undelivered\nContent-Type: text/plain\n"
            "Content-Transfer-Encoding: base64\n\n!!!!====@@@@****\x01\x02 not base64 at all ====\n")
                                        << 2000;
        QTest::newRow("invalid UTF-8") << QByteArray(
            "550 5.1.1 <\xff\xfe\xc3\x28@example.org> User unknown \xed\xa0\x80 \xf8\x88\x80\x80\x80\n")
                                       << 2000;
        QTest::newRow("CR-only line ends")
            << QByteArray("From: MAILER-DAEMON@example.org\rSubject: Undelivered\r\r<a@example.net>: 550 "
                          "5.1.1 User unknown\r")
            << 2000;
        QTest::newRow("one huge line") << QByteArray(8 * 1024 * 1024, 'a') << 30000;
        QTest::newRow("only at signs") << QByteArray(2 * 1024 * 1024, '@') << 30000;
        QTest::newRow("endless header")
            << QByteArray("Subject: ") + QByteArray(4 * 1024 * 1024, 'x') << 30000;
        QTest::newRow("encoded words")
            << QByteArray("Subject: ") + QByteArray("=?utf-8?B?AAAA?= ").repeated(100000) << 30000;
    }

    void boundedAndClear() {
        QFETCH(QByteArray, input);
        QFETCH(int, maxMs);
        QElapsedTimer timer;
        timer.start();
        const BounceAnalysis a = analyzeBounce(input);
        const qint64 elapsed = timer.elapsed();
        qInfo("%s: %lld ms, kind %s, %lld recipients", QTest::currentDataTag(), elapsed,
              qPrintable(inputKindName(a.kind)), qlonglong(a.recipients.size()));
        QVERIFY2(elapsed < maxMs, qPrintable(u"took %1 ms"_s.arg(elapsed)));
        QVERIFY(a.recipients.size() <= 10000);
        if (a.recipients.size() == 10000)
            QVERIFY(!a.warnings.isEmpty());
        for (const BounceRecipient& r : a.recipients) {
            QVERIFY(r.diagnostic.size() <= 2000);
            for (const EvidenceSpan& span : r.evidence)
                QVERIFY(span.offset >= 0 && span.offset + span.length <= a.text.size());
        }
    }

    void binaryIsRefused() {
        const BounceAnalysis a = analyzeBounce(QByteArray("\x7f"
                                                          "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
                                                          16));
        QCOMPARE(a.kind, InputKind::Binary);
        QVERIFY(!a.error.isEmpty());
        QVERIFY(a.recipients.isEmpty());
    }

    void tooLargeIsRefused() {
        const QByteArray huge(kMaxInputBytes + 1, 'x');
        QElapsedTimer timer;
        timer.start();
        const BounceAnalysis a = analyzeBounce(huge);
        QCOMPARE(a.kind, InputKind::TooLarge);
        QVERIFY(a.error.contains(u"25 MB"_s));
        QVERIFY(timer.elapsed() < 1000);
    }

    void emptyIsEmpty() {
        QCOMPARE(analyzeBounce(QByteArray()).kind, InputKind::Empty);
        QCOMPARE(analyzeBounce(QByteArray(" \n\r\n\t ")).kind, InputKind::Empty);
        QCOMPARE(analyzeBounce(u"hello, how are you?"_s).kind, InputKind::Unrecognised);
    }

    void nestingIsBoundedWithWarning() {
        const BounceAnalysis a = analyzeBounce(nestedRfc822(10));
        QCOMPARE(a.kind,
                 InputKind::PlainNdr); // the outermost bounce; the inner ones are its returned message
        QVERIFY(!a.recipients.isEmpty());
        QCOMPARE(a.recipients.first().reason, u"userunknown"_s);
    }
};

QTEST_GUILESS_MAIN(TestBounceHostile)
#include "test_bounce_hostile.moc"
