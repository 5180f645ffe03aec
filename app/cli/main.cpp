#include "app/cli/cli.h"
#include "core/pdf/pdfreport.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdlib>
#include <filesystem>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

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

int main(int argc, char* argv[]) {
    std::unique_ptr<RuntimeDir> runtimeDir;
    std::unique_ptr<QCoreApplication> app;
    if (wantsPdf(argc, argv)) {
        runtimeDir = std::make_unique<RuntimeDir>();
        // Headless whatever the environment says (a desktop session may name wayland or xcb, which fail
        // over ssh or in cron): the PDF needs fonts and a paint engine, never a display.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
        rebound::pdf::registerPdfRenderer();
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(u"Rebound"_s);
    QCoreApplication::setApplicationName(u"rebound-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(REBOUND_VERSION));
    const int status = rebound::cli::run(QCoreApplication::arguments());
    app.reset(); // before its runtime directory goes
    return status;
}
