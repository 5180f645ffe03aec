// The wire parser against hand-made hostile messages: it must refuse them, never read out of bounds.
#include "core/dns/dnsmessage.h"

#include <QTest>

using namespace Qt::StringLiterals;

using namespace rebound::dns;

namespace {

QByteArray header(quint16 an, quint16 ns = 0, quint16 rcode = 0) {
    QByteArray h;
    h.append("\x12\x34", 2);
    h.append(char(0x84)).append(char(rcode));
    h.append("\x00\x01", 2);
    h.append(char(an >> 8)).append(char(an & 0xff));
    h.append(char(ns >> 8)).append(char(ns & 0xff));
    h.append("\x00\x00", 2);
    return h;
}

QByteArray question() {
    return QByteArray("\x07"
                      "example\x03"
                      "com\x00\x00\x01\x00\x01",
                      17);
}

} // namespace

class TestDnsMessage : public QObject {
    Q_OBJECT

private slots:
    void parsesCompressedAnswer() {
        QByteArray wire = header(1) + question();
        wire.append("\xc0\x0c\x00\x01\x00\x01\x00\x00\x01\x2c\x00\x04\xc0\x00\x02\x0a", 16);
        QString error;
        const auto message = parseDnsMessage(wire, &error);
        QVERIFY2(message, qPrintable(error));
        QCOMPARE(message->id, quint16(0x1234));
        QVERIFY(message->flags.aa);
        QCOMPARE(message->questionName, u"example.com"_s);
        QCOMPARE(message->answers.size(), 1);
        QCOMPARE(message->answers.first().name, u"example.com"_s);
        QCOMPARE(message->answers.first().ttl, 300u);
        QCOMPARE(message->answers.first().address.toString(), u"192.0.2.10"_s);
    }

    void rejectsHostileMessages_data() {
        QTest::addColumn<QByteArray>("wire");
        QTest::newRow("short") << QByteArray("\x12\x34\x84", 3);
        // A pointer to itself: a loop.
        QTest::newRow("self pointer") << header(1) + question() + QByteArray("\xc0\x1d\x00\x01", 4);
        // A pointer forwards, past the end.
        QTest::newRow("forward pointer") << header(1) + question() + QByteArray("\xc0\xff\x00\x01", 4);
        // Record data longer than the message.
        QTest::newRow("rdlength overrun")
            << header(1) + question()
                   + QByteArray("\xc0\x0c\x00\x01\x00\x01\x00\x00\x01\x2c\x00\xff\x01", 13);
        // A record of the A type with the wrong length.
        QTest::newRow("bad A length")
            << header(1) + question()
                   + QByteArray("\xc0\x0c\x00\x01\x00\x01\x00\x00\x01\x2c\x00\x02\x01\x02", 14);
        // A TXT string that claims more bytes than the RDATA has.
        QTest::newRow("txt overrun") << header(1) + question()
                                            + QByteArray(
                                                "\xc0\x0c\x00\x10\x00\x01\x00\x00\x01\x2c\x00\x02\x05\x41",
                                                14);
        // Counts that promise records that are not there.
        QTest::newRow("missing records") << header(500) + question();
        QTest::newRow("label past end") << header(0)
                                               + QByteArray("\x3f"
                                                            "abc",
                                                            4);
    }

    void rejectsHostileMessages() {
        QFETCH(QByteArray, wire);
        QString error;
        QVERIFY(!parseDnsMessage(wire, &error).has_value());
        QVERIFY(!error.isEmpty());
    }

    void nameLengthLimit() {
        QByteArray name;
        for (int i = 0; i < 5; ++i)
            name.append(char(60)).append(QByteArray(60, 'a'));
        name.append('\0');
        QByteArray wire = header(0) + name + QByteArray("\x00\x01\x00\x01", 4);
        QString error;
        QVERIFY(!parseDnsMessage(wire, &error));
        QVERIFY(error.contains(u"255"_s));
    }

    void escapesOddLabels() {
        QCOMPARE(presentLabel(QByteArray("a.b\\c d\x01", 8)), u"a\\.b\\\\c\\032d\\001"_s);
    }

    void allRandomTruncationsAreSafe() {
        QByteArray wire = header(1) + question();
        wire.append("\xc0\x0c\x00\x10\x00\x01\x00\x00\x01\x2c\x00\x06\x05hello", 18);
        for (int cut = 0; cut < wire.size(); ++cut)
            parseDnsMessage(wire.left(cut)); // must not crash (ASan checks the reads)
        QVERIFY(parseDnsMessage(wire).has_value());
    }

    // Only records owned by the name asked, or where its CNAME chain leads, answer it; owners compare
    // as octets, case-insensitively, however the record's owner is escaped.
    void answersAreRecordsOfTheNameAsked() {
        const auto record = [](const QString& owner, RecordType type, const QString& target = {}) {
            DnsRecord r;
            r.name = owner;
            r.type = quint16(type);
            r.target = target;
            return r;
        };
        DnsResult result;
        result.name = u"7.0.113.203.Zen.example"_s;
        result.type = quint16(RecordType::A);
        result.answers = {record(u"evil.example"_s, RecordType::A),
                          record(u"7.0.113.203.zen.EXAMPLE"_s, RecordType::A)};
        QCOMPARE(result.records().size(), 1);
        QCOMPARE(result.records().first().name, u"7.0.113.203.zen.EXAMPLE"_s);

        result.name = u"a b%.example"_s; // as the SPF macro test of RFC 7208 makes it
        result.answers = {record(u"a\\032b%.example"_s, RecordType::A)};
        QCOMPARE(result.records().size(), 1);

        result.name = u"www.example"_s;
        result.answers = {record(u"www.example"_s, RecordType::CNAME, u"cdn.example"_s),
                          record(u"cdn.example"_s, RecordType::CNAME, u"www.example"_s),
                          record(u"CDN.example"_s, RecordType::A),
                          record(u"other.example"_s, RecordType::A)};
        QCOMPARE(result.records().size(), 1); // the loop ends; the A of cdn counts, the other does not
        QCOMPARE(result.recordsOfType(quint16(RecordType::CNAME)).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestDnsMessage)
#include "test_dnsmessage.moc"
