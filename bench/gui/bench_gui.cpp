// Desktop app responsiveness. (1) Cold start: the time from starting the process to the main window's
// first expose, over several launches of this binary in --startup-child mode. (2) The longest
// event-loop stall while the input is pasted (Ctrl+V into the empty input until the text is in and
// detected) and during the full run against the lab (Ctrl+Return to the end of the run): a 5 ms timer
// records the largest gap between its ticks (beyond its interval), for a bounce and for a large
// (about 5 MB) mbox of bounces. Targets: first window < 500 ms, no stall > 50 ms.
#include "../../tests/gui/stallprobe.h" // the probe the GUI tests use
#include "bench/benchlab.h"
#include "lab/dnslab.h"
#include "ui/appsettings.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

using rebound::guitest::StallProbe;

// Started first thing in main(): the child's phases are measured from there.
QElapsedTimer sinceMain;

// Prints "shown A B C": ms from main() to the QApplication being ready, the window's constructor, and
// show() to the first expose.
int startupChild(double appReadyMs) {
    const double beforeWindow = double(sinceMain.nsecsElapsed()) / 1e6;
    rebound::ui::MainWindow window;
    const double constructed = double(sinceMain.nsecsElapsed()) / 1e6;
    window.show();
    if (!QTest::qWaitForWindowExposed(&window, 10000))
        return 1;
    const double exposed = double(sinceMain.nsecsElapsed()) / 1e6;
    std::printf("shown %.1f %.1f %.1f\n", appReadyMs, constructed - beforeWindow, exposed - constructed);
    std::fflush(stdout);
    return 0;
}

double median(QList<double> values) {
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

void coldStart(const QString& self) {
    QList<double> times;
    QList<double> phases[4]; // before main (exec, dynamic loading), QApplication, window constructor, expose
    for (int i = 0; i < 10; ++i) {
        QProcess child;
        QElapsedTimer timer;
        timer.start();
        child.start(self, {u"--startup-child"_s});
        if (!child.waitForReadyRead(10000)) {
            std::printf("cold start: child did not show a window\n");
            return;
        }
        const double total = double(timer.nsecsElapsed()) / 1e6;
        times << total;
        const QList<QByteArray> parts = child.readLine().trimmed().split(' ');
        const double app = parts.value(1).toDouble(), ctor = parts.value(2).toDouble(),
                     expose = parts.value(3).toDouble();
        phases[0] << total - app - ctor - expose;
        phases[1] << app;
        phases[2] << ctor;
        phases[3] << expose;
        child.waitForFinished(10000);
    }
    std::sort(times.begin(), times.end());
    std::printf("cold start to first expose (10 launches): median %.0f ms, worst %.0f ms; medians: exec and "
                "loading before main %.0f ms, QApplication %.0f ms, main window constructor %.0f ms, show to "
                "expose %.0f ms; load %s\n",
                times.at(5), times.last(), median(phases[0]), median(phases[1]), median(phases[2]),
                median(phases[3]), qPrintable(rebound::bench::loadAverage()));
}

QString readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

struct RunFigures {
    double pasteStallMs = 0;
    double wallMs = 0;
    double worstStallMs = 0;
    int checks = 0;
};

RunFigures measureRun(const QString& input, const QString& historyPath) {
    rebound::ui::MainWindow window(nullptr, historyPath);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        std::printf("window not exposed\n");
    // Shortcuts (Ctrl+V, Ctrl+Return) go to the active window; Xvfb has no window manager to activate it.
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window))
        std::printf("window not active\n");
    auto* edit = window.findChild<QPlainTextEdit*>(u"input"_s);
    // The paste, as a user does it: Ctrl+V into the empty input, until the text is in and detected.
    QApplication::clipboard()->setText(input);
    StallProbe probe;
    probe.start();
    edit->setFocus();
    QTest::keySequence(edit, QKeySequence::Paste);
    QTest::qWaitFor([&] { return edit->document()->characterCount() - 1 == input.size(); }, 30000);
    QTest::qWait(400); // the detector runs 250 ms after the last change
    RunFigures figures;
    figures.pasteStallMs = probe.stop();
    QElapsedTimer wall;
    probe.start();
    wall.start();
    QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
    const bool finished = QTest::qWaitFor(
        [&] { return !window.isRunning() && !window.session()[u"finished_utc"].toString().isEmpty(); },
        120000);
    if (!finished)
        std::printf("run did not finish within 120 s\n");
    QTest::qWait(100); // the last repaint and the history write belong to the run
    figures.worstStallMs = probe.stop();
    figures.wallMs = double(wall.nsecsElapsed()) / 1e6;
    figures.checks = int(window.session()[u"checks"].toArray().size());
    return figures;
}

} // namespace

int main(int argc, char* argv[]) {
    sinceMain.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::setvbuf(stdout, nullptr, _IONBF, 0);
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"ReboundBench"_s);
    QCoreApplication::setApplicationName(u"Rebound"_s);
    QTemporaryDir dir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    if (app.arguments().contains(u"--startup-child"_s))
        return startupChild(double(sinceMain.nsecsElapsed()) / 1e6);

    std::printf("platform: %s\n", qPrintable(QGuiApplication::platformName()));
    coldStart(QCoreApplication::applicationFilePath());

    rebound::lab::DnsLab lab;
    rebound::lab::DnsLabOptions options;
    options.zonesDir = QStringLiteral(REBOUND_TEST_DATA_DIR "/gui/zones");
    QString error;
    if (!lab.start(options, &error)) {
        std::printf("lab: %s\n", qPrintable(error));
        return 1;
    }
    rebound::ui::AppSettings settings;
    settings.customResolver = true;
    settings.resolverServers = lab.server();
    settings.smtpProbe = false;
    settings.save();

    const QString bounce = readFile(QStringLiteral(REBOUND_TEST_DATA_DIR "/gui/data/bounce-spamhaus.eml"));
    QString mbox;
    for (int i = 0; mbox.size() < 5 * 1024 * 1024; ++i)
        mbox += u"From MAILER-DAEMON Mon Nov 23 01:58:00 2026\n"_s + bounce + u"\n"_s;

    const struct {
        const char* name;
        const QString& input;
        int runs;
    } cases[] = {{"bounce (1.6 kB)", bounce, 5}, {"mbox of bounces (5 MB)", mbox, 2}};
    int run = 0;
    for (const auto& c : cases) {
        double worst = 0;
        double paste = 0;
        double wall = 0;
        int checks = 0;
        for (int i = 0; i < c.runs; ++i) {
            const RunFigures f = measureRun(c.input, dir.filePath(u"h%1.sqlite"_s.arg(run++)));
            worst = std::max(worst, f.worstStallMs);
            paste = std::max(paste, f.pasteStallMs);
            wall = std::max(wall, f.wallMs);
            checks = f.checks;
        }
        std::printf("%s, %d runs: paste: longest stall %.1f ms; run: longest event-loop stall %.1f ms, "
                    "slowest run %.0f ms, %d checks\n",
                    c.name, c.runs, paste, worst, wall, checks);
    }
    return 0;
}
