// Email address syntax (incl. internationalized), the disposable-domain list, and the MTA-STS,
// TLS-RPT and BIMI record checks: pure functions, no DNS.
#include "core/auth/addresscheck.h"
#include "core/auth/policytxt.h"

#include <QTest>

using namespace Qt::StringLiterals;

using namespace rebound::auth;

class TestAddressCheck : public QObject {
    Q_OBJECT

private slots:
    void addresses_data() {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("internationalized");
        QTest::addColumn<bool>("disposable");
        QTest::addColumn<QString>("asciiDomain");
        QTest::newRow("plain") << "user@example.com" << true << false << false << "example.com";
        QTest::newRow("angle brackets") << "<user@example.com>" << true << false << false << "example.com";
        QTest::newRow("plus and dots")
            << "first.last+tag@example.com" << true << false << false << "example.com";
        QTest::newRow("quoted") << "\"john doe\"@example.com" << true << false << false << "example.com";
        QTest::newRow("utf8 local") << "用户@example.com" << true << true << false << "example.com";
        QTest::newRow("idn domain") << "user@bücher.example" << true << true << false
                                    << "xn--bcher-kva.example";
        QTest::newRow("disposable") << "x@mailinator.com" << true << false << true << "mailinator.com";
        QTest::newRow("disposable subdomain")
            << "x@a.yopmail.com" << true << false << true << "a.yopmail.com";
        QTest::newRow("no at") << "user.example.com" << false << false << false << "";
        QTest::newRow("double dot") << "a..b@example.com" << false << false << false << "example.com";
        QTest::newRow("leading dot") << ".a@example.com" << false << false << false << "example.com";
        QTest::newRow("space") << "a b@example.com" << false << false << false << "example.com";
        QTest::newRow("no tld") << "a@localhost" << false << false << false << "";
        QTest::newRow("local too long")
            << QString(65, u'a') + u"@example.com" << false << false << false << "example.com";
        QTest::newRow("empty label") << "a@example..com" << false << false << false << "";
        QTest::newRow("unclosed quote") << "\"abc@example.com" << false << false << false << "example.com";
    }

    void addresses() {
        QFETCH(QString, address);
        QFETCH(bool, valid);
        QFETCH(bool, internationalized);
        QFETCH(bool, disposable);
        QFETCH(QString, asciiDomain);
        const AddressCheck check = checkAddress(address);
        QVERIFY2(check.valid == valid, qPrintable(check.problems.join(u"; "_s)));
        QCOMPARE(check.internationalized, internationalized);
        QCOMPARE(check.disposable, disposable);
        QCOMPARE(check.asciiDomain, asciiDomain);
    }

    void policies_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("record");
        QTest::addColumn<int>("problems");
        auto add = [](const char* name, PolicyKind kind, const char* record, int problems) {
            QTest::newRow(name) << int(kind) << QString::fromUtf8(record) << problems;
        };
        add("sts ok", PolicyKind::MtaSts, "v=STSv1; id=20240101T000000", 0);
        add("sts no id", PolicyKind::MtaSts, "v=STSv1;", 1);
        add("sts bad id", PolicyKind::MtaSts, "v=STSv1; id=2024-01-01", 1);
        add("tlsrpt ok", PolicyKind::TlsRpt, "v=TLSRPTv1; rua=mailto:a@example.com,https://r.example.com/x",
            0);
        add("tlsrpt no rua", PolicyKind::TlsRpt, "v=TLSRPTv1", 1);
        add("tlsrpt ftp", PolicyKind::TlsRpt, "v=TLSRPTv1; rua=ftp://example.com", 1);
        add("bimi ok", PolicyKind::Bimi,
            "v=BIMI1; l=https://example.com/logo.svg; a=https://example.com/vmc.pem", 0);
        add("bimi declined", PolicyKind::Bimi, "v=BIMI1; l=;", 0);
        add("bimi http logo", PolicyKind::Bimi, "v=BIMI1; l=http://example.com/logo.svg", 1);
        add("bimi png", PolicyKind::Bimi, "v=BIMI1; l=https://example.com/logo.png", 1);
    }

    void policies() {
        QFETCH(int, kind);
        QFETCH(QString, record);
        QFETCH(int, problems);
        QMap<QString, QString> tags;
        for (const QString& part : record.split(u';')) {
            const qsizetype eq = part.indexOf(u'=');
            if (eq > 0)
                tags.insert(part.left(eq).trimmed().toLower(), part.mid(eq + 1).trimmed());
        }
        QCOMPARE(validatePolicyRecord(static_cast<PolicyKind>(kind), tags).size(), problems);
    }
};

QTEST_GUILESS_MAIN(TestAddressCheck)
#include "test_addresscheck.moc"
