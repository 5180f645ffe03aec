// Compiled into every test and benchmark executable (rebound_add_test, rebound_add_bench): sets the
// application's name and version the way app/gui and app/cli's main() do, because the libraries read
// the version at run time (QCoreApplication::applicationVersion(): the session's app_version, the PDF
// creator, the report footer) and only executables carry REBOUND_VERSION.
#include <QCoreApplication>

namespace {

void setApplicationVersion() {
    QCoreApplication::setApplicationVersion(QStringLiteral(REBOUND_VERSION));
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(setApplicationVersion)
