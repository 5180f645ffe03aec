// The Debian package as CPack builds it from this build tree: control fields with the shared-library
// dependencies dpkg-shlibdeps found, an FHS install tree with every desktop-integration file, no
// lintian error or warning (beyond the documented overrides), and binaries that run from the
// unpacked tree. Installing it for real is scripts/package.sh --install-check (it needs root and
// changes the system, so ctest never does it).
#include "toolrun.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace rebound::packaging;

namespace {

const QString kAppId = QStringLiteral(REBOUND_APP_ID);

// One line of `dpkg-deb -c`: permissions, owner and the path without the leading ".".
struct DebEntry {
    QString mode;
    QString owner;
    QString path;
};

} // namespace

class TestDebPackage final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_deb;
    QList<DebEntry> m_entries;

    QString field(const QString& name) {
        const ToolRun run = runTool(u"dpkg-deb"_s, {u"--field"_s, m_deb, name});
        return QString::fromUtf8(run.out).trimmed();
    }
    const DebEntry* entry(const QString& path) const {
        for (const DebEntry& e : m_entries) {
            if (e.path == path)
                return &e;
        }
        return nullptr;
    }

private slots:
    void initTestCase() {
        for (const QString& tool : {u"dpkg-deb"_s, u"dpkg-shlibdeps"_s, u"lintian"_s})
            QVERIFY2(!findTool(tool).isEmpty(), qPrintable(tool + u" not found (scripts/deps.sh)"_s));
        QVERIFY(m_dir.isValid());
        QElapsedTimer timer;
        timer.start();
        const ToolRun cpack =
            runTool(QStringLiteral(REBOUND_CPACK), {u"-G"_s, u"DEB"_s, u"-B"_s, m_dir.path()},
                    QStringLiteral(REBOUND_BINARY_DIR), 300000);
        QVERIFY2(cpack.started && cpack.exitCode == 0, QByteArray(cpack.out + cpack.err).constData());
        qInfo("cpack -G DEB: %lld ms", qint64(timer.elapsed()));
        const QStringList debs = QDir(m_dir.path()).entryList({u"rebound_*.deb"_s}, QDir::Files);
        QCOMPARE(debs.size(), 1);
        m_deb = m_dir.filePath(debs.first());
        qInfo("%s: %lld bytes", qPrintable(debs.first()), qint64(QFileInfo(m_deb).size()));

        const ToolRun contents = runTool(u"dpkg-deb"_s, {u"--contents"_s, m_deb});
        QVERIFY2(contents.exitCode == 0, contents.err.constData());
        static const QRegularExpression line(u"^(\\S+) (\\S+) +\\d+ \\S+ \\S+ \\.(/\\S*)$"_s);
        for (const QByteArray& raw : contents.out.split('\n')) {
            if (raw.isEmpty())
                continue;
            const auto match = line.match(QString::fromUtf8(raw));
            QVERIFY2(match.hasMatch(), raw.constData());
            m_entries.append({match.captured(1), match.captured(2), match.captured(3)});
        }
    }

    void controlFields_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("pattern");
        QTest::newRow("package") << u"Package"_s << u"^rebound$"_s;
        QTest::newRow("version") << u"Version"_s
                                 << u"^"_s + QRegularExpression::escape(QStringLiteral(REBOUND_VERSION))
                                        + u"-1$"_s;
        QTest::newRow("section") << u"Section"_s << u"^mail$"_s;
        QTest::newRow("priority") << u"Priority"_s << u"^optional$"_s;
        QTest::newRow("maintainer") << u"Maintainer"_s << u"^.+ <[^@ ]+@[^@ ]+>$"_s;
        QTest::newRow("homepage") << u"Homepage"_s << u"^https://"_s;
        QTest::newRow("synopsis") << u"Description"_s << u"^email deliverability troubleshooter\\n .+"_s;
        // Versioned library dependencies are dpkg-shlibdeps' work.
        for (const char* library : {"libc6", "libstdc\\+\\+6", "libqt6core6", "libqt6gui6", "libqt6widgets6",
                                    "libqt6network6", "libqt6sql6", "libc-ares2", "libssl3", "libpsl5"})
            QTest::newRow(library) << u"Depends"_s
                                   << QStringLiteral("(^|, )%1 \\(>= [^)]+\\)").arg(QLatin1String(library));
        // Plugins loaded at run time, which shlibdeps cannot see.
        for (const char* plugin : {"libqt6sql6-sqlite", "qt6-qpa-plugins", "libqt6svg6"})
            QTest::newRow(plugin) << u"Depends"_s
                                  << QStringLiteral("(^|, )%1(,|$)").arg(QLatin1String(plugin));
    }
    void controlFields() {
        QFETCH(QString, name);
        QFETCH(QString, pattern);
        const QString value = field(name);
        QVERIFY2(QRegularExpression(pattern).match(value).hasMatch(), qPrintable(name + u": "_s + value));
    }

    void architecture() {
        const ToolRun run = runTool(u"dpkg"_s, {u"--print-architecture"_s});
        QCOMPARE(field(u"Architecture"_s), QString::fromUtf8(run.out).trimmed());
    }

    void files_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("mode");
        QTest::newRow("rebound") << u"/usr/bin/rebound"_s << u"-rwxr-xr-x"_s;
        QTest::newRow("rebound-cli") << u"/usr/bin/rebound-cli"_s << u"-rwxr-xr-x"_s;
        QTest::newRow("rebound-cli's commands module")
            << u"/usr/"_s + QStringLiteral(REBOUND_CLI_MODULE_INSTALL_PATH) << u"-rw-r--r--"_s;
        QTest::newRow("desktop file")
            << u"/usr/share/applications/"_s + kAppId + u".desktop"_s << u"-rw-r--r--"_s;
        QTest::newRow("metainfo") << u"/usr/share/metainfo/"_s + kAppId + u".metainfo.xml"_s
                                  << u"-rw-r--r--"_s;
        QTest::newRow("scalable icon")
            << u"/usr/share/icons/hicolor/scalable/apps/"_s + kAppId + u".svg"_s << u"-rw-r--r--"_s;
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
            QTest::addRow("icon %d", size)
                << QStringLiteral("/usr/share/icons/hicolor/%1x%1/apps/").arg(size) + kAppId + u".png"_s
                << u"-rw-r--r--"_s;
        QTest::newRow("man rebound") << u"/usr/share/man/man1/rebound.1.gz"_s << u"-rw-r--r--"_s;
        QTest::newRow("man rebound-cli") << u"/usr/share/man/man1/rebound-cli.1.gz"_s << u"-rw-r--r--"_s;
        QTest::newRow("bash completion")
            << u"/usr/share/bash-completion/completions/rebound-cli"_s << u"-rw-r--r--"_s;
        QTest::newRow("copyright") << u"/usr/share/doc/rebound/copyright"_s << u"-rw-r--r--"_s;
        QTest::newRow("changelog") << u"/usr/share/doc/rebound/changelog.Debian.gz"_s << u"-rw-r--r--"_s;
        QTest::newRow("lintian overrides") << u"/usr/share/lintian/overrides/rebound"_s << u"-rw-r--r--"_s;
    }
    void files() {
        QFETCH(QString, path);
        QFETCH(QString, mode);
        const DebEntry* e = entry(path);
        QVERIFY2(e, qPrintable(path + u" is not in the package"_s));
        QCOMPARE(e->mode, mode);
    }

    // Everything under /usr, owned by root, directories 0755, nothing writable by others.
    void fhsLayout() {
        QVERIFY(m_entries.size() > 20);
        for (const DebEntry& e : m_entries) {
            QVERIFY2(e.path == u"/"_s || e.path.startsWith(u"/usr/"_s), qPrintable(e.path));
            QVERIFY2(!e.path.startsWith(u"/usr/local/"_s), qPrintable(e.path));
            QVERIFY2(e.owner == u"root/root"_s, qPrintable(e.path + u' ' + e.owner));
            if (e.mode.startsWith(u'd'))
                QVERIFY2(e.mode == u"drwxr-xr-x"_s, qPrintable(e.path + u' ' + e.mode));
            QVERIFY2(e.mode.at(5) != u'w' && e.mode.at(8) != u'w', qPrintable(e.path + u' ' + e.mode));
        }
    }

    void lintianClean() {
        QElapsedTimer timer;
        timer.start();
        const ToolRun run =
            runTool(u"lintian"_s, {u"--tag-display-limit"_s, u"0"_s, u"--display-info"_s, m_deb},
                    QString(), 300000);
        QVERIFY2(run.started, run.err.constData());
        qInfo("lintian: %lld ms", qint64(timer.elapsed()));
        // Errors and warnings fail; informational tags are printed for the record.
        QStringList problems;
        for (const QByteArray& line : run.out.split('\n')) {
            if (line.startsWith("E: ") || line.startsWith("W: "))
                problems << QString::fromUtf8(line);
            else if (line.startsWith("I: "))
                qInfo("%s", line.constData());
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        // lintian's own exit status is 2 when it could not check the package.
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.err.constData());
    }

    // The unpacked binaries start: rebound-cli prints its version and runs a command of its module,
    // rebound shows its window offscreen.
    void unpackedBinariesRun() {
        const QString root = m_dir.filePath(u"root"_s);
        const ToolRun extract = runTool(u"dpkg-deb"_s, {u"--extract"_s, m_deb, root});
        QVERIFY2(extract.exitCode == 0, extract.err.constData());
        const ToolRun version = runTool(root + u"/usr/bin/rebound-cli"_s, {u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), QByteArray("rebound-cli " REBOUND_VERSION));
        // A command of the commands module: the unpacked rebound-cli finds it from its own path.
        const ToolRun module = runTool(root + u"/usr/bin/rebound-cli"_s, {u"dns"_s, u"--help"_s});
        QVERIFY2(module.exitCode == 0, module.err.constData());
        QVERIFY(module.out.contains("rebound-cli"));
        // The window must not read or write the developer's settings and history.
        qputenv("HOME", m_dir.filePath(u"home"_s).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"home/.config"_s).toUtf8());
        qputenv("XDG_DATA_HOME", m_dir.filePath(u"home/.local/share"_s).toUtf8());
        qputenv("QT_QPA_PLATFORM", "offscreen");
        const ToolRun smoke = runTool(root + u"/usr/bin/rebound"_s, {u"--smoke-test"_s}, QString(), 60000);
        QVERIFY2(smoke.started && smoke.exitCode == 0, QByteArray(smoke.out + smoke.err).constData());
    }
};

QTEST_GUILESS_MAIN(TestDebPackage)
#include "test_debpackage.moc"
