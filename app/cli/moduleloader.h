// rebound-cli's side of the commands module (commandsmodule.h): where the module is, loading it and
// calling its entry point.
#pragma once

#include <QString>
#include <QStringList>

namespace rebound::cli {

// The paths where the module may be, in the order they are tried, for an executable at exePath: next to
// it (the build tree; Windows), then the install directory relative to it (REBOUND_CLI_MODULE_DIR:
// ${CMAKE_INSTALL_LIBDIR}/rebound from ${CMAKE_INSTALL_BINDIR}, app/CMakeLists.txt).
QStringList commandsModuleCandidates(const QString& exePath);

// Loads the module found from the executable's own path (executablepath.h) and runs its entry point with
// argc and argv; call it before any application object exists. When the module cannot be found or
// loaded, prints one line on stderr with the paths tried and the loader's error, and returns
// ExitUnavailable.
int runCommandsModule(int argc, char* argv[]);

} // namespace rebound::cli
