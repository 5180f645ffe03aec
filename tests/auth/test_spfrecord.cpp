// SPF record parsing and macro expansion (RFC 7208 sections 4.6, 5, 7 and 12), without DNS.
#include "core/auth/spfmacro.h"
#include "core/auth/spfrecord.h"

#include <QTest>

using namespace Qt::StringLiterals;

using namespace rebound::auth;

class TestSpfRecord : public QObject {
    Q_OBJECT

private slots:
    void parse_data() {
        QTest::addColumn<QByteArray>("record");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("directives");
        QTest::addColumn<int>("errorPosition");
        QTest::newRow("minimal") << QByteArray("v=spf1") << true << 0 << -1;
        QTest::newRow("typical") << QByteArray("v=spf1 ip4:192.0.2.0/24 include:_spf.example.net mx -all")
                                 << true << 4 << -1;
        QTest::newRow("dual cidr") << QByteArray("v=spf1 a/24//64 mx:example.com/30 -all") << true << 3 << -1;
        QTest::newRow("cidr leading zero") << QByteArray("v=spf1 ip4:192.0.2.0/024 -all") << false << 0 << 7;
        QTest::newRow("cidr too long") << QByteArray("v=spf1 a/33") << false << 0 << 7;
        QTest::newRow("ip4 leading zero") << QByteArray("v=spf1 ip4:192.0.02.1") << false << 0 << 7;
        QTest::newRow("unknown mechanism") << QByteArray("v=spf1 ip4:192.0.2.1 foo -all") << false << 0 << 21;
        QTest::newRow("unknown modifier ok") << QByteArray("v=spf1 foo=bar -all") << true << 1 << -1;
        QTest::newRow("two redirects")
            << QByteArray("v=spf1 redirect=a.example redirect=b.example") << false << 0 << 26;
        QTest::newRow("all with argument") << QByteArray("v=spf1 -all:foo") << false << 0 << 7;
        QTest::newRow("numeric toplabel") << QByteArray("v=spf1 a:192.0.2.1") << false << 0 << 7;
        QTest::newRow("macro domain end") << QByteArray("v=spf1 exists:%{i}.%{d}") << true << 1 << -1;
        QTest::newRow("bad macro letter") << QByteArray("v=spf1 exists:%{x}.example.com") << false << 0 << 7;
        QTest::newRow("lone percent") << QByteArray("v=spf1 exists:50%.example.com") << false << 0 << 7;
        QTest::newRow("control char") << QByteArray("v=spf1 a\rptr") << false << 0 << 8;
        QTest::newRow("ip6") << QByteArray("v=spf1 ip6:2001:db8::/32 -all") << true << 2 << -1;
        QTest::newRow("include no domain") << QByteArray("v=spf1 include") << false << 0 << 7;
    }

    void parse() {
        QFETCH(QByteArray, record);
        QFETCH(bool, valid);
        QFETCH(int, directives);
        QFETCH(int, errorPosition);
        const SpfParseResult result = parseSpfRecord(record);
        QCOMPARE(result.record.has_value(), valid);
        if (valid)
            QCOMPARE(result.record->directives.size(), directives);
        else
            QCOMPARE(result.error->position, errorPosition);
    }

    void isSpf_data() {
        QTest::addColumn<QByteArray>("txt");
        QTest::addColumn<bool>("spf");
        QTest::newRow("plain") << QByteArray("v=spf1 -all") << true;
        QTest::newRow("upper") << QByteArray("V=SPF1 -all") << true;
        QTest::newRow("alone") << QByteArray("v=spf1") << true;
        QTest::newRow("spf10") << QByteArray("v=spf10 -all") << false;
        QTest::newRow("other") << QByteArray("google-site-verification=x") << false;
    }

    void isSpf() {
        QFETCH(QByteArray, txt);
        QFETCH(bool, spf);
        QCOMPARE(isSpfRecord(txt), spf);
    }

    // The examples of RFC 7208 section 7.4.
    void expand_data() {
        QTest::addColumn<QString>("macro");
        QTest::addColumn<QString>("ip");
        QTest::addColumn<QString>("expected");
        const QString v4 = u"192.0.2.3"_s;
        const QString v6 = u"2001:db8::cb01"_s;
        QTest::newRow("s") << "%{s}" << v4 << "strong-bad@email.example.com";
        QTest::newRow("o") << "%{o}" << v4 << "email.example.com";
        QTest::newRow("d") << "%{d}" << v4 << "email.example.com";
        QTest::newRow("d4") << "%{d4}" << v4 << "email.example.com";
        QTest::newRow("d3") << "%{d3}" << v4 << "email.example.com";
        QTest::newRow("d2") << "%{d2}" << v4 << "example.com";
        QTest::newRow("d1") << "%{d1}" << v4 << "com";
        QTest::newRow("dr") << "%{dr}" << v4 << "com.example.email";
        QTest::newRow("d2r") << "%{d2r}" << v4 << "example.email";
        QTest::newRow("l") << "%{l}" << v4 << "strong-bad";
        QTest::newRow("l-") << "%{l-}" << v4 << "strong.bad";
        QTest::newRow("lr") << "%{lr}" << v4 << "strong-bad";
        QTest::newRow("lr-") << "%{lr-}" << v4 << "bad.strong";
        QTest::newRow("l1r-") << "%{l1r-}" << v4 << "strong";
        QTest::newRow("ir") << "%{ir}.%{v}._spf.%{d2}" << v4 << "3.2.0.192.in-addr._spf.example.com";
        QTest::newRow("lr-.l") << "%{lr-}.lp._spf.%{d2}" << v4 << "bad.strong.lp._spf.example.com";
        QTest::newRow("ip6")
            << "%{ir}.%{v}._spf.%{d2}" << v6
            << "1.0.b.c.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6._spf.example.com";
        QTest::newRow("escapes") << "%%%_%-" << v4 << "% %20";
        QTest::newRow("url escape") << "%{L}" << v4 << "strong-bad";
    }

    void expand() {
        QFETCH(QString, macro);
        QFETCH(QString, ip);
        QFETCH(QString, expected);
        SpfMacroContext context;
        context.sender = u"strong-bad@email.example.com"_s;
        context.localPart = u"strong-bad"_s;
        context.senderDomain = u"email.example.com"_s;
        context.domain = u"email.example.com"_s;
        context.ip = QHostAddress(ip);
        QString error;
        const auto result = expandSpfMacros(macro, context, false, &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(*result, expected);
    }

    void expandRejects_data() {
        QTest::addColumn<QString>("macro");
        QTest::newRow("zero digits") << "%{d0}";
        QTest::newRow("c outside exp") << "%{c}";
        QTest::newRow("unterminated") << "%{d";
        QTest::newRow("percent") << "100%";
    }

    void expandRejects() {
        QFETCH(QString, macro);
        QVERIFY(!expandSpfMacros(macro, SpfMacroContext{}, false));
    }

    void truncatesLongDomain() {
        SpfMacroContext context;
        context.localPart = QString(60, u'a') + u'.' + QString(60, u'b') + u'.' + QString(60, u'c') + u'.'
                            + QString(60, u'd');
        const auto result = expandDomainSpec(u"%{l}.example.com"_s, context);
        QVERIFY(result);
        QVERIFY(result->size() <= 253);
        QVERIFY(result->startsWith(u"bbb"_s));
    }
};

QTEST_GUILESS_MAIN(TestSpfRecord)
#include "test_spfrecord.moc"
