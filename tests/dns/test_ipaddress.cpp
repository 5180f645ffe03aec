#include "core/dns/dnsname.h"
#include "core/dns/ipaddress.h"
#include "core/dns/serverlist.h"

#include <QTest>

using namespace Qt::StringLiterals;

using namespace rebound::dns;

class TestIpAddress : public QObject {
    Q_OBJECT

private slots:
    void parsesPastedForms_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain v4") << "203.0.113.7"
                                  << "203.0.113.7";
        QTest::newRow("brackets") << "[203.0.113.7]"
                                  << "203.0.113.7";
        QTest::newRow("port") << "203.0.113.7:25"
                              << "203.0.113.7";
        QTest::newRow("spaces") << "  198.51.100.1 \n"
                                << "198.51.100.1";
        QTest::newRow("plain v6") << "2001:db8::1"
                                  << "2001:db8::1";
        QTest::newRow("IPv6: prefix") << "IPv6:2001:db8::1"
                                      << "2001:db8::1";
        QTest::newRow("bracketed IPv6: prefix") << "[IPv6:2001:db8::1]"
                                                << "2001:db8::1";
        QTest::newRow("bracketed v6 port") << "[2001:db8::1]:25"
                                           << "2001:db8::1";
    }

    void parsesPastedForms() {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QString error;
        const auto address = parseIpAddress(input, &error);
        QVERIFY2(address.has_value(), qPrintable(error));
        QCOMPARE(address->toString(), expected);
    }

    void rejectsBadInput_data() {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << "";
        QTest::newRow("octet too big") << "256.1.1.1";
        QTest::newRow("three octets") << "1.2.3";
        QTest::newRow("leading zero") << "010.1.1.1";
        QTest::newRow("word") << "mail.example.com";
        QTest::newRow("zone id") << "fe80::1%eth0";
        QTest::newRow("junk after bracket") << "[2001:db8::1]x";
        QTest::newRow("huge") << QString(1000, u'1');
    }

    void rejectsBadInput() {
        QFETCH(QString, input);
        QString error;
        QVERIFY(!parseIpAddress(input, &error).has_value());
        QVERIFY(!error.isEmpty());
    }

    void reverseNames_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("key");
        QTest::newRow("rfc5782 v4") << "192.0.2.99"
                                    << "99.2.0.192";
        QTest::newRow("rfc5782 v6") << "2001:db8:1:2:3:4:567:89ab"
                                    << "b.a.9.8.7.6.5.0.4.0.0.0.3.0.0.0.2.0.0.0.1.0.0.0.8.b.d.0.1.0.0.2";
        // The IPv6 test point must stay IPv6 (maddy's trap): 32 nibbles, not 2.0.0.127.
        QTest::newRow("v4-mapped test point")
            << "::FFFF:7F00:2"
            << "2.0.0.0.0.0.f.7.f.f.f.f.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0";
    }

    void reverseNames() {
        QFETCH(QString, input);
        QFETCH(QString, key);
        const auto address = parseIpAddress(input);
        QVERIFY(address);
        QCOMPARE(reversedKey(*address), key);
        QVERIFY(reverseLookupName(*address).startsWith(key));
    }

    void cidr() {
        QString error;
        auto range = parseCidr(u"203.0.113.77/24"_s, &error);
        QVERIFY2(range, qPrintable(error));
        QCOMPARE(range->base.toString(), u"203.0.113.0"_s);
        QCOMPARE(range->size(), quint64(256));
        QCOMPARE(addressAt(*range, 255).toString(), u"203.0.113.255"_s);
        range = parseCidr(u"2001:db8::/120"_s, &error);
        QVERIFY(range);
        QCOMPARE(range->size(), quint64(256));
        QCOMPARE(addressAt(*range, 0x1ff & 0xff).toString(), u"2001:db8::ff"_s);
        QVERIFY(!parseCidr(u"203.0.113.0/33"_s, &error));
        QVERIFY(!parseCidr(u"203.0.113.0"_s, &error));
    }

    void specialRanges_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("special");
        QTest::newRow("rfc1918") << "192.168.1.20" << true;
        QTest::newRow("loopback") << "127.0.0.1" << true;
        QTest::newRow("cgnat") << "100.64.3.4" << true;
        QTest::newRow("ula") << "fd00::1" << true;
        QTest::newRow("docs") << "203.0.113.7" << true;
        QTest::newRow("public") << "8.8.8.8" << false;
        QTest::newRow("public v6") << "2a00:1450:4001::1" << false;
    }

    void specialRanges() {
        QFETCH(QString, input);
        QFETCH(bool, special);
        QCOMPARE(specialPurposeReason(*parseIpAddress(input)).has_value(), special);
    }

    void serverList() {
        QString error;
        const auto servers = parseServerList(u"127.0.0.1:5353, [::1]:53,192.0.2.1"_s, &error);
        QVERIFY2(servers, qPrintable(error));
        QCOMPARE(servers->size(), 3);
        QCOMPARE(servers->at(0).port, quint16(5353));
        QCOMPARE(servers->at(1).toString(), u"[::1]:53"_s);
        QCOMPARE(servers->at(2).port, quint16(53));
        QVERIFY(!parseServerList(u"dns.google"_s, &error));
        QVERIFY(!parseServerList(u"127.0.0.1:99999"_s, &error));
    }

    void domainNames() {
        QString error;
        QCOMPARE(*normalizeDomainName(u" Example.COM. "_s), u"Example.COM"_s);
        QCOMPARE(*normalizeDomainName(u"bücher.example"_s), u"xn--bcher-kva.example"_s);
        QVERIFY(!normalizeDomainName(u"a..b"_s, &error));
        QVERIFY(!normalizeDomainName(QString(64, u'x'), &error));
        QVERIFY(isHostName(u"mx1.example.com"_s));
        QVERIFY(!isHostName(u"-bad.example.com"_s));
    }
};

QTEST_GUILESS_MAIN(TestIpAddress)
#include "test_ipaddress.moc"
