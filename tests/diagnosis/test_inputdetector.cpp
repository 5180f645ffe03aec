#include "core/diagnosis/inputdetector.h"

#include <QTest>

using namespace rebound::diagnosis;

class TestInputDetector : public QObject {
    Q_OBJECT

private slots:
    void detects_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("value");
        QTest::newRow("empty") << "  \n "
                               << "empty"
                               << "";
        QTest::newRow("ipv4") << "203.0.113.7"
                              << "ip"
                              << "203.0.113.7";
        QTest::newRow("bracketed") << "[203.0.113.7]"
                                   << "ip"
                                   << "203.0.113.7";
        QTest::newRow("ipv6") << "IPv6:2001:db8::7"
                              << "ip"
                              << "2001:db8::7";
        QTest::newRow("cidr") << "203.0.113.9/24"
                              << "cidr"
                              << "203.0.113.0/24";
        QTest::newRow("domain") << "Example.COM"
                                << "domain"
                                << "example.com";
        QTest::newRow("idn") << "bücher.example"
                             << "domain"
                             << "xn--bcher-kva.example";
        QTest::newRow("address") << "<user@example.com>"
                                 << "address"
                                 << "user@example.com";
        QTest::newRow("ip list") << "203.0.113.7\n198.51.100.1\n"
                                 << "ip_list"
                                 << "";
        QTest::newRow("reply")
            << "554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org"
            << "bounce"
            << "";
        QTest::newRow("message") << "From: MAILER-DAEMON\nSubject: Undelivered\n\nblah"
                                 << "bounce"
                                 << "";
    }

    void detects() {
        QFETCH(QString, input);
        QFETCH(QString, kind);
        QFETCH(QString, value);
        const DetectedInput detected = detectInput(input);
        QCOMPARE(inputKindName(detected.kind), kind);
        QCOMPARE(detected.value, value);
        QVERIFY(!detected.explanation.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInputDetector)
#include "test_inputdetector.moc"
