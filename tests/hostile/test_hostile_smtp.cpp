// Every misbehaving SMTP server of tests/smtp at once, as a domain with many bad MX hosts would be:
// trickle, floods of lines and of TLS noise, replies that never end or never finish, a 1 MB line,
// silence. Each probe ends within its stage deadlines with a finding, none is taken for a working
// server, and the peak RSS of the process stays bounded while 8 MiB floods arrive.
#include "adversarialserver.h"
#include "core/smtp/smtpprobe.h"
#include "peakmemory.h"
#include "testcertificates.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

using namespace rebound;
using namespace rebound::smtp;
using rebound::smtptest::AdversarialServer;
using Behaviour = AdversarialServer::Behaviour;

class TestHostileSmtp final : public QObject {
    Q_OBJECT

private slots:
    void allAtOnce() {
        smtptest::TestCertificates certs;
        QString error;
        QVERIFY2(certs.generate(&error), qPrintable(error));
        const QList<Behaviour> behaviours = {
            Behaviour::NeverEndingBanner, Behaviour::HugeLine,
            Behaviour::Trickle,           Behaviour::Silent,
            Behaviour::GarbageTls,        Behaviour::PlainAfterStartTls,
            Behaviour::StalledReply,      Behaviour::EhloNeverEnds,
            Behaviour::TlsGarbageFlood,
        };
        SmtpProbeOptions options;
        options.ehloName = u"probe.rebound.test"_s;
        options.deadlines = {1000, 1500, 1500, 1500, 1500, 1500, 500};
        options.caFile = certs.caFile();
        // The longest path: connect, banner, EHLO, STARTTLS, handshake, each to its deadline, then QUIT.
        const int deadline = 1000 + 4 * 1500 + 500 + 1000;

        std::vector<std::unique_ptr<AdversarialServer>> servers;
        std::vector<std::unique_ptr<SmtpProbe>> probes;
        int finished = 0;
        QElapsedTimer clock;
        clock.start();
        for (const Behaviour behaviour : behaviours) {
            servers.push_back(std::make_unique<AdversarialServer>(behaviour));
            servers.back()->setCertificate(certs.good().cert, certs.good().key);
            QVERIFY2(servers.back()->start(&error), qPrintable(error));
            probes.push_back(std::make_unique<SmtpProbe>(u"mx.smtp.test"_s, QHostAddress::LocalHost,
                                                         servers.back()->serverPort(), options));
            connect(probes.back().get(), &SmtpProbe::finished, this, [&finished] { ++finished; });
        }
        for (auto& probe : probes)
            probe->start();
        QTRY_COMPARE_WITH_TIMEOUT(finished, int(probes.size()), deadline + 2000);
        const qint64 elapsed = clock.elapsed();

        for (std::size_t i = 0; i < probes.size(); ++i) {
            const SmtpProbeResult result = probes[i]->result();
            QVERIFY2(result.end != ProbeEnd::Completed, qPrintable(u"server %1 completed"_s.arg(i)));
            QVERIFY(!result.findings.isEmpty());
            QVERIFY(result.bytesReceived <= options.maxBytes);
        }
        const double peak = hostile::peakRssMiB();
        qInfo("%d hostile SMTP servers at once: all ended in %lld ms (deadline %d); peak RSS %.1f MiB "
              "(allowed %.0f)",
              int(probes.size()), elapsed, deadline, peak, hostile::kRssAllowanceMiB);
        QVERIFY(elapsed <= deadline);
        QVERIFY(peak < hostile::kRssAllowanceMiB);
    }
};

QTEST_GUILESS_MAIN(TestHostileSmtp)
#include "test_hostile_smtp.moc"
