#pragma once

#include <QString>

namespace rebound::cli {

// The running executable's own absolute path as the system knows it (Linux /proc/self/exe, macOS
// _NSGetExecutablePath, Windows GetModuleFileNameW), never argv[0], which a caller chooses. Symbolic
// links are resolved where the system does so (Linux, macOS). Empty, with *error, when it cannot be told.
QString executablePath(QString* error);

} // namespace rebound::cli
