// The desktop app's entry point: names, icon and desktop id first (QSettings and the window
// manager depend on them), the interface language, then the main window with an optional file
// (the .desktop file's `rebound %f` for message/rfc822).
#include "ui/appsettings.h"
#include "ui/mainwindow.h"
#include "ui/translation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Rebound"_s);
    // The domain of the application id org.rebound.Rebound: macOS names the settings file
    // <reversed domain>.<application>.plist, which is then the bundle identifier.
    QApplication::setOrganizationDomain(u"rebound.org"_s);
    QApplication::setApplicationName(u"Rebound"_s);
    QApplication::setApplicationDisplayName(u"Rebound"_s);
    QApplication::setApplicationVersion(QStringLiteral(REBOUND_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(REBOUND_APP_ID));
    QApplication::setWindowIcon(QIcon(u":/rebound/icons/rebound.svg"_s));

    rebound::ui::Translation translation;
    translation.install(rebound::ui::AppSettings::load().language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Email deliverability troubleshooter"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption smokeTest(
        u"smoke-test"_s,
        QApplication::translate(
            "main", "Show the main window, start the event loop and exit (for packaging checks)."));
    parser.addOption(smokeTest);
    parser.addPositionalArgument(
        u"file"_s,
        QApplication::translate("main",
                                "A bounce or .eml file, or a saved session (.json, Rebound PDF), to open."),
        u"[file]"_s);
    parser.process(app);

    rebound::ui::MainWindow window;
    window.show();

    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.openPath(files.first()); // a bounce into the input box; a session JSON or Rebound PDF as saved
    if (parser.isSet(smokeTest)) {
        // Runs once the event loop has started and the window has been shown.
        QTimer::singleShot(0, &app, [&window] { QApplication::exit(window.isVisible() ? 0 : 1); });
    }
    return app.exec();
}
