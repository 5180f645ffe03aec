// Input integrity: what counts as binary, UTF-16 and line ends, the mbox read message by message
// (MboxReader) against the whole-input split, and the 10,000-recipient cap with its warning.
#include "core/bounce/bounceanalyzer.h"
#include "core/bounce/inputbytes.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace rebound::bounce;

namespace {

const QByteArray kBounce = "From: MAILER-DAEMON@example.net\nTo: sender@example.net\nSubject: Undelivered\n\n"
                           "<user@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1\n"
                           "    <user@example.org>: Recipient address rejected: User unknown\n";

QByteArray dsnWithRecipients(int n) {
    QByteArray bytes = "From: MAILER-DAEMON@example.net\nTo: s@example.net\nSubject: Undelivered\n"
                       "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; "
                       "boundary=\"b\"\n\n--b\nContent-Type: text/plain\n\nDelivery failed.\n\n--b\n"
                       "Content-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.net\n";
    for (int i = 0; i < n; ++i)
        bytes += "\nFinal-Recipient: rfc822; user" + QByteArray::number(i)
                 + "@example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 unknown\n";
    return bytes + "\n--b--\n";
}

// Every message the reader hands out, read from an in-memory device.
QList<QByteArray> readAll(const QByteArray& input, qsizetype maxMessageBytes, int* cuts = nullptr) {
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    MboxReader reader(buffer);
    QList<QByteArray> messages;
    QByteArray message;
    bool cut = false;
    while (reader.next(&message, maxMessageBytes, &cut)) {
        messages.append(message);
        if (cuts)
            *cuts += cut;
    }
    return messages;
}

} // namespace

class TestBounceInput : public QObject {
    Q_OBJECT

private slots:
    void binaryIsARatio() {
        // A bounce with a few NULs and controls (a broken gateway) is text.
        QByteArray text = kBounce;
        text.insert(40, QByteArray("\0\0\x01", 3));
        QVERIFY(!looksBinary(text));
        const BounceAnalysis a = analyzeBounce(text);
        QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
        QCOMPARE(a.recipients.size(), 1);
        QCOMPARE(a.recipients.first().status, u"5.1.1"_s);
        QVERIFY(a.warnings.join(u'\n').contains(u"3 NUL or control bytes"_s));
        // ISO-2022-JP's escape bytes are text.
        QVERIFY(!looksBinary(QByteArray(200, '\x1b')));
        // Random bytes (about 1 in 9 are controls), an executable, UTF-16 without a BOM are not.
        QByteArray random(64 * 1024, Qt::Uninitialized);
        QRandomGenerator generator(42);
        for (char& c : random)
            c = char(generator.bounded(256));
        QVERIFY(looksBinary(random));
        QCOMPARE(analyzeBounce(random).kind, InputKind::Binary);
        QVERIFY(looksBinary(QByteArray("\x7f"
                                       "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
                                       16)));
        const QString utf16 = u"550 5.1.1 <user@example.org>: User unknown"_s;
        QVERIFY(looksBinary(QByteArray(reinterpret_cast<const char*>(utf16.utf16()), utf16.size() * 2)));
        // The threshold: 1 in 20.
        QByteArray edge(2000, 'a');
        edge.replace(0, 100, QByteArray(100, '\0'));
        QVERIFY(!looksBinary(edge));
        edge[100] = '\0';
        QVERIFY(looksBinary(edge));
    }

    // A binary input's refusal says what the container is and what to do with it.
    void binaryContainersAreNamed_data() {
        QTest::addColumn<QByteArray>("magic");
        QTest::addColumn<QString>("says");
        QTest::newRow("gzip") << QByteArray("\x1F\x8B\x08\x00", 4) << u"gunzip -c"_s;
        QTest::newRow("zip") << QByteArray("PK\x03\x04", 4) << u"zip archive"_s;
        QTest::newRow("outlook msg") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)
                                     << u"Outlook .msg"_s;
        QTest::newRow("pdf") << QByteArray("%PDF-1.7\n\x01\x02\x03\x04", 13) << u"PDF document"_s;
        QTest::newRow("other") << QByteArray("\x7f"
                                             "ELF\x02\x01",
                                             6)
                               << u"binary data"_s;
    }

    void binaryContainersAreNamed() {
        QFETCH(QByteArray, magic);
        QFETCH(QString, says);
        QByteArray bytes = magic;
        for (int i = 0; i < 4096; ++i)
            bytes += char((i * 7919) & 0xff);
        const BounceAnalysis a = analyzeBounce(bytes);
        QCOMPARE(a.kind, InputKind::Binary);
        QVERIFY2(a.error.contains(says), qPrintable(a.error));
    }

    void utf16WithBomIsText() {
        const QString text = QString::fromLatin1(kBounce);
        QByteArray le("\xFF\xFE");
        le += QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
        const BounceAnalysis a = analyzeBounce(le);
        QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
        QCOMPARE(a.recipients.size(), 1);
        QCOMPARE(a.recipients.first().recipient, u"user@example.org"_s);
        QCOMPARE(readAll(le, kMaxInputBytes), QList<QByteArray>{kBounce});
    }

    void readerMatchesTheWholeInputSplit_data() {
        QTest::addColumn<QByteArray>("mbox");
        QByteArray small;
        for (int i = 0; i < 5; ++i)
            small += "From sender@example.net Mon Jan  1 00:00:00 2024\n" + kBounce + '\n';
        QTest::newRow("five messages") << small;
        // Over 1 MiB (the read chunk), so separators straddle chunk ends; CRLF line ends, so a CR
        // may end one chunk and its LF start the next.
        QByteArray big;
        int i = 0;
        while (big.size() < 3 * 1024 * 1024)
            big += "From sender@example.net Mon Jan  1 00:00:00 2024\r\n"
                   + QByteArray(kBounce).replace("\n", "\r\n") + QByteArray(i++ % 97, 'x') + "\r\n\r\n";
        QTest::newRow("3 MiB, CRLF") << big;
        // "From " inside a body that is not followed by a header line is not a separator.
        QTest::newRow("From in body")
            << QByteArray("From a@example.net Mon\n" + kBounce
                          + "\nFrom the desk of the postmaster\nhello\n\nFrom b@example.net Mon\n" + kBounce);
        // A separator whose next line is longer than what is left of the read chunk.
        QTest::newRow("long first header line") << QByteArray(
            "From a@example.net Mon\n" + kBounce + QByteArray(1024 * 1024 - 300, 'z')
            + "\n\nFrom b@example.net Mon\nX-Long: " + QByteArray(2 * 1024 * 1024, 'l') + "\n" + kBounce);
        QTest::newRow("not an mbox") << kBounce;
        QTest::newRow("empty") << QByteArray();
    }

    void readerMatchesTheWholeInputSplit() {
        QFETCH(QByteArray, mbox);
        const QByteArray normalised = normaliseInput(mbox);
        QList<QByteArray> whole;
        if (!normalised.isEmpty())
            for (const QByteArrayView m : splitMbox(normalised, kMaxMessages))
                whole.append(m.toByteArray());
        const QList<QByteArray> streamed = readAll(mbox, kMaxInputBytes);
        QCOMPARE(streamed.size(), whole.size());
        QCOMPARE(streamed, whole);
    }

    void readerCutsAHugeMessageAndGoesOn() {
        QByteArray mbox = "From a@example.net Mon\n" + kBounce + QByteArray(3000, 'y')
                          + "\n\nFrom b@example.net Mon\n" + kBounce;
        int cuts = 0;
        const QList<QByteArray> messages = readAll(mbox, 1000, &cuts);
        QCOMPARE(messages.size(), 2);
        QCOMPARE(cuts, 1);
        QCOMPARE(messages.first().size(), 1000);
        QVERIFY(messages.last().startsWith("From b@example.net"));
    }

    void recipientsCappedAtTenThousandWithAWarning() {
        const BounceAnalysis all = analyzeBounce(dsnWithRecipients(2500));
        QCOMPARE(all.recipients.size(), 2500); // 1,999 before, silently
        QVERIFY(all.warnings.isEmpty());
        const BounceAnalysis capped = analyzeBounce(dsnWithRecipients(kMaxRecipients + 1));
        QCOMPARE(capped.recipients.size(), kMaxRecipients);
        QCOMPARE(capped.recipients.last().recipient, u"user9999@example.org"_s);
        QCOMPARE(capped.warnings, QStringList{recipientCapWarning()});
        QVERIFY(recipientCapWarning().contains(u"10000"_s));
    }
};

QTEST_GUILESS_MAIN(TestBounceInput)
#include "test_bounce_input.moc"
