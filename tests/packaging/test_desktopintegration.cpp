// Desktop integration as shipped: the .desktop file and the AppStream metadata pass their
// validators, every place that names the application uses the one id REBOUND_APP_ID, the
// metainfo's screenshots are the repository's, the icons are rendered at every hicolor size, and
// the version is the same in CMake, the metainfo, the Debian changelog and the man pages.
#include "toolrun.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

using namespace rebound::packaging;

namespace {

const QString kAppId = QStringLiteral(REBOUND_APP_ID);
const QString kSourceDir = QStringLiteral(REBOUND_SOURCE_DIR);
const QString kPackagingDir = kSourceDir + u"/packaging"_s;

QByteArray readFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

// One element of an XML document: its path from the root ("component/releases/release"), its
// attributes and its own text.
struct XmlElement {
    QString path;
    QXmlStreamAttributes attributes;
    QString text;
};

QList<XmlElement> readXml(const QString& path, QString* error) {
    QXmlStreamReader reader(readFile(path));
    QList<XmlElement> elements;
    QStringList stack;
    QList<qsizetype> open;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            stack << reader.name().toString();
            open << elements.size();
            elements.append({stack.join(u'/'), reader.attributes(), {}});
        } else if (reader.isCharacters() && !open.isEmpty()) {
            elements[open.last()].text += reader.text();
        } else if (reader.isEndElement()) {
            stack.removeLast();
            open.removeLast();
        }
    }
    if (reader.hasError())
        *error = reader.errorString();
    return elements;
}

QList<XmlElement> elementsAt(const QList<XmlElement>& all, const QString& path) {
    QList<XmlElement> found;
    for (const XmlElement& element : all) {
        if (element.path == path)
            found << element;
    }
    return found;
}

// The key=value lines of the [Desktop Entry] group.
QMap<QString, QString> readDesktopEntry(const QString& path) {
    QMap<QString, QString> entry;
    bool inGroup = false;
    for (const QByteArray& raw : readFile(path).split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.startsWith(u'['))
            inGroup = line == u"[Desktop Entry]";
        else if (inGroup && line.contains(u'=') && !line.startsWith(u'#'))
            entry.insert(line.section(u'=', 0, 0), line.section(u'=', 1));
    }
    return entry;
}

} // namespace

class TestDesktopIntegration final : public QObject {
    Q_OBJECT

private:
    QString m_desktopFile = kPackagingDir + u'/' + kAppId + u".desktop"_s;
    QString m_metainfoFile = kPackagingDir + u'/' + kAppId + u".metainfo.xml"_s;
    QList<XmlElement> m_metainfo;

private slots:
    void initTestCase() {
        QVERIFY2(QFile::exists(m_desktopFile), qPrintable(m_desktopFile));
        QVERIFY2(QFile::exists(m_metainfoFile), qPrintable(m_metainfoFile));
        QString error;
        m_metainfo = readXml(m_metainfoFile, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void desktopFileValidates() {
        const QString tool = findTool(u"desktop-file-validate"_s);
        QVERIFY2(!tool.isEmpty(), "desktop-file-validate not found (desktop-file-utils; scripts/deps.sh)");
        const ToolRun run = runTool(tool, {m_desktopFile});
        QVERIFY2(run.started, run.err.constData());
        // Errors, warnings and hints all go to standard output: a clean file prints nothing.
        QVERIFY2(run.exitCode == 0 && run.out.trimmed().isEmpty(), QByteArray(run.out + run.err).constData());
    }

    void metainfoValidates() {
        const QString tool = findTool(u"appstreamcli"_s);
        QVERIFY2(!tool.isEmpty(), "appstreamcli not found (appstream; scripts/deps.sh)");
        const ToolRun run = runTool(tool, {u"validate"_s, u"--no-net"_s, u"--explain"_s, m_metainfoFile});
        QVERIFY2(run.started, run.err.constData());
        QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
        // Not even a warning or an info: only the pedantic uppercase-in-id note is accepted.
        static const QRegularExpression issue(u"^[EWI]: "_s, QRegularExpression::MultilineOption);
        QVERIFY2(!issue.match(QString::fromUtf8(run.out)).hasMatch(), run.out.constData());
    }

    void oneApplicationId_data() {
        QTest::addColumn<QString>("value");
        const auto entry = readDesktopEntry(m_desktopFile);
        QTest::newRow("desktop Icon") << entry.value(u"Icon"_s);
        const auto ids = elementsAt(m_metainfo, u"component/id"_s);
        QTest::newRow("metainfo id") << (ids.size() == 1 ? ids.first().text.trimmed() : QString());
        const auto launchables = elementsAt(m_metainfo, u"component/launchable"_s);
        QTest::newRow("metainfo launchable")
            << (launchables.size() == 1 ? launchables.first().text.trimmed().chopped(8) : QString());
        static const QRegularExpression flatpakId(u"^app-id: *(\\S+)$"_s,
                                                  QRegularExpression::MultilineOption);
        QTest::newRow("flatpak app-id")
            << flatpakId
                   .match(QString::fromUtf8(readFile(kPackagingDir + u"/flatpak/"_s + kAppId + u".yml"_s)))
                   .captured(1);
        static const QRegularExpression progId(u"Classes\\\\(\\S+)\\.eml\""_s);
        QTest::newRow("Windows ProgId")
            << progId.match(QString::fromUtf8(readFile(kPackagingDir + u"/windows/eml-association.wxs"_s)))
                   .captured(1);
    }
    // macOS QSettings and the bundle identifier: reversed organization domain + application name.
    void settingsNameIsTheApplicationId() {
        const QString main = QString::fromUtf8(readFile(kSourceDir + u"/app/gui/main.cpp"_s));
        static const QRegularExpression domain(u"setOrganizationDomain\\(u\"([^\"]+)\"_s\\)"_s);
        static const QRegularExpression name(u"setApplicationName\\(u\"([^\"]+)\"_s\\)"_s);
        QStringList parts = domain.match(main).captured(1).split(u'.');
        std::reverse(parts.begin(), parts.end());
        QCOMPARE(parts.join(u'.') + u'.' + name.match(main).captured(1), kAppId);
    }
    void oneApplicationId() {
        QFETCH(QString, value);
        QCOMPARE(value, kAppId);
    }

    void desktopEntry_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");
        QTest::newRow("type") << u"Type"_s << u"Application"_s;
        QTest::newRow("exec takes one file") << u"Exec"_s << u"rebound %f"_s;
        QTest::newRow("tryexec") << u"TryExec"_s << u"rebound"_s;
        QTest::newRow("opens .eml") << u"MimeType"_s << u"message/rfc822;"_s;
        QTest::newRow("no terminal") << u"Terminal"_s << u"false"_s;
        QTest::newRow("categories") << u"Categories"_s << u"Network;Email;"_s;
    }
    void desktopEntry() {
        QFETCH(QString, key);
        QFETCH(QString, expected);
        QCOMPARE(readDesktopEntry(m_desktopFile).value(key), expected);
    }

    void metainfoContent_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("attribute");
        QTest::addColumn<QString>("expected"); // the element's text, or the attribute's value
        QTest::newRow("launchable") << u"component/launchable"_s << u"type"_s << u"desktop-id"_s;
        QTest::newRow("content rating") << u"component/content_rating"_s << u"type"_s << u"oars-1.1"_s;
        QTest::newRow("latest release")
            << u"component/releases/release"_s << u"version"_s << QStringLiteral(REBOUND_VERSION);
        QTest::newRow("binary rebound") << u"component/provides/binary"_s << QString() << u"rebound"_s;
        QTest::newRow("binary rebound-cli")
            << u"component/provides/binary"_s << QString() << u"rebound-cli"_s;
        QTest::newRow("opens .eml") << u"component/provides/mediatype"_s << QString()
                                    << u"message/rfc822"_s;
        QTest::newRow("default screenshot")
            << u"component/screenshots/screenshot"_s << u"type"_s << u"default"_s;
        QTest::newRow("homepage") << u"component/url"_s << u"type"_s << u"homepage"_s;
    }
    void metainfoContent() {
        QFETCH(QString, path);
        QFETCH(QString, attribute);
        QFETCH(QString, expected);
        const auto elements = elementsAt(m_metainfo, path);
        QVERIFY2(!elements.isEmpty(), qPrintable(path));
        QStringList seen;
        for (const XmlElement& element : elements)
            seen << (attribute.isEmpty() ? element.text.trimmed()
                                         : element.attributes.value(attribute).toString());
        // Releases are newest first: the first one must be this version.
        if (path.endsWith(u"/release"_s))
            QCOMPARE(seen.first(), expected);
        QVERIFY2(seen.contains(expected), qPrintable(seen.join(u", "_s)));
    }

    void metainfoDescription() {
        QVERIFY(elementsAt(m_metainfo, u"component/description/p"_s).size() >= 2);
        QVERIFY(!elementsAt(m_metainfo, u"component/description/ul/li"_s).isEmpty());
        QVERIFY(!elementsAt(m_metainfo, u"component/releases/release/description/p"_s).isEmpty());
    }

    // Each screenshot is a PNG of docs/screenshots/, referenced by an https URL, with its real size.
    void screenshots_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        const auto images = elementsAt(m_metainfo, u"component/screenshots/screenshot/image"_s);
        QVERIFY(images.size() >= 3);
        for (const XmlElement& image : images) {
            const QString url = image.text.trimmed();
            QTest::newRow(qPrintable(url.section(u'/', -1)))
                << url << image.attributes.value(u"width"_s).toInt()
                << image.attributes.value(u"height"_s).toInt();
        }
    }
    void screenshots() {
        QFETCH(QString, url);
        QFETCH(int, width);
        QFETCH(int, height);
        QVERIFY2(url.startsWith(u"https://"_s), qPrintable(url));
        const qsizetype docs = url.indexOf(u"/docs/screenshots/"_s);
        QVERIFY2(docs > 0, qPrintable(url));
        const QString file = kSourceDir + url.mid(docs);
        const PngSize size = readPngSize(file);
        QVERIFY2(size.width > 0, qPrintable(file + u" is not a PNG in the repository"_s));
        QCOMPARE(int(size.width), width);
        QCOMPARE(int(size.height), height);
    }

    void icons_data() {
        QTest::addColumn<int>("size");
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
            QTest::addRow("%dx%d", size, size) << size;
    }
    void icons() {
        QFETCH(int, size);
        const QString png =
            QStringLiteral(REBOUND_BINARY_DIR "/icons/%1x%1/").arg(size) + kAppId + u".png"_s;
        const PngSize rendered = readPngSize(png);
        QVERIFY2(rendered.width > 0,
                 qPrintable(png + u" missing: rsvg-convert (librsvg2-bin) not installed?"_s));
        QCOMPARE(int(rendered.width), size);
        QCOMPARE(int(rendered.height), size);
    }

    void scalableIcon() {
        QString error;
        const auto svg = readXml(kSourceDir + u"/resources/icons/rebound.svg"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!svg.isEmpty());
        QCOMPARE(svg.first().path, u"svg"_s);
        // Square, so that every hicolor size renders without distortion.
        const QStringList viewBox = svg.first().attributes.value(u"viewBox"_s).toString().split(u' ');
        QCOMPARE(viewBox.size(), 4);
        QCOMPARE(viewBox.at(2), viewBox.at(3));
    }

    void version_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("pattern"); // captures the version
        QTest::newRow("debian changelog") << u"debian/changelog"_s << u"^rebound \\(([^-)]+)-\\d+\\)"_s;
        QTest::newRow("rebound.1") << u"man/rebound.1"_s << u"^\\.TH .*\"Rebound ([^\"]+)\""_s;
        QTest::newRow("rebound-cli.1") << u"man/rebound-cli.1"_s << u"^\\.TH .*\"Rebound ([^\"]+)\""_s;
    }
    void version() {
        QFETCH(QString, file);
        QFETCH(QString, pattern);
        const QRegularExpression re(pattern, QRegularExpression::MultilineOption);
        QCOMPARE(re.match(QString::fromUtf8(readFile(kPackagingDir + u'/' + file))).captured(1),
                 QStringLiteral(REBOUND_VERSION));
    }
};

QTEST_GUILESS_MAIN(TestDesktopIntegration)
#include "test_desktopintegration.moc"
