// The SMTP reply parser: multi-line replies, enhanced codes, split reads and every bound.
#include "core/smtp/smtpreplyparser.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

using rebound::smtp::SmtpReplyParser;

class TestSmtpReplyParser : public QObject {
    Q_OBJECT

private slots:
    void replies_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("lines");
        QTest::addColumn<QString>("enhanced");
        QTest::newRow("banner") << QByteArray("220 mx.example.com ESMTP Postfix\r\n") << 220 << 1
                                << QString();
        QTest::newRow("multi-line") << QByteArray("250-mx.example.com\r\n250-PIPELINING\r\n250 STARTTLS\r\n")
                                    << 250 << 3 << QString();
        QTest::newRow("enhanced") << QByteArray(
            "554 5.7.1 Service unavailable; blocked using zen.spamhaus.org\r\n")
                                  << 554 << 1 << u"5.7.1"_s;
        QTest::newRow("bare LF") << QByteArray("220 host\n") << 220 << 1 << QString();
        QTest::newRow("code only") << QByteArray("250\r\n") << 250 << 1 << QString();
        QTest::newRow("empty last line") << QByteArray("250-a\r\n250 \r\n") << 250 << 2 << QString();
    }

    void replies() {
        QFETCH(QByteArray, input);
        QFETCH(int, code);
        QFETCH(int, lines);
        QFETCH(QString, enhanced);
        // Whole, and one byte at a time: the result must not depend on how the bytes arrive.
        for (const bool split : {false, true}) {
            SmtpReplyParser parser;
            if (split) {
                for (char c : input)
                    QVERIFY(parser.feed(QByteArray(1, c)));
            } else {
                QVERIFY(parser.feed(input));
            }
            const auto reply = parser.takeReply();
            QVERIFY(reply);
            QCOMPARE(reply->code, code);
            QCOMPARE(reply->lines.size(), lines);
            QCOMPARE(reply->enhancedCode, enhanced);
            QVERIFY(!parser.takeReply());
        }
    }

    void errors_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("error");
        using E = SmtpReplyParser::Error;
        QTest::newRow("not a reply") << QByteArray("HTTP/1.1 400 Bad Request\r\n") << int(E::Malformed);
        QTest::newRow("code changes") << QByteArray("250-a\r\n251 b\r\n") << int(E::Malformed);
        QTest::newRow("code 100") << QByteArray("100 x\r\n") << int(E::Malformed);
        QTest::newRow("bad separator") << QByteArray("220_x\r\n") << int(E::Malformed);
        QTest::newRow("long line ended")
            << QByteArray("220 " + QByteArray(5000, 'a') + "\r\n") << int(E::LineTooLong);
        // A line that never ends is refused as soon as it is too long, not when it ends.
        QTest::newRow("long line open") << QByteArray("220 " + QByteArray(3000, 'a')) << int(E::LineTooLong);
        QTest::newRow("too many lines") << QByteArray("220-x\r\n").repeated(101) << int(E::TooManyLines);
    }

    void errors() {
        QFETCH(QByteArray, input);
        QFETCH(int, error);
        SmtpReplyParser parser;
        QVERIFY(!parser.feed(input));
        QCOMPARE(int(parser.error()), error);
        QVERIFY(!parser.errorText().isEmpty());
        QVERIFY(!parser.feed("220 ok\r\n")); // the error state is final
    }

    void unconsumedAfterReply() {
        SmtpReplyParser parser;
        QVERIFY(parser.feed("220 2.0.0 Ready\r\n250 injected\r\n250-par"));
        QCOMPARE(parser.takeReply()->code, 220);
        QCOMPARE(parser.takeUnconsumed(), QByteArray("250 injected\r\n250-par"));
        QVERIFY(!parser.takeReply());
        QVERIFY(parser.pendingBytes().isEmpty());
    }

    // Hostile bytes in hostile chunks: the parser never crashes, never holds more than its bounds, and
    // either yields well-formed replies or stops in an error state.
    void randomInput() {
        QRandomGenerator random(20261123);
        const QByteArray alphabet("0123456789 -\r\n25xA\x00\xff");
        for (int round = 0; round < 2000; ++round) {
            SmtpReplyParser parser;
            int fed = 0;
            while (fed < 20000 && parser.error() == SmtpReplyParser::Error::None) {
                QByteArray chunk;
                const int size = int(random.bounded(1, 600));
                for (int i = 0; i < size; ++i)
                    chunk += alphabet.at(int(random.bounded(int(alphabet.size()))));
                if (random.bounded(4) == 0)
                    chunk.prepend("250-");
                parser.feed(chunk);
                fed += size;
                QVERIFY(parser.pendingBytes().size() <= 2049 + 600);
                while (const auto reply = parser.takeReply()) {
                    QVERIFY(reply->isValid());
                    QVERIFY(reply->lines.size() <= 100);
                }
            }
        }
    }

    void multipleRepliesInOneRead() {
        SmtpReplyParser parser;
        QVERIFY(parser.feed("250 a\r\n221 b\r\n"));
        QCOMPARE(parser.takeReply()->code, 250);
        QCOMPARE(parser.takeReply()->code, 221);
    }
};

QTEST_GUILESS_MAIN(TestSmtpReplyParser)
#include "test_smtpreplyparser.moc"
