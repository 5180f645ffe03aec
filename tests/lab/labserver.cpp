// rebound-lab ZONES_DIR: starts the test lab's DNS (Knot behind dnsdist) on free loopback ports with
// the zone files of ZONES_DIR, prints "127.0.0.1:PORT" and serves until interrupted. For trying the
// app and rebound-cli by hand on lab data (`rebound-cli --dns 127.0.0.1:PORT ...`), and screenshots.
#include "lab/dnslab.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <unistd.h>

namespace {
int signalPipe[2];
void onSignal(int) {
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}
} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        QTextStream(stderr) << "usage: rebound-lab ZONES_DIR (for example tests/diagnosis/zones)\n";
        return 64;
    }
    rebound::lab::DnsLabOptions options;
    options.zonesDir = args.at(1);
    rebound::lab::DnsLab lab;
    QString error;
    if (!lab.start(options, &error)) {
        QTextStream(stderr) << "rebound-lab: " << error << '\n';
        return 1;
    }
    QTextStream(stdout) << lab.server() << Qt::endl;
    // Stop both servers cleanly on SIGINT/SIGTERM.
    if (::pipe(signalPipe) != 0)
        return 1;
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    return app.exec();
}
