// The knowledge files: the embedded ones load and validate, and broken ones are refused with an error
// that names the file and the place.
#include "core/bounce/bounceknowledge.h"
#include "core/bounce/smtpdetails.h"
#include "tests/lab/shareddata.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace rebound::bounce;

namespace {

QHash<QString, QByteArray> embeddedFiles() {
    return BounceKnowledge::embeddedFiles();
}

} // namespace

class TestBounceKnowledge : public QObject {
    Q_OBJECT

private slots:
    void embeddedKnowledgeIsValid() {
        const BounceKnowledge& k = BounceKnowledge::instance();
        QVERIFY2(k.error.isEmpty(), qPrintable(k.error));
        // instance() compiles its patterns on first use; every one of them compiles.
        const BounceKnowledge checked =
            BounceKnowledge::fromJson(embeddedFiles(), BounceKnowledge::RegexCheck::AtLoad);
        QVERIFY2(checked.error.isEmpty(), qPrintable(checked.error));
        QVERIFY(k.reasons.size() > 25);
        QVERIFY(k.reason(u"userunknown"_s));
        QVERIFY(k.providers.size() > 15);
        QVERIFY(k.blocklists.size() > 10);
        QCOMPARE(embeddedFiles().size(), 5);
    }

    // A guard only saves work: a pattern skipped because none of its literals occurs would not have
    // matched; and the SMTP finders' combined guard pass agrees with each set's own. Checked on every bounce
    // at hand (the format fixtures, the charset fixtures and, with
    // ../shared, the development corpus), so a "requires" a match can lack is caught here.
    void guardsNeverHideAMatch() {
        QStringList dirs{QFINDTESTDATA("formats"), QFINDTESTDATA("charsets")};
        const QString corpus = rebound::lab::sharedPath(u"corpora/bounces/sisimai-dev"_s);
        if (QFileInfo::exists(corpus))
            dirs.append(corpus);
        const BounceKnowledge& k = BounceKnowledge::instance();
        const QList<std::pair<const char*, const GuardedPatterns*>> sets{
            {"sender_ip", &k.senderIps},
            {"remote_host", &k.remoteHosts},
            {"reporting_host", &k.reportingHosts},
            {"commands", &k.commands},
            {"zone_patterns", &k.zonePatterns}};
        int texts = 0;
        int matches = 0;
        for (const QString& dir : dirs) {
            QDirIterator it(dir, QDir::Files);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QString text = QString::fromLatin1(file.readAll()).simplified();
                ++texts;
                // The three finders' combined guard pass says what each set's own pass says.
                const SmtpGuards combined = smtpGuards(k, text);
                QVERIFY(combined.commands == k.commands.mayMatch(text));
                QVERIFY(combined.remoteHosts == k.remoteHosts.mayMatch(text));
                QVERIFY(combined.senderIps == k.senderIps.mayMatch(text));
                for (const auto& [name, set] : sets) {
                    const std::vector<bool> may = set->mayMatch(text);
                    for (qsizetype i = 0; i < set->list.size(); ++i) {
                        if (!set->list.at(i).pattern.match(text).hasMatch())
                            continue;
                        ++matches;
                        QVERIFY2(may[size_t(i)], qPrintable(u"%1[%2] matches %3 but its guard was not found"_s
                                                                .arg(QLatin1String(name))
                                                                .arg(i)
                                                                .arg(file.fileName())));
                    }
                }
            }
        }
        QVERIFY(texts > 20);
        QVERIFY(matches > 20);
    }

    // Every reason the analyser can give has a label for people; without a translator it is English,
    // and a name with no label (from an older session) is shown as it is.
    void everyReasonHasALabel() {
        const BounceKnowledge& k = BounceKnowledge::instance();
        QVERIFY(k.knownReasons.size() > 30);
        for (const QString& name : k.knownReasons)
            QVERIFY2(!k.reasonLabels.value(name).isEmpty(), qPrintable(name));
        QCOMPARE(reasonLabel(u"userunknown"_s), u"Unknown recipient"_s);
        QCOMPARE(reasonLabel(u"undefined"_s), u"Unknown reason"_s);
        QCOMPARE(reasonLabel(u"nosuchreason"_s), u"nosuchreason"_s);
    }

    void brokenFilesAreNamed_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bad provider regex")
            << u"providers"_s << QByteArray("\\\\b(S3150)\\\\b") << QByteArray("(S3150")
            << u"providers.json: providers[0].codes[0]"_s;
        QTest::newRow("unknown reason in order")
            << u"reasons"_s << QByteArray("\"requireptr\",") << QByteArray("\"requirepointer\",")
            << u"order names \"requirepointer\""_s;
        QTest::newRow("reason pattern guard not lower case")
            << u"reasons"_s << QByteArray("\"requires\": \"spf\"") << QByteArray("\"requires\": \"SPF\"")
            << u"reasons.authfailure.patterns[0]: \"requires\" must be a lower-case literal"_s;
        QTest::newRow("reason pattern without guard")
            << u"reasons"_s << QByteArray("{\"pattern\": \"\\\\bptr\\\\b\", \"requires\": \"ptr\"}")
            << QByteArray("\"\\\\bptr\\\\b\"")
            << u"reasons.requireptr.patterns[0]: \"requires\" must be a lower-case literal"_s;
        QTest::newRow("bad version") << u"blocklists"_s << QByteArray("\"version\": 1")
                                     << QByteArray("\"version\": 7")
                                     << u"blocklists.json: unsupported version 7"_s;
        QTest::newRow("aligned fragment not lower case")
            << u"phrases"_s << QByteArray("\"_401\"") << QByteArray("\"_X401\"")
            << u"phrases.json: reasons.authfailure.aligned[0]: fragments must be non-empty lower-case"_s;
        QTest::newRow("phrases for an unknown reason")
            << u"phrases"_s << QByteArray("\"requireptr\": {") << QByteArray("\"requirepointer\": {")
            << u"phrases.json: reasons.requirepointer: unknown reason"_s;
        QTest::newRow("sender ip pattern with two groups")
            << u"formats"_s << QByteArray("\"\\\\bquery/ip/({ip})\"")
            << QByteArray("\"\\\\b(query)/ip/({ip})\"") << u"must have exactly one capturing group"_s;
        QTest::newRow("sender ip guard list entry not lower case")
            << u"formats"_s << QByteArray("\"requires\": [\"listed\", \"blocked\", \"rejected\", \"banned\"]")
            << QByteArray("\"requires\": [\"listed\", \"Blocked\", \"rejected\", \"banned\"]")
            << u"formats.json: sender_ip[12]: \"requires\" must be a lower-case literal"_s;
        QTest::newRow("not JSON") << u"formats"_s << QByteArray("{") << QByteArray("[[")
                                  << u"formats.json: not a JSON object"_s;
    }

    void brokenFilesAreNamed() {
        QFETCH(QString, file);
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, expected);
        QHash<QString, QByteArray> files = embeddedFiles();
        QVERIFY2(files.value(file).contains(from), from.constData());
        files[file].replace(files.value(file).indexOf(from), from.size(), to);
        const BounceKnowledge k = BounceKnowledge::fromJson(files);
        QVERIFY2(k.error.contains(expected), qPrintable(k.error));
    }

    void missingFileIsNamed() {
        QHash<QString, QByteArray> files = embeddedFiles();
        files.remove(u"providers"_s);
        QVERIFY(BounceKnowledge::fromJson(files).error.contains(u"providers.json: missing"_s));
    }
};

QTEST_GUILESS_MAIN(TestBounceKnowledge)
#include "test_bounce_knowledge.moc"
