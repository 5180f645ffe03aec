// resources/auth/findings.json, the domain checks' findings as data: the file is valid (ids unique,
// severities known, every finding titled), every id and shared text the code of core/auth uses is in
// it and nothing in it is unused, and the catalogue fills its placeholders once and picks variants.
#include "core/auth/authknowledge.h"
#include "core/auth/policytxt.h"
#include "core/auth/spfresult.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rebound;
using namespace rebound::auth;

namespace {

QByteArray readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray catalogueText() {
    return readFile(QStringLiteral(REBOUND_SOURCE_DIR "/resources/auth/findings.json"));
}

// Every match of pattern's first group in the sources of core/auth.
QSet<QString> usedInCode(const QRegularExpression& pattern) {
    QSet<QString> found;
    const QDir dir(QStringLiteral(REBOUND_SOURCE_DIR "/core/auth"));
    for (const QString& name : dir.entryList({u"*.cpp"_s, u"*.h"_s}, QDir::Files)) {
        const QString source = QString::fromUtf8(readFile(dir.filePath(name)));
        for (auto it = pattern.globalMatch(source); it.hasNext();)
            found.insert(it.next().captured(1));
    }
    return found;
}

// The finding ids the code uses: its literals, and the families it names by result or record kind.
QSet<QString> findingIdsInCode() {
    QSet<QString> ids;
    for (const QString& id : usedInCode(QRegularExpression(
             u"u\"((?:spf|dmarc|dkim|mx|policy|address|mta_sts|bimi)\\.[a-z0-9_.]*)\"_s"_s))) {
        if (!id.endsWith(u'.') && !id.endsWith(u'_'))
            ids.insert(id);
    }
    for (SpfResult r : {SpfResult::None, SpfResult::Neutral, SpfResult::Fail, SpfResult::SoftFail,
                        SpfResult::TempError, SpfResult::PermError})
        ids.insert(u"spf.result_"_s + spfResultName(r)); // domaincheck.cpp: check_host() did not pass
    for (SpfResult r : {SpfResult::Fail, SpfResult::PermError})
        ids.insert(u"spf.helo_"_s + spfResultName(r)); // domaincheck.cpp: the HELO identity
    for (PolicyKind kind : {PolicyKind::MtaSts, PolicyKind::TlsRpt, PolicyKind::Bimi}) {
        for (const QString& what : {u".dns_error"_s, u".multiple"_s, u".invalid"_s})
            ids.insert(u"policy."_s + policyKindName(kind) + what); // policytxt.cpp
    }
    return ids;
}

QStringList sorted(const QSet<QString>& set) {
    QStringList list(set.begin(), set.end());
    list.sort();
    return list;
}

} // namespace

class TestAuthKnowledge : public QObject {
    Q_OBJECT

private slots:
    void fileIsValid() {
        const QByteArray json = catalogueText();
        QVERIFY(!json.isEmpty());
        AuthKnowledge k;
        QString error;
        QVERIFY2(k.load(json, &error), qPrintable(error));
        QCOMPARE(k.ids().size(), AuthKnowledge::instance().ids().size());
        // QJsonDocument keeps the last of two equal keys: count the ids in the text itself.
        static const QRegularExpression key(u"^\\s*\"([a-z_]+\\.[a-z0-9_.]+)\"\\s*:\\s*\\{"_s,
                                            QRegularExpression::MultilineOption);
        QStringList written;
        for (auto it = key.globalMatch(QString::fromUtf8(json)); it.hasNext();)
            written << it.next().captured(1);
        QCOMPARE(written.size(), k.ids().size());
        for (const QString& id : k.ids()) {
            const Finding f = k.finding(id, {});
            QVERIFY2(!f.title.isEmpty() && f.title != id, qPrintable(id));
        }
    }

    void badFilesAreRefused_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not JSON") << QByteArray("{");
        QTest::newRow("no findings") << QByteArray(R"({"findings": {}})");
        QTest::newRow("unknown severity")
            << QByteArray(R"({"findings": {"x.y": {"severity": "fatal", "title": "t"}}})");
        QTest::newRow("unknown variant severity") << QByteArray(
            R"({"findings": {"x.y": {"severity": "info", "severity_v": "bad", "title": "t"}}})");
        QTest::newRow("no title") << QByteArray(R"({"findings": {"x.y": {"severity": "info"}}})");
    }

    void badFilesAreRefused() {
        QFETCH(QByteArray, json);
        AuthKnowledge k;
        QString error;
        QVERIFY(!k.load(json, &error));
        QVERIFY(!error.isEmpty());
    }

    void everyIdUsedAndPresent() {
        const QSet<QString> inCode = findingIdsInCode();
        const QStringList ids = AuthKnowledge::instance().ids();
        const QSet<QString> inData(ids.begin(), ids.end());
        QVERIFY(inCode.size() > 50);
        QVERIFY2((inCode - inData).isEmpty(),
                 qPrintable(u"used but not in findings.json: "_s + sorted(inCode - inData).join(u", "_s)));
        QVERIFY2((inData - inCode).isEmpty(),
                 qPrintable(u"in findings.json but never used: "_s + sorted(inData - inCode).join(u", "_s)));
    }

    void everyTextUsedAndPresent() {
        const QSet<QString> inCode = usedInCode(QRegularExpression(u"text\\(\\s*u\"([a-z_]+)\"_s"_s));
        const QStringList keys = AuthKnowledge::instance().textKeys();
        const QSet<QString> inData(keys.begin(), keys.end());
        QVERIFY(!inCode.isEmpty());
        QCOMPARE(sorted(inCode), sorted(inData));
    }

    void placeholdersAndVariants() {
        const AuthKnowledge& k = AuthKnowledge::instance();
        // Filled once: a value that looks like a placeholder stays as it is.
        QCOMPARE(k.finding(u"spf.multiple_records"_s, {u"%2.example"_s, u"3"_s}).title,
                 u"%2.example publishes 3 SPF records"_s);
        QCOMPARE(k.finding(u"dmarc.partial_pct"_s, {u"50"_s}).title,
                 u"Older receivers apply the DMARC policy to 50% of failing mail"_s);
        const Finding plain = k.finding(u"dmarc.missing"_s, {u"a.example"_s}, {u"a.example"_s});
        QVERIFY(plain.detail.startsWith(u"_dmarc.a.example has no"_s));
        const Finding org = k.finding(u"dmarc.missing"_s, {u"m.a.example"_s},
                                      {u"m.a.example"_s, u"a.example"_s}, {}, u"organizational"_s);
        QVERIFY(org.detail.startsWith(
            u"Neither _dmarc.m.a.example nor any name above it up to _dmarc.a.example"_s));
        QCOMPARE(k.severity(u"dkim.dns_error"_s), Severity::Error);
        QCOMPARE(k.severity(u"dkim.dns_error"_s, u"discovered"_s), Severity::Warning);
        QCOMPARE(k.severity(u"mx.nxdomain"_s, u"no_such_variant"_s), Severity::Critical);
        // A finding without a detail in the data leaves it to the caller.
        QVERIFY(k.finding(u"spf.permerror"_s, {u"a.example"_s}).detail.isEmpty());
        QCOMPARE(k.text(u"sender_domain"_s, {u"x"_s}), u"Sender domain: x"_s);
        // An id missing from the catalogue is still reported, never dropped.
        const Finding unknown = k.finding(u"spf.unknown"_s, {}, {}, {u"evidence"_s});
        QCOMPARE(unknown.severity, Severity::Error);
        QCOMPARE(unknown.title, u"spf.unknown"_s);
        QCOMPARE(unknown.evidence, QStringList{u"evidence"_s});
    }
};

QTEST_GUILESS_MAIN(TestAuthKnowledge)
#include "test_authknowledge.moc"
