// Agreement with Sisimai's published results over the development corpus of real bounces. The
// floors sit just under what the analyser achieves, so a regression fails the test.
#include "core/bounce/bounceanalyzer.h"
#include "core/bounce/smtpdetails.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QTest>

using namespace rebound::bounce;

namespace {

QString corpusDir() {
    return QStringLiteral(REBOUND_SHARED_DIR "/corpora/bounces");
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

} // namespace

class TestBounceCorpus : public QObject {
    Q_OBJECT

private slots:
    void agreementWithSisimai() {
        QFile tsv(corpusDir() + u"/sisimai-dev-expected.tsv"_qs);
        if (!tsv.open(QIODevice::ReadOnly))
            QSKIP("the shared corpus is not present");
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
            QFile file(corpusDir() + u"/sisimai-dev/"_qs + row.file);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(row.file));
            results.insert(row.file, analyzeBounce(file.readAll()));
        }

        const bool verbose = qEnvironmentVariableIsSet("REBOUND_BOUNCE_VERBOSE");
        int reasonOk = 0, statusOk = 0, statusRows = 0, replyOk = 0, replyRows = 0, hardOk = 0;
        for (const ExpectedRow& row : rows) {
            const BounceAnalysis& a = results[row.file];
            const BounceRecipient r =
                row.index - 1 < a.recipients.size() ? a.recipients.at(row.index - 1) : BounceRecipient();
            const bool reasonMatch = r.reason == row.reason;
            reasonOk += reasonMatch;
            hardOk += r.hardBounce == row.hard;
            bool statusMatch = true;
            if (!row.status.isEmpty() && !isPseudoStatus(row.status)) {
                ++statusRows;
                statusMatch = r.status == row.status;
                statusOk += statusMatch;
            }
            bool replyMatch = true;
            if (!row.replyCode.isEmpty()) {
                ++replyRows;
                replyMatch = QString::number(r.replyCode) == row.replyCode;
                replyOk += replyMatch;
            }
            if (verbose && (!reasonMatch || !statusMatch || !replyMatch)) {
                qInfo().noquote() << row.file << row.index << "want" << row.reason << row.status
                                  << row.replyCode << "got" << r.reason << r.status << r.replyCode
                                  << "n=" << a.recipients.size() << r.recipient << "|"
                                  << r.diagnostic.left(160);
            }
        }
        const auto pct = [](int ok, int total) { return total ? 100.0 * ok / total : 100.0; };
        qInfo("reason agreement:     %d/%lld = %.1f%%", reasonOk, qlonglong(rows.size()),
              pct(reasonOk, int(rows.size())));
        qInfo("status agreement:     %d/%d = %.1f%% (real RFC 3463 codes only)", statusOk, statusRows,
              pct(statusOk, statusRows));
        qInfo("reply code agreement: %d/%d = %.1f%% (rows where Sisimai has one)", replyOk, replyRows,
              pct(replyOk, replyRows));
        qInfo("hard/soft agreement:  %d/%lld = %.1f%%", hardOk, qlonglong(rows.size()),
              pct(hardOk, int(rows.size())));

        QVERIFY2(pct(reasonOk, int(rows.size())) >= 91.0, "reason agreement fell under its floor");
        QVERIFY2(pct(statusOk, statusRows) >= 98.0, "status agreement fell under its floor");
        QVERIFY2(pct(replyOk, replyRows) >= 97.0, "reply code agreement fell under its floor");
    }
};

QTEST_GUILESS_MAIN(TestBounceCorpus)
#include "test_bounce_corpus.moc"
