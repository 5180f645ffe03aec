// Every charset real mail uses, in MIME parts and in RFC 2047 encoded-words (B and Q). The fixtures in
// charsets/ were written by charsets/make_fixtures.py with Python's codecs, so the expected text comes
// from an implementation other than the ICU and iconv that Rebound decodes with.
#include "core/bounce/bounceanalyzer.h"
#include "core/bounce/charsetdecoder.h"
#include "core/bounce/headerfields.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace rebound::bounce;

namespace {

const QString kFixtures = QStringLiteral(REBOUND_TEST_DATA_DIR "/bounce/charsets");

QByteArray readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestBounceCharsets : public QObject {
    Q_OBJECT

private slots:
    void fixture_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("diagnostic");
        const QJsonArray expected =
            QJsonDocument::fromJson(readFile(kFixtures + u"/expected.json"_s)).array();
        QVERIFY(expected.size() >= 36);
        for (const QJsonValue& v : expected) {
            const QString file = v[u"file"_s].toString();
            QTest::newRow(qPrintable(file))
                << file << v[u"subject"_s].toString() << v[u"diagnostic"_s].toString();
        }
    }

    void fixture() {
        QFETCH(QString, file);
        QFETCH(QString, subject);
        QFETCH(QString, diagnostic);
        const QByteArray bytes = readFile(kFixtures + u'/' + file);
        QVERIFY(!bytes.isEmpty());
        const BounceAnalysis a = analyzeBounce(bytes);
        QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
        QVERIFY2(a.warnings.isEmpty(), qPrintable(a.warnings.join(u'\n')));
        QCOMPARE(a.bounceSubject, subject);
        QCOMPARE(a.recipients.size(), 1);
        const BounceRecipient& r = a.recipients.first();
        QCOMPARE(r.recipient, u"user@example.org"_s);
        QCOMPARE(r.replyCode, 550);
        QCOMPARE(r.status, u"5.1.1"_s);
        QVERIFY2(r.diagnostic.contains(diagnostic), qPrintable(r.diagnostic));
        QVERIFY(!a.text.contains(QChar::ReplacementCharacter));
    }

    // The pasted (already decoded) form of a fixture reads the same: the GUI and `diagnose` hand the
    // analyser text, not bytes.
    void fixtureAsText() {
        const QByteArray bytes = readFile(kFixtures + u"/shift_jis.eml"_s);
        const BounceAnalysis a = analyzeBounce(QString::fromLatin1(bytes)); // 7-bit: base64 body
        QCOMPARE(a.recipients.size(), 1);
        QVERIFY(a.recipients.first().diagnostic.contains(u"宛先のメールボックスは存在しません"_s));
    }

    void windows1252IsNotLatin1() {
        // Labelled ISO-8859-1 but written by Windows: “ ” € are in 0x80-0x9F.
        QCOMPARE(decodeCharset("\x93quoted\x94 \x80", "iso-8859-1"), u"“quoted” €"_s);
        QCOMPARE(decodeCharset("\x93quoted\x94 \x80", "windows-1252"), u"“quoted” €"_s);
        QCOMPARE(decodeCharset("\x93quoted\x94 \x80", "latin1"), u"“quoted” €"_s);
        QCOMPARE(decodeEncodedWords("=?iso-8859-1?q?=93x=94_=80?="), u"“x” €"_s);
    }

    void encodedWordSplitInsideACharacter() {
        // One ISO-2022-JP (and one UTF-8) text split across two words mid-sequence, as real mailers do.
        QCOMPARE(decodeEncodedWords(
                     "=?ISO-2022-JP?B?GyRCR1s/LiRHJC0kXg==?= =?ISO-2022-JP?B?JDskcyRHJDckPxsoQg==?="),
                 u"配信できませんでした"_s);
        QCOMPARE(decodeEncodedWords("=?utf-8?B?6YWN5A==?=\n =?UTF-8?B?v6HjgafjgY3jgb7jgZvjgpM=?="),
                 u"配信できません"_s);
        // Words in different charsets are decoded each on its own.
        QCOMPARE(decodeEncodedWords("=?koi8-r?B?8M/e1ME=?= =?iso-8859-2?Q?=BE?="),
                 u"Почтаž"_s); // the space between adjacent words is dropped (RFC 2047 6.2)
    }

    void unknownCharsetFallsBackAndSaysSo() {
        const QByteArray utf8 =
            "From: MAILER-DAEMON@example.net\nTo: a@example.net\nSubject: =?x-klingon?B?"
            + QByteArray("Grüße").toBase64()
            + "?=\nContent-Type: text/plain; charset=x-klingon\n\n<user@example.org>: 550 5.1.1 "
              "Benutzer unbekannt: Grüße\n";
        const BounceAnalysis a = analyzeBounce(utf8);
        QCOMPARE(a.bounceSubject, u"Grüße"_s);
        QCOMPARE(a.recipients.size(), 1);
        QVERIFY(a.recipients.first().diagnostic.contains(u"Grüße"_s));
        QCOMPARE(a.warnings.size(), 1);
        QVERIFY2(a.warnings.first().contains(u"\"x-klingon\" is not known"_s),
                 qPrintable(a.warnings.first()));

        // Not UTF-8 either: read as windows-1252, never dropped, never a crash.
        const QByteArray latin = "From: MAILER-DAEMON@example.net\nTo: a@example.net\nSubject: x\n"
                                 "Content-Type: text/plain; charset=\"x-unheard-of\"\n\n"
                                 "<user@example.org>: 550 5.1.1 unbekannt: Gr\xfc\xdf"
                                 "e \x80\n";
        const BounceAnalysis b = analyzeBounce(latin);
        QCOMPARE(b.recipients.size(), 1);
        QVERIFY2(b.recipients.first().diagnostic.contains(u"Grüße €"_s),
                 qPrintable(b.recipients.first().diagnostic));
        QCOMPARE(b.warnings.size(), 1);
        QVERIFY(b.warnings.first().contains(u"x-unheard-of"_s));
    }

    void unlabelledEightBit() {
        QCOMPARE(decodeUnlabelled("caf\xc3\xa9"), u"café"_s);    // valid UTF-8
        QCOMPARE(decodeUnlabelled("caf\xe9 \x80"), u"café €"_s); // not UTF-8: windows-1252
        QCOMPARE(decodeCharset("caf\xe9", "us-ascii"), u"café"_s);
        QCOMPARE(decodeCharset("caf\xe9", ""), u"café"_s);
        // A raw 8-bit header (no encoded-word) of a message that is not UTF-8.
        const BounceAnalysis a =
            analyzeBounce(QByteArray("From: postmaster@example.net\nTo: a@example.net\nSubject: Non "
                                     "remis \xe0 son destinataire\n\n<user@example.org>: 550 5.1.1 "
                                     "Adresse inconnue\n"));
        QCOMPARE(a.bounceSubject, u"Non remis à son destinataire"_s);
    }

    void hostileCharsetNames() {
        // Names are never handed to a library with options in them, and a thousand names cost little.
        QCOMPARE(decodeCharset("abc", "utf-8//TRANSLIT"), u"abc"_s);
        QCOMPARE(decodeCharset("abc", QByteArray(5000, 'x')), u"abc"_s);
        QByteArray value;
        for (int i = 0; i < 1000; ++i)
            value += "=?x-name-" + QByteArray::number(i) + "?Q?a?= ";
        QByteArrayList unknown;
        const QString decoded = decodeEncodedWords(value, &unknown);
        QVERIFY(decoded.startsWith(u"a"_s));
        QVERIFY(unknown.size() <= 10);
        // A truncated ISO-2022-JP escape and a lone UTF-7 shift decode to something, without a crash.
        QVERIFY(!decodeCharset("\x1b$B\x30\x21", "iso-2022-jp").contains(QChar(0x1b)));
        QVERIFY(!decodeCharset("+AAA", "utf-7").isNull());
    }
};

QTEST_GUILESS_MAIN(TestBounceCharsets)
#include "test_bounce_charsets.moc"
