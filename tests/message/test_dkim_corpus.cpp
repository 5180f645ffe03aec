// The Mail::DKIM verifier corpus (../shared/corpora/dkim/mail-dkim, Perl licence, see its
// LICENSE-NOTE) through the lab DNS: FAKE_DNS.dat's keys served by Knot, its timeout and SERVFAIL by
// dnsdist. Each message's result must be Mail::DKIM's expected one, or the disagreement listed with
// its reason in corpus-disagreements.tsv (the test fails on an undocumented disagreement and on a
// documented one that no longer happens).
#include "core/message/messageanalysis.h"
#include "lab/dnslab.h"
#include "messagetest.h"

#include <QDir>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

using namespace rebound;

namespace {

const QString corpusDir = QStringLiteral(REBOUND_SHARED_DIR "/corpora/dkim/mail-dkim");

QByteArray readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Mail::DKIM's message result: pass when any signature passes, else fail, else invalid, else none.
QString messageResult(const message::MessageReport& report) {
    QStringList results;
    for (const message::DkimReport& d : report.dkim)
        results << message::dkimResultName(d.verification.result);
    for (const char* r : {"pass", "fail", "permerror", "temperror", "neutral"}) {
        if (results.contains(QLatin1String(r)))
            return QLatin1String(r);
    }
    return u"none"_s;
}

// Mail::DKIM says "invalid" for what RFC 8601 splits into permerror and temperror.
bool agrees(const QString& expected, const QString& ours) {
    if (expected == u"invalid")
        return ours == u"permerror" || ours == u"temperror";
    return expected == ours;
}

} // namespace

class TestDkimCorpus : public QObject {
    Q_OBJECT

private:
    lab::DnsLab m_lab;
    QTemporaryDir m_zones;
    std::unique_ptr<dns::Resolver> m_resolver;
    QHash<QString, QPair<QString, QString>> m_disagreements; // file -> (our result, why)

private slots:
    void initTestCase() {
        QVERIFY2(QFile::exists(corpusDir + u"/expected.tsv"_s), "the Mail::DKIM corpus is missing");
        QStringList drop, servfail;
        const QByteArray zone =
            messagetest::rootZoneHeader()
            + messagetest::zoneFromFakeDns(readFile(corpusDir + u"/FAKE_DNS.dat"_s), &drop, &servfail);
        QStringList rules;
        for (const QString& name : drop)
            rules << QStringLiteral("addAction(QNameRule(\"%1.\"), DropAction())").arg(name);
        for (const QString& name : servfail)
            rules
                << QStringLiteral("addAction(QNameRule(\"%1.\"), RCodeAction(DNSRCode.SERVFAIL))").arg(name);
        QString error;
        m_resolver = messagetest::startLab(&m_lab, m_zones.path(), zone, rules, 1500, &error);
        QVERIFY2(m_resolver, qPrintable(error));
        for (const QByteArray& line :
             readFile(QStringLiteral(REBOUND_TEST_DATA_DIR "/message/corpus-disagreements.tsv"))
                 .split('\n')) {
            const QList<QByteArray> cols = line.split('\t');
            if (cols.size() >= 3 && !line.startsWith('#'))
                m_disagreements.insert(QString::fromUtf8(cols[0]),
                                       {QString::fromUtf8(cols[1]), QString::fromUtf8(cols[2])});
        }
    }

    void corpus_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        const QList<QByteArray> lines = readFile(corpusDir + u"/expected.tsv"_s).split('\n');
        for (const QByteArray& line : lines.mid(1)) {
            const QList<QByteArray> cols = line.split('\t');
            if (cols.size() < 2)
                continue;
            // Rebound has one mode; Mail::DKIM's "strict" rows are checked against it too.
            const QString file = QString::fromUtf8(cols[0]);
            const QString mode = cols.size() > 2 ? QString::fromUtf8(cols[2]) : QString();
            QTest::newRow(qPrintable(file + u' ' + mode))
                << file + (mode == u"strict" ? u" strict"_s : QString()) << QString::fromUtf8(cols[1]);
        }
    }

    void corpus() {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const QByteArray bytes = readFile(corpusDir + u"/corpus/"_s + file.section(u' ', 0, 0));
        QVERIFY2(!bytes.isEmpty(), qPrintable(file));
        const message::MessageReport report = messagetest::analyze(m_resolver.get(), bytes);
        const QString ours = messageResult(report);
        QStringList detail;
        for (const message::DkimReport& d : report.dkim)
            detail << message::dkimResultName(d.verification.result) + u": "_s + d.verification.reason;
        // FAKE_DNS.dat's timeout and SERVFAIL must be temperror (could not check), never permerror.
        if (file.startsWith(u"badkey_14") || file.startsWith(u"badkey_15"))
            QCOMPARE(ours, u"temperror"_s);
        const auto documented = m_disagreements.constFind(file);
        if (documented == m_disagreements.cend()) {
            QVERIFY2(agrees(expected, ours),
                     qPrintable(QStringLiteral("%1: Mail::DKIM %2, Rebound %3 [%4]")
                                    .arg(file, expected, ours, detail.join(u" | "_s))));
            return;
        }
        QVERIFY2(!agrees(expected, ours),
                 qPrintable(file + u" now agrees; remove it from corpus-disagreements.tsv"_s));
        QCOMPARE(ours, documented->first);
        // A 512-bit key: the mathematics must still agree with Mail::DKIM.
        if (documented->second.contains(u"RFC 8301"_s)) {
            QVERIFY(!report.dkim.isEmpty());
            QCOMPARE(report.dkim.first().verification.signatureOk, std::optional(true));
            QCOMPARE(report.dkim.first().verification.bodyHashOk, std::optional(true));
        }
    }
};

QTEST_GUILESS_MAIN(TestDkimCorpus)
#include "test_dkim_corpus.moc"
