#include "app/cli/moduleloader.h"

#include "app/cli/cli.h"
#include "app/cli/commandsmodule.h"
#include "app/cli/executablepath.h"
#include "app/cli/output.h"

#include <QDir>
#include <QFileInfo>
#include <QLibrary>

using namespace Qt::StringLiterals;

namespace rebound::cli {

QStringList commandsModuleCandidates(const QString& exePath) {
    const QDir dir = QFileInfo(exePath).absoluteDir();
    const QString name = QStringLiteral(REBOUND_CLI_MODULE);
    QStringList candidates{dir.absoluteFilePath(name)};
    const QString installed =
        QDir::cleanPath(dir.absoluteFilePath(QStringLiteral(REBOUND_CLI_MODULE_DIR) + u'/' + name));
    if (!candidates.contains(installed))
        candidates.append(installed);
    return candidates;
}

int runCommandsModule(int argc, char* argv[]) {
    QString error;
    const QString exePath = executablePath(&error);
    if (exePath.isEmpty())
        return fail(ExitUnavailable, u"cannot find the commands module: "_s + error);
    QStringList tried;
    for (const QString& path : commandsModuleCandidates(exePath)) {
        if (!QFileInfo::exists(path)) {
            tried.append(path + u": no such file"_s);
            continue;
        }
        // Never unloaded: the command's objects and output streams live in the module until exit.
        QLibrary library(path);
        if (!library.load()) {
            tried.append(library.errorString()); // names the path and gives the loader's message
            continue;
        }
        const auto entry = reinterpret_cast<CommandsModuleEntry>(library.resolve(kCommandsModuleEntry));
        if (!entry) {
            tried.append(path + u": no "_s + QLatin1StringView(kCommandsModuleEntry) + u" in it"_s);
            continue;
        }
        const auto version = reinterpret_cast<CommandsModuleVersion>(library.resolve(kCommandsModuleVersion));
        const QString moduleVersion = version ? QString::fromUtf8(version()) : u"unknown"_s;
        if (moduleVersion != QLatin1StringView(REBOUND_VERSION)) {
            tried.append(u"%1: version %2, rebound-cli is %3"_s.arg(path, moduleVersion,
                                                                    QLatin1StringView(REBOUND_VERSION)));
            continue;
        }
        return entry(argc, argv);
    }
    return fail(ExitUnavailable, u"cannot load the commands module: "_s + tried.join(u"; "_s));
}

} // namespace rebound::cli
