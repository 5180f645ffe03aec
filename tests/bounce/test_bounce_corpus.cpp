// Agreement with Sisimai's published results over the development corpus of real bounces. The
// floors sit just under what the analyser achieves, so a regression fails the test.
//
// The corpus is also split in two halves by MTA (the file name without its "-NN.eml" number): bit 0
// of the first byte of the MD5 of that name puts a whole MTA in the half to tune on (0) or in the
// held-back half (1). Knowledge is tuned on the first half only; the held-back figures say how it
// generalises to formats it was not tuned on. REBOUND_BOUNCE_VERBOSE=1 lists the disagreements,
// REBOUND_BOUNCE_HALF=tune|heldback limits that list to one half.
#include "core/bounce/bounceanalyzer.h"
#include "core/bounce/smtpdetails.h"
#include "lab/shareddata.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace rebound::bounce;

namespace {

QString corpusDir() {
    return rebound::lab::sharedPath(u"corpora/bounces"_s);
}

struct ExpectedRow {
    QString file;
    int index = 1;
    QString status;
    QString replyCode;
    QString reason;
    bool hard = false;
};

// Sisimai invents codes such as 5.0.911 or 5.9.xxx when the bounce has none; they are not RFC 3463.
bool isPseudoStatus(const QString& status) {
    const QStringList parts = status.split(u'.');
    if (parts.size() != 3)
        return true;
    return (parts.at(1) == u"0" && parts.at(2).toInt() >= 900) || parts.at(1) == u"9";
}

// The MTA a corpus file stands for: "lhost-postfix-17.eml" -> "lhost-postfix".
QString mtaOf(const QString& file) {
    static const QRegularExpression number(u"-\\d+\\.eml$"_s);
    return QString(file).remove(number);
}

bool isHeldBack(const QString& file) {
    const QByteArray digest = QCryptographicHash::hash(mtaOf(file).toUtf8(), QCryptographicHash::Md5);
    return (quint8(digest.at(0)) & 1) != 0;
}

struct Agreement {
    int rows = 0, reasonOk = 0, statusOk = 0, statusRows = 0, replyOk = 0, replyRows = 0, hardOk = 0;

    static double pct(int ok, int total) { return total ? 100.0 * ok / total : 100.0; }
    double reason() const { return pct(reasonOk, rows); }
    double status() const { return pct(statusOk, statusRows); }
    double reply() const { return pct(replyOk, replyRows); }
    void print(const char* name) const {
        qInfo("%-9s reason %d/%d = %.1f%%, status %d/%d = %.1f%% (real RFC 3463 codes only), reply code "
              "%d/%d = %.1f%% (rows where Sisimai has one), hard/soft %d/%d = %.1f%%",
              name, reasonOk, rows, reason(), statusOk, statusRows, status(), replyOk, replyRows, reply(),
              hardOk, rows, pct(hardOk, rows));
    }
};

} // namespace

class TestBounceCorpus : public QObject {
    Q_OBJECT

private slots:
    void agreementWithSisimai() {
        REBOUND_REQUIRE_SHARED(corpusDir() + u"/sisimai-dev-expected.tsv"_s);
        QFile tsv(corpusDir() + u"/sisimai-dev-expected.tsv"_s);
        QVERIFY2(tsv.open(QIODevice::ReadOnly), qPrintable(tsv.errorString()));
        QList<ExpectedRow> rows;
        tsv.readLine(); // header
        while (!tsv.atEnd()) {
            const QStringList cols = QString::fromUtf8(tsv.readLine()).chopped(1).split(u'\t');
            if (cols.size() < 6)
                continue;
            rows.append({cols[0], cols[1].toInt(), cols[2], cols[3], cols[4], cols[5] == u"1"});
        }
        QVERIFY(rows.size() > 300);

        QMap<QString, BounceAnalysis> results;
        for (const ExpectedRow& row : rows) {
            if (results.contains(row.file))
                continue;
            QFile file(corpusDir() + u"/sisimai-dev/"_s + row.file);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(row.file));
            results.insert(row.file, analyzeBounce(file.readAll()));
        }

        const bool verbose = qEnvironmentVariableIsSet("REBOUND_BOUNCE_VERBOSE");
        const QString onlyHalf = qEnvironmentVariable("REBOUND_BOUNCE_HALF");
        Agreement whole, tune, heldBack;
        QSet<QString> tuneMtas, heldBackMtas;
        for (const ExpectedRow& row : rows) {
            const BounceAnalysis& a = results[row.file];
            const BounceRecipient r =
                row.index - 1 < a.recipients.size() ? a.recipients.at(row.index - 1) : BounceRecipient();
            const bool held = isHeldBack(row.file);
            (held ? heldBackMtas : tuneMtas).insert(mtaOf(row.file));
            const bool reasonMatch = r.reason == row.reason;
            const bool statusCounts = !row.status.isEmpty() && !isPseudoStatus(row.status);
            const bool statusMatch = !statusCounts || r.status == row.status;
            const bool replyCounts = !row.replyCode.isEmpty();
            const bool replyMatch = !replyCounts || QString::number(r.replyCode) == row.replyCode;
            for (Agreement* g : {&whole, held ? &heldBack : &tune}) {
                ++g->rows;
                g->reasonOk += reasonMatch;
                g->hardOk += r.hardBounce == row.hard;
                g->statusRows += statusCounts;
                g->statusOk += statusCounts && statusMatch;
                g->replyRows += replyCounts;
                g->replyOk += replyCounts && replyMatch;
            }
            const bool listed = onlyHalf.isEmpty() || (onlyHalf == u"heldback") == held;
            if (verbose && listed && (!reasonMatch || !statusMatch || !replyMatch)) {
                qInfo().noquote() << row.file << row.index << "want" << row.reason << row.status
                                  << row.replyCode << "got" << r.reason << r.status << r.replyCode
                                  << "n=" << a.recipients.size() << r.recipient << "|"
                                  << r.diagnostic.left(160);
            }
        }
        whole.print("whole");
        tune.print("tune");
        heldBack.print("heldback");
        qInfo("split by MTA: %lld MTAs to tune on, %lld held back", qlonglong(tuneMtas.size()),
              qlonglong(heldBackMtas.size()));
        // The split is fixed: a change to it (or to the corpus) shows here, not as a silent shift.
        QCOMPARE(heldBack.rows, 168);
        QCOMPARE(tune.rows + heldBack.rows, whole.rows);

        QVERIFY2(whole.reason() >= 93.5, "reason agreement fell under its floor");
        QVERIFY2(whole.status() >= 98.0, "status agreement fell under its floor");
        QVERIFY2(whole.reply() >= 97.0, "reply code agreement fell under its floor");
        // The held-back half's floors sit just under today's figures too. The aim for the reply code
        // is 97 %; it is not reached yet (98 of 102) and is not tuned for on this half.
        QVERIFY2(heldBack.reason() >= 91.5, "held-back reason agreement fell under its floor");
        QVERIFY2(heldBack.status() >= 98.0, "held-back status agreement fell under its floor");
        QVERIFY2(heldBack.reply() >= 96.0, "held-back reply code agreement fell under its floor");
    }
};

QTEST_GUILESS_MAIN(TestBounceCorpus)
#include "test_bounce_corpus.moc"
