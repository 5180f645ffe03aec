// Recipients on the test data of GNU Mailman's bounce detector, flufl.bounce (Debian package
// python3-flufl.bounce): 113 real bounces, each with the set of addresses its authors expect. The data
// is read in place, from the installed package; the table of expected addresses is the DATA tuple of
// flufl/bounce/testing/helpers.py. A file counts when the analyser's recipients are exactly that set
// (addresses compared case-insensitively).
//
// The reasons are scored against Sisimai's on the same files (tests/bounce/data/flufl-sisimai-4.25.15.tsv,
// written by tests/bounce/sisimai_verdicts.pl with Debian's libsisimai-perl 4.25.15): a second collection
// of real bounces, of other MTAs and years than the development corpus.
//
// Held back: files whose name's MD5 has bit 0 of its first byte set were not looked at while tuning;
// both halves are printed. REBOUND_BOUNCE_VERBOSE=1 lists the files that differ,
// REBOUND_BOUNCE_HALF=tune|heldback limits that list to one half.
#include "core/bounce/bounceanalyzer.h"
#include "sisimaiagreement.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace rebound::bounce;

namespace {

const QString kPackageDir = u"/usr/lib/python3/dist-packages/flufl/bounce"_s;

// file -> expected addresses (lower case). A file listed twice (groupwise_02.txt: "[]" for the GroupWise
// detector, one address for the Exchange one) expects the addresses some detector finds.
QMap<QString, QSet<QString>> expectedTable(const QByteArray& helpers) {
    QMap<QString, QSet<QString>> table;
    const QString text = QString::fromUtf8(helpers);
    const qsizetype data = text.indexOf(u"\nDATA = ("_s);
    if (data < 0)
        return table;
    static const QRegularExpression row(u"\\('\\w+',\\s*'([\\w.]+)',\\s*\\[([^\\]]*)\\]"_s);
    static const QRegularExpression address(u"b'([^']+)'"_s);
    auto it = row.globalMatch(text, data);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QSet<QString> addresses;
        auto a = address.globalMatch(m.captured(2));
        while (a.hasNext())
            addresses.insert(a.next().captured(1).toLower());
        QSet<QString>& entry = table[m.captured(1)];
        entry.unite(addresses);
    }
    return table;
}

using testing::isHeldBack;

} // namespace

class TestBounceFlufl : public QObject {
    Q_OBJECT

private slots:
    void exactRecipients() {
        QFile helpers(kPackageDir + u"/testing/helpers.py"_s);
        if (!QDir(kPackageDir + u"/tests/data"_s).exists() || !helpers.open(QIODevice::ReadOnly))
            QSKIP("python3-flufl.bounce is not installed (apt-get install python3-flufl.bounce; "
                  "scripts/deps.sh installs it)");
        const QMap<QString, QSet<QString>> table = expectedTable(helpers.readAll());
        QCOMPARE(table.size(), 113);

        const bool verbose = qEnvironmentVariableIsSet("REBOUND_BOUNCE_VERBOSE");
        const QString onlyHalf = qEnvironmentVariable("REBOUND_BOUNCE_HALF");
        int exact = 0, tuneExact = 0, tuneFiles = 0, heldExact = 0, heldFiles = 0;
        for (auto it = table.cbegin(); it != table.cend(); ++it) {
            QFile file(kPackageDir + u"/tests/data/"_s + it.key());
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(it.key()));
            const BounceAnalysis a = analyzeBounce(file.readAll());
            QSet<QString> got;
            for (const BounceRecipient& r : a.recipients) {
                // An auto-reply's sender or a delivered recipient did not bounce (Sisimai leaves them
                // out by default too).
                if (!r.recipient.isEmpty() && r.reason != u"vacation" && r.reason != u"delivered")
                    got.insert(r.recipient.toLower());
            }
            const bool ok = got == it.value();
            const bool held = isHeldBack(it.key());
            exact += ok;
            (held ? heldExact : tuneExact) += ok;
            ++(held ? heldFiles : tuneFiles);
            const bool listed = onlyHalf.isEmpty() || (onlyHalf == u"heldback") == held;
            if (verbose && listed && !ok) {
                qInfo().noquote() << it.key() << (held ? "(held back)" : "") << "want"
                                  << QStringList(it.value().cbegin(), it.value().cend()).join(u' ') << "got"
                                  << QStringList(got.cbegin(), got.cend()).join(u' ');
            }
        }
        qInfo("exact recipient set: %d/%lld files (tune half %d/%d, held-back half %d/%d)", exact,
              qlonglong(table.size()), tuneExact, tuneFiles, heldExact, heldFiles);
        QVERIFY2(exact >= 106, "exact recipients on flufl.bounce's data fell under the floor of 106 of 113");
    }

    // Sisimai's reason for each recipient it finds; a recipient the analyser does not report disagrees.
    void reasonAgreementWithSisimai() {
        if (!QDir(kPackageDir + u"/tests/data"_s).exists())
            QSKIP("python3-flufl.bounce is not installed (scripts/deps.sh installs it)");
        const testing::SisimaiAgreement score = testing::scoreAgainstSisimai(
            QFINDTESTDATA("data/flufl-sisimai-4.25.15.tsv"), kPackageDir + u"/tests/data"_s, "flufl.bounce");
        QVERIFY2(score.error.isEmpty(), qPrintable(score.error));
        QCOMPARE(score.rows(), 122);
        QVERIFY2(score.reasonAgree() >= 97,
                 "reason agreement on flufl.bounce's data fell under the floor of 97 of 122");
    }
};

QTEST_GUILESS_MAIN(TestBounceFlufl)
#include "test_bounce_flufl.moc"
