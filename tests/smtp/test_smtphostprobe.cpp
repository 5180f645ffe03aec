// SmtpHostProbe and SmtpDomainProbe with real DNS (the lab's Knot behind dnsdist) and real servers:
// every address (IPv4 and IPv6), PTR against the banner, TLSA and DANE, MX hosts probed together,
// implicit and null MX, and port 25 blocked on the user's side (every connection times out while DNS
// answers).
#include "adversarialserver.h"
#include "core/dns/resolver.h"
#include "core/dns/serverlist.h"
#include "core/smtp/smtpdomainprobe.h"
#include "core/smtp/smtphostprobe.h"
#include "core/smtp/smtpjson.h"
#include "lab/dnslab.h"
#include "serverprocess.h"
#include "smtpzones.h"
#include "testcertificates.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace rebound;
using namespace rebound::smtp;
using namespace rebound::smtptest;

namespace {

QStringList ids(const QList<Finding>& findings) {
    QStringList out;
    for (const Finding& f : findings)
        out << f.id;
    return out;
}

SmtpProbeOptions testOptions(const QString& caFile) {
    SmtpProbeOptions options;
    options.ehloName = u"probe.rebound.test"_s;
    options.caFile = caFile;
    options.deadlines = {500, 2000, 2000, 2000, 2000, 2000, 500};
    return options;
}

} // namespace

class TestSmtpHostProbe : public QObject {
    Q_OBJECT

private:
    TestCertificates m_certs;
    QTemporaryDir m_zones;
    QTemporaryDir m_keys;
    QString m_anchor;      // the key smtp.test is signed with
    QString m_wrongAnchor; // another key for smtp.test: the answers are bogus
    QString m_otherAnchor; // a key for another zone: smtp.test is not covered (insecure)
    lab::DnsLab m_lab;
    ServerProcess m_v4;
    ServerProcess m_v6;
    quint16 m_port = 0;
    quint16 m_blockedPort = 0;
    BackloggedPort m_blocked1;
    BackloggedPort m_blocked2;
    std::unique_ptr<dns::Resolver> m_resolver;

private slots:
    void initTestCase() {
        QString error;
        QVERIFY2(m_certs.generate(&error), qPrintable(error));
        m_port = freeTcpPort();
        const QString spki = TestCertificates::spkiSha256(m_certs.good().cert, &error);
        QVERIFY2(writeSmtpZones(m_zones.path(), m_port, spki, &error), qPrintable(error));
        // DANE: smtp.test signed with a key of its own, which is libunbound's trust anchor.
        QVERIFY2(generateZoneKey(u"smtp.test"_s, m_keys.path(), &m_anchor, &error), qPrintable(error));
        QVERIFY2(generateZoneKey(u"smtp.test"_s, m_keys.path(), &m_wrongAnchor, &error), qPrintable(error));
        QVERIFY2(generateZoneKey(u"other.test"_s, m_keys.path(), &m_otherAnchor, &error), qPrintable(error));
        QVERIFY2(signSmtpZone(m_zones.path(), m_anchor, &error), qPrintable(error));
        lab::DnsLabOptions options;
        options.zonesDir = m_zones.path();
        QVERIFY2(m_lab.start(options, &error), qPrintable(error));
        QVERIFY2(m_v4.startAiosmtpd(u"127.0.0.1"_s, m_port, m_certs.good().cert, m_certs.good().key, &error),
                 qPrintable(error));
        QVERIFY2(m_v6.startAiosmtpd(u"::1"_s, m_port, m_certs.good().cert, m_certs.good().key, &error),
                 qPrintable(error));
        m_blockedPort = freeTcpPort();
        QVERIFY2(m_blocked1.start(u"127.0.0.3"_s, m_blockedPort, &error), qPrintable(error));
        QVERIFY2(m_blocked2.start(u"127.0.0.4"_s, m_blockedPort, &error), qPrintable(error));
        dns::ResolverConfig config;
        config.servers = *dns::parseServerList(m_lab.server());
        config.timeoutMs = 2000;
        config.trustAnchorFile = m_anchor;
        m_resolver = std::make_unique<dns::Resolver>(config);
    }

    SmtpHostResult probeHost(const QString& host, const QString& trustAnchor) {
        dns::ResolverConfig config = m_resolver->config();
        config.trustAnchorFile = trustAnchor;
        dns::Resolver resolver(config);
        SmtpHostProbe probe(&resolver, host, m_port, testOptions(m_certs.caFile()));
        QSignalSpy spy(&probe, &SmtpHostProbe::finished);
        probe.start();
        if (!spy.wait(15000))
            qFatal("the host probe did not end");
        return probe.result();
    }

    void everyAddressOfAHost() {
        SmtpHostProbe probe(m_resolver.get(), u"mx.smtp.test"_s, m_port, testOptions(m_certs.caFile()));
        QSignalSpy spy(&probe, &SmtpHostProbe::finished);
        probe.start();
        QVERIFY(spy.wait(10000));
        const SmtpHostResult& r = probe.result();
        QCOMPARE(r.probes.size(), 2);
        QVERIFY(r.dnsWorked);
        QCOMPARE(r.tlsa.size(), 1);
        QStringList addresses;
        for (const SmtpProbeResult& p : r.probes) {
            addresses << p.address.toString();
            QCOMPARE(p.end, ProbeEnd::Completed);
            QCOMPARE(p.starttls.summary, u"Verified"_s);
            QVERIFY(p.starttls.dane.checked);
            QVERIFY(p.starttls.dane.matched);
            QVERIFY(p.starttls.dane.dnssecValidated); // libunbound, with the zone's key as trust anchor
            QCOMPARE(p.bannerName, u"mx.aiosmtpd.test"_s);
        }
        addresses.sort();
        QCOMPARE(addresses, (QStringList{u"127.0.0.1"_s, u"::1"_s}));
        const SmtpProbeResult& v4 =
            r.probes.at(r.probes.at(0).address.protocol() == QAbstractSocket::IPv4Protocol ? 0 : 1);
        QCOMPARE(v4.ptrNames, QStringList{u"mx.smtp.test"_s});
        QVERIFY(ids(v4.findings).contains(u"smtp.banner_ptr_mismatch"_s));
        QVERIFY(ids(v4.findings).contains(u"smtp.tls.dane_match"_s));
        QVERIFY(!ids(r.allFindings()).contains(u"smtp.port_blocked_locally"_s));
        const QJsonObject json = toJson(r);
        QCOMPARE(json.value(u"probes"_s).toArray().size(), 2);
        QCOMPARE(json.value(u"dns"_s).toObject().value(u"tlsa_records"_s).toArray().size(), 1);
    }

    // RFC 7672 with a zone Knot serves signed: a TLSA record that does not match the certificate, the
    // same records when the trust anchor does not cover the zone (not validated: not checked), and a
    // trust anchor that is not the zone's key (bogus: a failure, not "no TLSA").
    void daneValidation_data() {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("anchor");
        QTest::addColumn<QString>("finding");
        QTest::addColumn<bool>("validated");
        QTest::addColumn<bool>("checked");
        QTest::newRow("mismatch") << u"mx2.smtp.test"_s << m_anchor << u"smtp.tls.dane_mismatch"_s << true << true;
        QTest::newRow("not validated")
            << u"mx.smtp.test"_s << m_otherAnchor << u"smtp.tls.dane_not_validated"_s << false << false;
        QTest::newRow("bogus") << u"mx.smtp.test"_s << m_wrongAnchor << u"smtp.tls.dane_bogus"_s << false << false;
    }

    void daneValidation() {
        QFETCH(QString, host);
        QFETCH(QString, anchor);
        QFETCH(QString, finding);
        QFETCH(bool, validated);
        QFETCH(bool, checked);
        const SmtpHostResult r = probeHost(host, anchor);
        QVERIFY2(ids(r.allFindings()).contains(finding),
                 qPrintable(ids(r.allFindings()).join(u' ') + r.tlsaAnswer.error + r.tlsaAnswer.whyBogus));
        QCOMPARE(r.tlsaAuthenticated, validated);
        QVERIFY(!r.probes.isEmpty());
        for (const SmtpProbeResult& p : r.probes) {
            QCOMPARE(p.starttls.dane.checked, checked);
            QVERIFY(!p.starttls.dane.matched);
        }
        const QJsonObject dane = toJson(r).value(u"dane"_s).toObject();
        QCOMPARE(dane.value(u"validated"_s).toBool(), validated);
        QCOMPARE(dane.value(u"bogus"_s).toBool(), finding == u"smtp.tls.dane_bogus");
        QCOMPARE(dane.value(u"matched"_s), checked ? QJsonValue(false) : QJsonValue());
        if (!checked)
            QVERIFY(!dane.value(u"error"_s).toString().isEmpty());
        if (finding != u"smtp.tls.dane_bogus")
            QCOMPARE(dane.value(u"tlsa"_s).toArray().size(), 1);
    }

    void domainProbesEveryMx_data() {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<int>("hosts");
        QTest::addColumn<QString>("finding");
        QTest::addColumn<int>("severity");
        QTest::newRow("mx") << u"smtp.test"_s << 1 << u"smtp.tls.summary"_s << int(Severity::Info);
        QTest::newRow("implicit mx") << u"nomx.smtp.test"_s << 1 << u"smtp.implicit_mx"_s
                                     << int(Severity::Warning);
        QTest::newRow("null mx") << u"nullmx.smtp.test"_s << 0 << u"smtp.null_mx"_s << int(Severity::Info);
        QTest::newRow("port blocked locally")
            << u"blocked.smtp.test"_s << 2 << u"smtp.port_blocked_locally"_s << int(Severity::Critical);
        QTest::newRow("no such domain")
            << u"absent.smtp.test"_s << 0 << u"smtp.domain_missing"_s << int(Severity::Error);
    }

    void domainProbesEveryMx() {
        QFETCH(QString, domain);
        QFETCH(int, hosts);
        QFETCH(QString, finding);
        QFETCH(int, severity);
        const quint16 port = domain.startsWith(u"blocked") ? m_blockedPort : m_port;
        SmtpDomainProbe probe(m_resolver.get(), domain, port, testOptions(m_certs.caFile()));
        QSignalSpy spy(&probe, &SmtpDomainProbe::finished);
        probe.start();
        QVERIFY(spy.wait(10000));
        const SmtpDomainResult& r = probe.result();
        QCOMPARE(r.hosts.size(), hosts);
        const QList<Finding> all = r.allFindings();
        bool found = false;
        for (const Finding& f : all) {
            if (f.id == finding) {
                found = true;
                QCOMPARE(int(f.severity), severity);
            }
        }
        QVERIFY2(found, qPrintable(ids(all).join(u' ')));
        if (domain == u"smtp.test") {
            // The domain is one of the names the certificate is checked against.
            bool domainChecked = false;
            for (const NameCheck& check : r.hosts.first().probes.first().starttls.nameChecks)
                domainChecked = domainChecked || (check.role == u"domain" && check.name == domain);
            QVERIFY(domainChecked);
        }
        if (domain.startsWith(u"blocked")) {
            // One verdict for the whole domain, none per host; no server is blamed with an error
            // beyond its connect timeout.
            QCOMPARE(ids(all).count(u"smtp.port_blocked_locally"_s), 1);
            for (const SmtpHostResult& host : r.hosts)
                QCOMPARE(host.probes.first().end, ProbeEnd::ConnectTimeout);
        }
    }

    void cancelDomainProbe() {
        SmtpDomainProbe probe(m_resolver.get(), u"blocked.smtp.test"_s, m_blockedPort,
                              testOptions(QString()));
        QSignalSpy spy(&probe, &SmtpDomainProbe::finished);
        probe.start();
        QTRY_VERIFY(!probe.result().mx.isEmpty());
        probe.cancel();
        QVERIFY(spy.wait(1000));
        QVERIFY(!ids(probe.result().allFindings()).contains(u"smtp.port_blocked_locally"_s));
    }
};

QTEST_GUILESS_MAIN(TestSmtpHostProbe)
#include "test_smtphostprobe.moc"
