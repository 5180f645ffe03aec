// The commands module's entry point: what rebound-cli's main() did before the command-line tool was split
// (commandsmodule.h). It runs every command, Qt Gui and the whole engine at hand; rebound-cli calls it for
// all but bounce, --help, --version and usage errors (main.cpp).
#include "app/cli/cli.h"
#include "app/cli/commands.h"
#include "app/cli/commandsmodule.h"
#include "app/cli/globaloptions.h"
#include "core/dns/serverlist.h"
#include "core/pdf/pdfreport.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <array>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <type_traits>

using namespace Qt::StringLiterals;

namespace rebound::cli {
namespace {

constexpr std::array kRunners{
    CommandRunner{"diagnose", &runDiagnoseCommand}, CommandRunner{"bounce", &runBounceCommand},
    CommandRunner{"dns", &runDnsCommand},           CommandRunner{"ip", &runIpCommand},
    CommandRunner{"domain", &runDomainCommand},     CommandRunner{"message", &runMessageCommand},
    CommandRunner{"reports", &runReportsCommand},   CommandRunner{"address", &runAddressCommand},
    CommandRunner{"snds", &runSndsCommand},         CommandRunner{"postmaster", &runPostmasterCommand},
    CommandRunner{"smtp", &runSmtpCommand},         CommandRunner{"watch", &runWatchCommand},
};
static_assert(runnersCoverEveryCommand(kRunners), "the module runs every command of commandtable.h");

// Qt Gui wants a private runtime directory and warns on stderr without one (cron, ssh, containers):
// a fresh 0700 directory, removed on exit, keeps the output of a scripted --pdf clean.
struct RuntimeDir {
    std::string path;
    RuntimeDir() {
        if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
            return;
        std::string pattern = (std::filesystem::temp_directory_path() / "rebound-cli-XXXXXX").string();
        if (mkdtemp(pattern.data())) {
            path = pattern;
            qputenv("XDG_RUNTIME_DIR", QByteArray::fromStdString(path));
        }
    }
    ~RuntimeDir() {
        std::error_code ignored;
        if (!path.empty())
            std::filesystem::remove_all(path, ignored);
    }
};

// Drawing a PDF (diagnose --pdf FILE) needs Qt Gui; every other use stays a plain QCoreApplication
// that loads no platform plugin.
bool wantsPdf(int argc, char* argv[]) {
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--")
            return false;
        if (arg == "--pdf" || arg.startsWith("--pdf="))
            return true;
    }
    return false;
}

} // namespace

// C linkage (unmangled names for the loader) whatever the namespace.
extern "C" Q_DECL_EXPORT const char* rebound_cli_commands_version() {
    return REBOUND_VERSION;
}

extern "C" Q_DECL_EXPORT int rebound_cli_commands_main(int argc, char* argv[]) {
    GlobalOptions::setServerListReader(&dns::parseServerList);
    std::unique_ptr<RuntimeDir> runtimeDir;
    std::unique_ptr<QCoreApplication> app;
    if (wantsPdf(argc, argv)) {
        runtimeDir = std::make_unique<RuntimeDir>();
        // Headless whatever the environment says (a desktop session may name wayland or xcb, which fail
        // over ssh or in cron): the PDF needs fonts and a paint engine, never a display.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
        pdf::registerPdfRenderer();
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    setApplicationIdentity(QStringLiteral(REBOUND_VERSION));
    const int status = run(QCoreApplication::arguments(), kRunners);
    app.reset(); // before its runtime directory goes
    return status;
}
static_assert(std::is_same_v<decltype(&rebound_cli_commands_main), CommandsModuleEntry>);

} // namespace rebound::cli
