// The findings drawn from probe results, on results built by hand: the decisions that no loopback
// server can stage (no IPv6 route, mixed outcomes across hosts) and the wording rules.
#include "core/smtp/smtpfindings.h"
#include "core/smtp/smtpknowledge.h"

#include <QTest>

using namespace Qt::StringLiterals;

using namespace rebound;
using namespace rebound::smtp;

namespace {

SmtpProbeResult ended(ProbeEnd end, const QString& address, const QString& text = {}) {
    SmtpProbeResult r;
    r.host = u"mx.example.com"_s;
    r.address = QHostAddress(address);
    r.end = end;
    r.endText = text;
    return r;
}

QStringList ids(const QList<Finding>& findings) {
    QStringList out;
    for (const Finding& f : findings)
        out << f.id;
    return out;
}

} // namespace

class TestSmtpFindings : public QObject {
    Q_OBJECT

private slots:
    void blockedPort_data() {
        QTest::addColumn<QList<int>>("ends");
        QTest::addColumn<QStringList>("addresses");
        QTest::addColumn<int>("hosts");
        QTest::addColumn<bool>("dnsWorked");
        QTest::addColumn<int>("severity"); // -1: no finding
        const int timeout = int(ProbeEnd::ConnectTimeout);
        const int refused = int(ProbeEnd::ConnectRefused);
        const int network = int(ProbeEnd::NetworkError);
        const QStringList two{u"192.0.2.1"_s, u"192.0.2.2"_s};
        QTest::newRow("all time out, two hosts")
            << QList<int>{timeout, timeout} << two << 2 << true << int(Severity::Critical);
        QTest::newRow("all time out, one host")
            << QList<int>{timeout, timeout} << two << 1 << true << int(Severity::Warning);
        QTest::newRow("one refused") << QList<int>{timeout, refused} << two << 2 << true << -1;
        QTest::newRow("DNS did not work") << QList<int>{timeout, timeout} << two << 2 << false << -1;
        QTest::newRow("IPv6 without a route is ignored")
            << QList<int>{timeout, network} << QStringList{u"192.0.2.1"_s, u"2001:db8::1"_s} << 1 << true
            << int(Severity::Warning);
        QTest::newRow("only IPv6 without a route")
            << QList<int>{network} << QStringList{u"2001:db8::1"_s} << 1 << true << -1;
    }

    void blockedPort() {
        QFETCH(QList<int>, ends);
        QFETCH(QStringList, addresses);
        QFETCH(int, hosts);
        QFETCH(bool, dnsWorked);
        QFETCH(int, severity);
        QList<SmtpProbeResult> probes;
        for (qsizetype i = 0; i < ends.size(); ++i)
            probes << ended(ProbeEnd(ends.at(i)), addresses.at(i), u"Network unreachable"_s);
        const auto finding = blockedPortFinding(probes, hosts, dnsWorked);
        QCOMPARE(finding.has_value(), severity >= 0);
        if (finding) {
            QCOMPARE(int(finding->severity), severity);
            QCOMPARE(finding->id, u"smtp.port_blocked_locally"_s);
        }
    }

    void ipv6WithoutRouteIsNotTheServer() {
        const auto v6 =
            probeFindings(ended(ProbeEnd::NetworkError, u"2001:db8::1"_s, u"Network unreachable"_s), {});
        QCOMPARE(ids(v6), QStringList{u"smtp.ipv6_unreachable_locally"_s});
        const auto v4 =
            probeFindings(ended(ProbeEnd::NetworkError, u"192.0.2.1"_s, u"Network unreachable"_s), {});
        QCOMPARE(ids(v4), QStringList{u"smtp.network_error"_s});
    }

    void catalogueIsComplete() {
        const SmtpKnowledge& k = SmtpKnowledge::instance();
        QVERIFY(k.greylisting.isValid());
        QVERIFY(k.ids().size() >= 38);
        for (const QString& id : k.ids()) {
            const Finding f = k.finding(id, {});
            QVERIFY2(!f.title.isEmpty() && f.title != id && !f.detail.isEmpty(), qPrintable(id));
        }
        // Placeholders are filled once: a value that looks like a placeholder stays as it is.
        const Finding f = k.finding(u"smtp.banner_ptr_mismatch"_s,
                                    {{u"banner"_s, u"{address}"_s}, {u"address"_s, u"192.0.2.1"_s}});
        QCOMPARE(f.title, u"The banner name {address} differs from the reverse DNS of 192.0.2.1"_s);
        // An id missing from the catalogue is still reported, never dropped.
        QCOMPARE(k.finding(u"smtp.unknown"_s, {}).severity, Severity::Error);
    }

    void greylistingWords_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("greylisting");
        QTest::newRow("greylisted") << QByteArray("4.7.1 Greylisted, please try again later") << true;
        QTest::newRow("graylisting") << QByteArray("Recipient address rejected: graylisting in action")
                                     << true;
        QTest::newRow("busy") << QByteArray("4.3.2 Service shutting down") << false;
    }

    void greylistingWords() {
        QFETCH(QByteArray, text);
        QFETCH(bool, greylisting);
        SmtpProbeResult r = ended(ProbeEnd::DeferredAtConnect, u"192.0.2.1"_s);
        r.banner = SmtpReply{451, {text}, {}};
        QCOMPARE(ids(probeFindings(r, {})).contains(u"smtp.greylisting"_s), greylisting);
    }

    void cancelledSaysNothing() {
        QVERIFY(probeFindings(ended(ProbeEnd::Cancelled, u"192.0.2.1"_s), {}).isEmpty());
    }

    void bannerAgainstPtr_data() {
        QTest::addColumn<bool>("looked");
        QTest::addColumn<QStringList>("ptr");
        QTest::addColumn<QString>("banner");
        QTest::addColumn<QString>("finding");
        QTest::newRow("same name, other case")
            << true << QStringList{u"MX.example.com"_s} << u"mx.example.com"_s << QString();
        QTest::newRow("other name") << true << QStringList{u"host-1.isp.example"_s} << u"mx.example.com"_s
                                    << u"smtp.banner_ptr_mismatch"_s;
        QTest::newRow("no PTR") << true << QStringList{} << u"mx.example.com"_s << u"smtp.no_ptr"_s;
        QTest::newRow("PTR not known") << false << QStringList{} << u"mx.example.com"_s << QString();
    }

    void bannerAgainstPtr() {
        QFETCH(bool, looked);
        QFETCH(QStringList, ptr);
        QFETCH(QString, banner);
        QFETCH(QString, finding);
        SmtpProbeResult r = ended(ProbeEnd::Completed, u"192.0.2.1"_s);
        r.banner = SmtpReply{220, {banner.toUtf8() + " ESMTP"}, {}};
        r.bannerName = banner;
        r.ptrLooked = looked;
        r.ptrNames = ptr;
        const QStringList found = ids(bannerPtrFindings(r));
        QCOMPARE(found, finding.isEmpty() ? QStringList{} : QStringList{finding});
    }

    // A failed and a timed-out handshake each have a whole sentence of their own (translated as one),
    // and implicit TLS its own title: no word is glued into a {placeholder}.
    void handshakeFailureWording_data() {
        QTest::addColumn<int>("handshake");
        QTest::addColumn<bool>("implicitTls");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("title");
        QTest::newRow("failed") << int(StartTlsResult::Handshake::Failed) << false
                                << u"The TLS handshake after STARTTLS failed."_s
                                << u"offers STARTTLS but the TLS handshake fails"_s;
        QTest::newRow("timed out") << int(StartTlsResult::Handshake::TimedOut) << false
                                   << u"The TLS handshake after STARTTLS did not finish in time."_s
                                   << u"offers STARTTLS but the TLS handshake fails"_s;
        // Implicit TLS (port 465) has no STARTTLS and no plain-text fallback: its detail says so.
        QTest::newRow("implicit, failed")
            << int(StartTlsResult::Handshake::Failed) << true
            << u"The TLS handshake on this implicit-TLS port failed."_s << u"(implicit TLS)"_s;
        QTest::newRow("implicit, timed out")
            << int(StartTlsResult::Handshake::TimedOut) << true
            << u"The TLS handshake on this implicit-TLS port did not finish in time."_s
            << u"(implicit TLS)"_s;
    }

    void handshakeFailureWording() {
        QFETCH(int, handshake);
        QFETCH(bool, implicitTls);
        QFETCH(QString, detail);
        QFETCH(QString, title);
        SmtpProbeResult r = ended(ProbeEnd::Completed, u"192.0.2.1"_s);
        r.ehlo = SmtpReply{250, {"mx.example.com", "STARTTLS"}, {}};
        r.starttls.offered = true;
        r.starttls.implicitTls = implicitTls;
        r.starttls.handshake = StartTlsResult::Handshake(handshake);
        r.starttls.error = u"handshake error"_s;
        const QList<Finding> found = probeFindings(r, {});
        const auto it = std::find_if(found.begin(), found.end(), [](const Finding& f) {
            return f.id == u"smtp.starttls_handshake_failed";
        });
        QVERIFY2(it != found.end(), qPrintable(ids(found).join(u", "_s)));
        QVERIFY2(it->detail.contains(detail), qPrintable(it->detail));
        QVERIFY2(it->title.contains(title), qPrintable(it->title));
        QVERIFY2(!it->detail.contains(u'{') && !it->title.contains(u'{'), qPrintable(it->detail));
        QCOMPARE(it->detail.contains(u"STARTTLS"_s), !implicitTls);
    }
};

QTEST_GUILESS_MAIN(TestSmtpFindings)
#include "test_smtpfindings.moc"
