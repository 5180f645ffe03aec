#include "ui/mainwindow.h"

#include <QApplication>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Rebound"_qs);
    QApplication::setOrganizationDomain(u"rebound.example.org"_qs);
    QApplication::setApplicationName(u"Rebound"_qs);
    QApplication::setApplicationVersion(QStringLiteral(REBOUND_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(REBOUND_APP_ID));

    rebound::ui::MainWindow window;
    window.show();
    return app.exec();
}
