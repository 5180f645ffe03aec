#include "core/diagnosis/inputdetector.h"
#include "lab/shareddata.h"

#include <QDir>
#include <QFile>
#include <QStringDecoder>
#include <QTest>

using namespace Qt::StringLiterals;
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
        // A delivered message, or its header block alone, is a message for the message analysis.
        QTest::newRow("delivered")
            << "Received: from mail.sender.example (mail.sender.example [192.0.2.25])\n"
               "\tby mx.receiver.example with ESMTPS; Mon, 7 Dec 2026 10:00:05 +0000\n"
               "From: News <news@sender.example>\nTo: a@receiver.example\nSubject: Weekly news\n"
               "Message-ID: <1@sender.example>\n\nHello.\n"
            << "message"
            << "";
        QTest::newRow("header block") << "Return-Path: <b@sender.example>\nFrom: a@sender.example\n"
                                         "Subject: Hi\nDKIM-Signature: v=1; d=sender.example; s=s1\n"
                                      << "message"
                                      << "";
        QTest::newRow("mbox single message") << "From a@sender.example Mon Dec  7 10:00:00 2026\n"
                                                "From: a@sender.example\nSubject: Hi\n\nHello.\n"
                                             << "message"
                                             << "";
        // A noreply sender is common for newsletters: without a failure in it, it is still a message.
        QTest::newRow("noreply newsletter") << "From: Shop <noreply@shop.example>\nSubject: Offers\n"
                                               "Message-ID: <2@shop.example>\n\nBuy now.\n"
                                            << "message"
                                            << "";
        QTest::newRow("dsn") << "From: MAILER-DAEMON@mx.example\nSubject: Delivery Status Notification\n"
                                "Content-Type: multipart/report; report-type=delivery-status; boundary=b\n\n"
                                "--b\nContent-Type: message/delivery-status\n\nFinal-Recipient: rfc822; "
                                "x@y.example\nAction: failed\nStatus: 5.1.1\n\n--b--\n"
                             << "bounce"
                             << "";
        QTest::newRow("auto-reply") << "From: bo@receiver.example\nSubject: Out of office\n"
                                       "Auto-Submitted: auto-replied\n\nAway until Monday.\n"
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

    // parsedmarc's corpus, each file read as rebound-cli reads a file (UTF-8, else Latin-1): the
    // aggregate reports in every container and the TLS reports are recognised; the failure reports
    // (RUF) and the broken files are not reports.
    void detectsReports_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("kind");
        const QString corpus = rebound::lab::sharedPath(QStringLiteral("corpora/reports/parsedmarc"));
        const auto add = [&](const QString& folder, const QString& kind) {
            for (const QString& name : QDir(corpus + u'/' + folder).entryList(QDir::Files))
                QTest::newRow(qPrintable(folder + u'/' + name))
                    << corpus + u'/' + folder + u'/' + name << kind;
        };
        add(u"aggregate"_s, u"dmarc_report"_s);
        add(u"extract_report"_s, u"dmarc_report"_s);
        add(u"smtp_tls"_s, u"tlsrpt_report"_s);
        add(u"failure"_s, u"not_report"_s);
    }

    void detectsReports() {
        REBOUND_REQUIRE_SHARED(rebound::lab::sharedPath(QStringLiteral("corpora/reports/parsedmarc")));
        QFETCH(QString, file);
        QFETCH(QString, kind);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = utf8(bytes);
        if (utf8.hasError())
            text = QString::fromLatin1(bytes);
        const QString detected = inputKindName(detectInput(text).kind);
        // Files that are not reports at all (an empty report, broken XML) may be read as anything else.
        if (file.contains(u"invalid_xml"_s) || file.contains(u"empty_reason"_s))
            return;
        if (kind == u"not_report")
            QVERIFY2(!detected.endsWith(u"_report"_s), qPrintable(detected));
        else
            QCOMPARE(detected, kind);
    }
};

QTEST_GUILESS_MAIN(TestInputDetector)
#include "test_inputdetector.moc"
