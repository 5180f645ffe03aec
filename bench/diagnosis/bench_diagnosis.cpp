// Diagnosis benchmark: a whole paste-a-bounce run (bounce parsing, every blocklist of the catalog and
// reverse DNS for the sending IP, SPF/DKIM/DMARC/MX for the From domain) against the diagnosis lab with
// dnsdist adding D ms to every answer. The wall time in units of D is the number of DNS round trips on
// the critical path: checks that run concurrently cost the longest chain, not the sum. No SMTP (it
// would measure TCP timeouts, not the engine). Also the peak RSS of the process.
#include "core/diagnosis/diagnosisrun.h"
#include "core/dns/resolverconfig.h"
#include "lab/dnslab.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTextStream>

#include <sys/resource.h>

using namespace rebound;

namespace {

const char* const Bounce = R"(From: MAILER-DAEMON@mail.sender-corp.example
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B1"

--B1
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.sender-corp.example

Final-Recipient: rfc822; bob@recipient.example
Action: failed
Status: 5.7.1
Diagnostic-Code: smtp; 554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org

--B1
Content-Type: text/rfc822-headers

From: Alice <alice@sender-corp.example>
DKIM-Signature: v=1; a=rsa-sha256; d=sender-corp.example; s=s1; h=from; bh=a=; b=b=

--B1--
)";

qint64 runOnce(const QString& server, int* causes) {
    diagnosis::RunOptions options;
    options.resolver.servers = *dns::parseServerList(server);
    options.checkDocumentationRanges = true;
    options.smtpProbe = false;
    diagnosis::DiagnosisRun run(options);
    QSignalSpy finished(&run, &diagnosis::DiagnosisRun::finished);
    QElapsedTimer timer;
    timer.start();
    run.start(QString::fromUtf8(Bounce));
    finished.wait(60000);
    *causes = int(run.session().diagnosis.size());
    return timer.elapsed();
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QString zones = QStringLiteral(REBOUND_TEST_DATA_DIR "/diagnosis/zones");
    for (const int delay : {0, 50}) {
        lab::DnsLab lab;
        lab::DnsLabOptions options;
        options.zonesDir = zones;
        options.delayMs = delay;
        QString error;
        if (!lab.start(options, &error)) {
            out << "lab: " << error << Qt::endl;
            return 1;
        }
        QList<qint64> times;
        int causes = 0;
        for (int i = 0; i < 5; ++i)
            times << runOnce(lab.server(), &causes);
        std::sort(times.begin(), times.end());
        out << "delay " << delay << " ms: median " << times.at(2) << " ms, best " << times.first() << " ms";
        if (delay > 0)
            out << " = " << QString::number(double(times.at(2)) / delay, 'f', 1) << " D (median)";
        out << ", " << causes << " causes" << Qt::endl;
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    out << "peak RSS " << usage.ru_maxrss / 1024 << " MiB" << Qt::endl;
    return 0;
}
