// rebound-cli's entry point. It runs bounce, --help, --version and usage errors itself with Qt Core alone,
// so that they start without the engine's libraries (Qt Gui, Qt Network, c-ares, OpenSSL...: about 35 ms
// of dynamic linking; docs/PERFORMANCE.md). Every other command, and any command line that mentions --pdf
// (Qt Gui) or --dns (its addresses are read with Qt Network), goes to the commands module
// (modulemain.cpp), loaded before any application object exists.
#include "app/cli/cli.h"
#include "app/cli/commands.h"
#include "app/cli/moduleloader.h"

#include <QCoreApplication>

#include <array>
#include <string_view>

namespace rebound::cli {
namespace {

constexpr std::array kOwnRunners{CommandRunner{"bounce", &runBounceCommand}};
static_assert(runnersAreCommands(kOwnRunners));

// Whether an argument names the option as --NAME, --NAME=..., -NAME or -NAME=... (the parsers read
// single-dash words as long options), wherever it stands: a superset of what a parser would take for
// it, so that nothing which needs the module runs here.
bool mentionsOption(int argc, char* argv[], std::string_view name) {
    for (int i = 1; i < argc; ++i) {
        std::string_view arg(argv[i]);
        if (!arg.starts_with('-'))
            continue;
        arg.remove_prefix(arg.starts_with("--") ? 2 : 1);
        if (arg.substr(0, arg.find('=')) == name)
            return true;
    }
    return false;
}

bool needsModule(int argc, char* argv[]) {
    if (mentionsOption(argc, argv, "pdf") || mentionsOption(argc, argv, "dns"))
        return true;
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const QString command = findCommandName(arguments);
    return isCommand(command) && !findRunner(kOwnRunners, command);
}

} // namespace
} // namespace rebound::cli

int main(int argc, char* argv[]) {
    using namespace rebound::cli;
    if (needsModule(argc, argv))
        return runCommandsModule(argc, argv);
    QCoreApplication app(argc, argv);
    setApplicationIdentity(QStringLiteral(REBOUND_VERSION));
    return run(QCoreApplication::arguments(), kOwnRunners);
}
