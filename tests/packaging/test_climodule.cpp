// rebound-cli in two parts (app/CMakeLists.txt): the executable runs bounce, --help, --version and usage
// errors with Qt Core alone and loads the commands module for everything else. Checked where the split can
// fail: the executable's libraries (its own list and what the loader brings with it) hold none of the
// engine's heavy ones; commands of both kinds run from the build tree and from an install layout; a copy of
// the executable without its module still runs its own commands and, for the others, names the paths it
// tried and exits 69 (docs/CLI.md) rather than crash; so does a module that does not load, or a shared
// object that is not the module.
#include "toolrun.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace rebound::packaging;

namespace {

const QString kCli = QStringLiteral(REBOUND_CLI_PATH);
const QString kModule = QStringLiteral(REBOUND_CLI_MODULE_PATH);
const QString kModuleName = QFileInfo(kModule).fileName();
constexpr int ExitUnavailable = 69;

// The libraries rebound-cli must not load: the GUI stack, the network stack and what the other commands
// bring (keychain, DNSSEC, archives, SQLite through Qt Sql, Kerberos through Qt Network).
const QRegularExpression kHeavy(u"Qt6(Gui|Widgets|Network|NetworkAuth|Sql)|qt6keychain|unbound|archive|cares"
                                "|libssl|libcrypto|krb5|libX11|libEGL|libGL|libOpenGL|fontconfig|freetype"_s);

const QByteArray kReply =
    "554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org\n";

// The DT_NEEDED entries of an ELF file, from readelf.
QStringList neededLibraries(const QString& path) {
    const ToolRun run = runTool(u"readelf"_s, {u"--dynamic"_s, u"--wide"_s, path});
    if (run.exitCode != 0)
        qFatal("readelf %s: %s", qPrintable(path), run.err.constData());
    static const QRegularExpression needed(u"\\(NEEDED\\)\\s+Shared library: \\[([^\\]]+)\\]"_s);
    QStringList names;
    for (const auto& match : needed.globalMatch(QString::fromUtf8(run.out)))
        names.append(match.captured(1));
    return names;
}

QStringList heavyAmong(const QStringList& libraries) {
    return libraries.filter(kHeavy);
}

// A copy of the executable at DIR/bin/rebound-cli, without the module unless a test puts one.
QString copyExecutable(const QTemporaryDir& dir) {
    const QString bin = dir.filePath(u"bin"_s);
    QDir().mkpath(bin);
    const QString copy = bin + u"/rebound-cli"_s;
    if (!QFile::copy(kCli, copy) || !QFile::setPermissions(copy, QFile::permissions(kCli)))
        qFatal("cannot copy %s to %s", qPrintable(kCli), qPrintable(copy));
    return copy;
}

} // namespace

class TestCliModule final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_inputs;
    QString m_reply;

private slots:
    void initTestCase() {
        QVERIFY2(!findTool(u"readelf"_s).isEmpty(), "readelf (binutils) not found");
        QVERIFY2(QFile::exists(kModule), qPrintable(kModule + u" was not built"_s));
        QCOMPARE(QFileInfo(kModule).absolutePath(), QFileInfo(kCli).absolutePath());
        m_reply = m_inputs.filePath(u"reply.txt"_s);
        QFile file(m_reply);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kReply);
    }

    void executableNeedsQtCoreOnly() {
        const QStringList needed = neededLibraries(kCli);
        qInfo("rebound-cli needs %s", qPrintable(needed.join(u' ')));
        QVERIFY2(needed.filter(u"libQt6Core"_s).size() == 1, qPrintable(needed.join(u' ')));
        QVERIFY2(heavyAmong(needed).isEmpty(), qPrintable(heavyAmong(needed).join(u' ')));
    }

    // What the dynamic loader maps for it, its libraries' libraries included.
    void loaderBringsNoEngine() {
        if (findTool(u"ldd"_s).isEmpty())
            QSKIP("ldd not found");
        const ToolRun run = runTool(u"ldd"_s, {kCli});
        QCOMPARE(run.exitCode, 0);
        QStringList libraries;
        for (const QByteArray& line : run.out.split('\n')) {
            if (!line.trimmed().isEmpty())
                libraries.append(QString::fromUtf8(line.trimmed().split(' ').first()));
        }
        qInfo("ldd rebound-cli: %lld libraries", qint64(libraries.size()));
        QVERIFY2(heavyAmong(libraries).isEmpty(), qPrintable(heavyAmong(libraries).join(u' ')));
    }

    // The other side, so that the patterns above are known to match: the module holds the engine, and
    // exports its entry point alone (the statically linked engine stays private to it).
    void moduleHoldsTheEngine() {
        const QStringList needed = neededLibraries(kModule);
        for (const QString& library : {u"libQt6Network"_s, u"libQt6Gui"_s})
            QVERIFY2(!needed.filter(library).isEmpty(), qPrintable(needed.join(u' ')));
        QVERIFY(!heavyAmong(needed).isEmpty());
        const ToolRun symbols = runTool(u"readelf"_s, {u"--dyn-syms"_s, u"--wide"_s, kModule});
        QCOMPARE(symbols.exitCode, 0);
        static const QRegularExpression defined(
            u"^\\s*\\d+: [0-9a-f]+\\s+\\d+ \\w+\\s+GLOBAL\\s+DEFAULT\\s+\\d+ (\\S+)"_s,
            QRegularExpression::MultilineOption);
        QStringList exported;
        for (const auto& match : defined.globalMatch(QString::fromUtf8(symbols.out)))
            exported.append(match.captured(1));
        QStringList ours = exported.filter(u"rebound"_s);
        ours.sort();
        QCOMPARE(ours, (QStringList{u"rebound_cli_commands_main"_s, u"rebound_cli_commands_version"_s}));
    }

    // From the build tree: rebound-cli's own command and the module's, and bounce with --dns, which the
    // module reads (its addresses need Qt Network).
    void bothKindsRun() {
        const ToolRun bounce = runTool(kCli, {u"bounce"_s, m_reply, u"--json-lines"_s});
        QCOMPARE(bounce.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(bounce.out).object().value(u"schema"_s).toString(),
                 u"rebound.bounce"_s);
        const ToolRun dns = runTool(kCli, {u"dns"_s, u"--help"_s});
        QCOMPARE(dns.exitCode, 0);
        QVERIFY2(dns.out.contains("NAME"), dns.out.constData());
        const ToolRun badDns = runTool(kCli, {u"bounce"_s, m_reply, u"--dns"_s, u"nowhere"_s});
        QCOMPARE(badDns.exitCode, 64);
        QCOMPARE(badDns.err,
                 QByteArray("rebound-cli: bad DNS server 'nowhere': give a numeric IPv4 or IPv6 address\n"));
        const ToolRun withDns =
            runTool(kCli, {u"--dns"_s, u"127.0.0.1"_s, u"bounce"_s, m_reply, u"--json-lines"_s});
        QCOMPARE(withDns.exitCode, 0);
        QCOMPARE(withDns.out, bounce.out);
    }

    // Installed: the module in its directory relative to the executable's (REBOUND_CLI_MODULE_RELATIVE_DIR).
    void installLayout() {
        const QString relative = QStringLiteral(REBOUND_CLI_MODULE_RELATIVE_DIR);
        if (relative == u".")
            QSKIP("the module is installed next to the executable here");
        QTemporaryDir dir;
        const QString cli = copyExecutable(dir);
        const QString moduleDir = QDir::cleanPath(QFileInfo(cli).absolutePath() + u'/' + relative);
        QVERIFY(QDir().mkpath(moduleDir));
        QVERIFY(QFile::copy(kModule, moduleDir + u'/' + kModuleName));
        const ToolRun dns = runTool(cli, {u"dns"_s, u"--help"_s});
        QVERIFY2(dns.exitCode == 0, dns.err.constData());
        // The same help, but for the program's path in its first line.
        QCOMPARE(
            QString::fromUtf8(dns.out).replace(cli, u"rebound-cli"_s),
            QString::fromUtf8(runTool(kCli, {u"dns"_s, u"--help"_s}).out).replace(kCli, u"rebound-cli"_s));
    }

    void withoutModule() {
        QTemporaryDir dir;
        const QString cli = copyExecutable(dir);
        // Its own commands: the same as the build tree's.
        for (const QStringList& args :
             {QStringList{u"--version"_s}, QStringList{u"--help"_s}, QStringList{},
              QStringList{u"nosuchcommand"_s}, QStringList{u"bounce"_s, m_reply, u"--json"_s}}) {
            const ToolRun copy = runTool(cli, args);
            const ToolRun built = runTool(kCli, args);
            QCOMPARE(copy.exitCode, built.exitCode);
            QCOMPARE(copy.out, built.out);
            QCOMPARE(copy.err, built.err);
        }
        // The module's commands, --pdf and --dns: one line naming both places, exit 69.
        const QString nextToIt = QFileInfo(cli).absolutePath() + u'/' + kModuleName;
        const QString installed =
            QDir::cleanPath(QFileInfo(cli).absolutePath() + u'/'
                            + QStringLiteral(REBOUND_CLI_MODULE_RELATIVE_DIR) + u'/' + kModuleName);
        for (const QStringList& args :
             {QStringList{u"dns"_s, u"--help"_s}, QStringList{u"ip"_s, u"192.0.2.1"_s},
              QStringList{u"diagnose"_s, m_reply, u"--pdf"_s, dir.filePath(u"x.pdf"_s)},
              QStringList{u"bounce"_s, m_reply, u"--dns"_s, u"127.0.0.1"_s}}) {
            const ToolRun run = runTool(cli, args);
            QCOMPARE(run.exitCode, ExitUnavailable);
            QVERIFY(run.out.isEmpty());
            const QString err = QString::fromUtf8(run.err);
            QVERIFY2(err.startsWith(u"rebound-cli: cannot load the commands module: "_s), qPrintable(err));
            QVERIFY2(err.count(u'\n') == 1 && err.endsWith(u'\n'), qPrintable(err));
            QVERIFY2(err.contains(nextToIt + u": no such file"_s), qPrintable(err));
            QVERIFY2(err.contains(installed + u": no such file"_s), qPrintable(err));
        }
        QVERIFY(!QFile::exists(dir.filePath(u"x.pdf"_s)));
    }

    // A module that is there but does not load (not an ELF file): the loader's own words, exit 69.
    void moduleThatDoesNotLoad() {
        QTemporaryDir dir;
        const QString cli = copyExecutable(dir);
        const QString broken = QFileInfo(cli).absolutePath() + u'/' + kModuleName;
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a shared object\n");
        file.close();
        const ToolRun run = runTool(cli, {u"dns"_s, u"--help"_s});
        QCOMPARE(run.exitCode, ExitUnavailable);
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.startsWith(u"rebound-cli: cannot load the commands module: "_s), qPrintable(err));
        QVERIFY2(err.count(u'\n') == 1, qPrintable(err));
        // The loader's message names the file and says why (glibc: "invalid ELF header" or "file too short").
        QVERIFY2(err.count(broken) >= 1 && (err.contains(u"ELF"_s) || err.contains(u"too short"_s)),
                 qPrintable(err));
    }

    // A module of another version (a half-upgraded install, a stale build): refused before its entry point
    // runs, with both versions named, exit 69.
    void otherVersionIsRefused() {
        QTemporaryDir dir;
        const QString cli = copyExecutable(dir);
        const QString other = QFileInfo(cli).absolutePath() + u'/' + kModuleName;
        QVERIFY(QFile::copy(QStringLiteral(REBOUND_OTHER_VERSION_MODULE_PATH), other));
        const ToolRun run = runTool(cli, {u"dns"_s, u"--help"_s});
        QCOMPARE(run.exitCode, ExitUnavailable);
        QVERIFY2(!run.out.contains("the other version's module ran"), run.out.constData());
        const QString expected = u"%1: version 0.0.1-other, rebound-cli is %2"_s.arg(
            other, QString::fromUtf8(runTool(kCli, {u"--version"_s}).out).section(u' ', -1).trimmed());
        QVERIFY2(QString::fromUtf8(run.err).contains(expected), run.err.constData());
    }

    // A shared object that loads but is not the module (libgcc_s, which rebound-cli itself links): exit 69.
    void sharedObjectWithoutEntry() {
        if (findTool(u"ldd"_s).isEmpty())
            QSKIP("ldd not found");
        static const QRegularExpression libgcc(u"libgcc_s\\.so\\.1 => (\\S+)"_s);
        const auto match = libgcc.match(QString::fromUtf8(runTool(u"ldd"_s, {kCli}).out));
        QVERIFY(match.hasMatch());
        QTemporaryDir dir;
        const QString cli = copyExecutable(dir);
        const QString other = QFileInfo(cli).absolutePath() + u'/' + kModuleName;
        QVERIFY(QFile::copy(match.captured(1), other));
        const ToolRun run = runTool(cli, {u"dns"_s, u"--help"_s});
        QCOMPARE(run.exitCode, ExitUnavailable);
        QVERIFY2(run.err.contains((other + u": no rebound_cli_commands_main in it; "_s).toUtf8()),
                 run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliModule)
#include "test_climodule.moc"
