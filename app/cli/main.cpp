#include "core/cli/cli.h"

#include <QCoreApplication>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Rebound"_qs);
    QCoreApplication::setApplicationName(u"rebound-cli"_qs);
    QCoreApplication::setApplicationVersion(QStringLiteral(REBOUND_VERSION));
    return rebound::cli::run(QCoreApplication::arguments());
}
