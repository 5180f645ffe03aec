// Hostile input: the analyser must answer every one of these in bounded time, without crashing, with a
// clear result. The bounds are generous because they also hold for Debug builds on a loaded machine.
#include "core/bounce/bounceanalyzer.h"
#include "core/bounce/textmatch.h"

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

    // Matching skips PCRE2's own UTF-16 check only for texts without any surrogate code unit; a text
    // with one (paired or lone, at any place in a four-unit word) is found and left to PCRE2.
    void surrogatesAreFound_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("found");
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("ascii") << u"550 5.1.1 user unknown"_s << false;
        QTest::newRow("edges of the range")
            << QString(QChar(0xD7FF)) + QChar(0xE000) + QChar(0xFFFD) << false;
        QTest::newRow("pair") << u"caf\u00e9 \U0001F600 ok"_s << true;
        for (int at = 0; at < 9; ++at) {
            QString text(9, u'x');
            text[at] = QChar(at % 2 ? 0xDC00 : 0xDBFF);
            QTest::newRow(qPrintable(u"lone at %1"_s.arg(at))) << text << true;
        }
    }

    void surrogatesAreFound() {
        QFETCH(QString, text);
        QFETCH(bool, found);
        QCOMPARE(hasSurrogates(text), found);
        QCOMPARE(subjectCheck(text) == QRegularExpression::DontCheckSubjectStringMatchOption, !found);
    }

    void loneSurrogatesAreReplaced() {
        const QChar high(0xD83D), low(0xDE00), bad(QChar::ReplacementCharacter);
        QString text = QString(u'a') + high + u'b' + low + high + low + low + high;
        replaceLoneSurrogates(text);
        QCOMPARE(text, QString(u'a') + bad + u'b' + bad + high + low + bad + bad);
        QVERIFY(!hasSurrogates(QString(text).remove(high).remove(low)));
    }

    // A part whose charset can spell a lone surrogate (UTF-7 "+2AA-" is U+D800 alone) is decoded to
    // valid text, so the matching reads all of it; a subject that still holds one is PCRE2's to check,
    // and it finds no match rather than reading past the text.
    void loneSurrogatesAreSafe() {
        const QByteArray bounce =
            "From: MAILER-DAEMON@example.net\nTo: a@example.com\nSubject: Undelivered Mail Returned to "
            "Sender\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-7\n\n"
            "This is the mail system +2AA- at example.net.\n\n<b@example.org>: host "
            "mx.example.org[192.0.2.1] "
            "said: 550 5.1.1 <b@example.org>: Recipient address rejected: User unknown in virtual mailbox "
            "table (in reply to RCPT TO command)\n";
        const BounceAnalysis a = analyzeBounce(bounce);
        QCOMPARE(a.recipients.size(), 1);
        QCOMPARE(a.recipients.first().reason, u"userunknown"_s);
        QCOMPARE(a.recipients.first().replyCode, 550);
        QVERIFY(!hasSurrogates(a.text));
        QString text = u"550 5.1.1 user unknown"_s;
        text += QChar(0xD800);
        const QRegularExpression re(u"unknown"_s);
        QVERIFY(!firstMatch(re, text).hasMatch());
        QVERIFY(firstMatch(re, text.chopped(1)).hasMatch());
    }
};

QTEST_GUILESS_MAIN(TestBounceHostile)
#include "test_bounce_hostile.moc"
