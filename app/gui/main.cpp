// The desktop app's entry point: names, icon and desktop id first (QSettings and the window
// manager depend on them), then the main window.
#include "ui/mainwindow.h"

#include <QApplication>
#include <QIcon>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Rebound"_qs);
    QApplication::setOrganizationDomain(u"rebound.example.org"_qs);
    QApplication::setApplicationName(u"Rebound"_qs);
    QApplication::setApplicationDisplayName(u"Rebound"_qs);
    QApplication::setApplicationVersion(QStringLiteral(REBOUND_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(REBOUND_APP_ID));
    QApplication::setWindowIcon(QIcon(u":/rebound/icons/rebound.svg"_qs));

    rebound::ui::MainWindow window;
    window.show();
    return app.exec();
}
