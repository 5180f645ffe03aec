// The OpenSPF RFC 7208 conformance suite (../shared/corpora/spf/rfc7208-tests.yml, read in place),
// every test evaluated through real DNS: each scenario's zonedata is served by the lab's Knot from
// the pre-converted root zone, with dnsdist dropping the queries the suite marks TIMEOUT.
#include "core/auth/spfevaluator.h"
#include "core/dns/ipaddress.h"
#include "core/dns/resolver.h"
#include "core/dns/serverlist.h"
#include "lab/dnslab.h"
#include "lab/shareddata.h"
#include "yamlvalue.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace rebound;

namespace {

QString corpusPath(const QString& relative) {
    return lab::sharedPath(u"corpora/spf/"_s + relative);
}

// The suite's scenarios (the file is present: suite_data() skips first when it is not).
QVariantList suiteDocuments() {
    static QVariantList documents = [] {
        QString error;
        QVariantList docs = testing::readYamlDocuments(corpusPath(u"rfc7208-tests.yml"_s), &error);
        if (docs.isEmpty())
            qFatal("cannot read the suite: %s", qPrintable(error));
        return docs;
    }();
    return documents;
}

// dnsdist rules that drop the queries for a TIMEOUT name: every type not listed before TIMEOUT.
QStringList timeoutRules(const QVariantMap& zonedata, const QStringList& names) {
    QStringList rules;
    for (const QString& name : names) {
        QVariantList entries;
        for (auto it = zonedata.constBegin(); it != zonedata.constEnd(); ++it) {
            if (it.key().compare(name, Qt::CaseInsensitive) == 0)
                entries = it.value().toList();
        }
        QList<int> answered;
        bool txtListed = false;
        for (const QVariant& entry : std::as_const(entries))
            txtListed = txtListed || entry.toMap().contains(u"TXT"_s);
        for (const QVariant& entry : std::as_const(entries)) {
            if (entry.toString() == u"TIMEOUT")
                break;
            const QVariantMap map = entry.toMap();
            for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
                static const QHash<QString, int> types{{u"A"_s, 1},     {u"NS"_s, 2},  {u"CNAME"_s, 5},
                                                       {u"PTR"_s, 12},  {u"MX"_s, 15}, {u"TXT"_s, 16},
                                                       {u"AAAA"_s, 28}, {u"SPF"_s, 99}};
                if (it.value().toString() == u"NONE")
                    continue; // "TXT: NONE" lists the type with no records
                if (types.contains(it.key()))
                    answered << types.value(it.key());
                if (it.key() == u"SPF" && !txtListed)
                    answered << 16;
            }
        }
        const QString qname = u"QNameRule(\""_s + name + u".\")"_s;
        if (answered.isEmpty()) {
            rules << u"addAction("_s + qname + u", DropAction())"_s;
        } else {
            QStringList typeRules;
            for (int type : std::as_const(answered))
                typeRules << QStringLiteral("QTypeRule(%1)").arg(type);
            rules << QStringLiteral("addAction(AndRule({%1, NotRule(OrRule({%2}))}), DropAction())")
                         .arg(qname, typeRules.join(u", "_s));
        }
    }
    return rules;
}

} // namespace

class TestSpfSuite : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<lab::DnsLab> m_lab;
    int m_scenario = -1;
    int m_passed = 0;
    int m_run = 0;
    QElapsedTimer m_clock;

    bool startScenario(int scenario, QString* error) {
        m_lab.reset();
        m_scenario = -1;
        const QVariantMap doc = suiteDocuments().at(scenario).toMap();
        QStringList timeoutNames;
        QFile tsv(corpusPath(u"rfc7208-zones/timeouts.tsv"_s));
        if (!tsv.open(QIODevice::ReadOnly)) {
            *error = tsv.errorString();
            return false;
        }
        while (!tsv.atEnd()) {
            const QStringList fields = QString::fromUtf8(tsv.readLine()).trimmed().split(u'\t');
            if (fields.size() == 2 && fields.at(0).toInt() == scenario + 1)
                timeoutNames << fields.at(1);
        }
        // Knot serves "root.zone" as "."; link the scenario's zone under that name.
        m_zones = std::make_unique<QTemporaryDir>();
        const QString source = corpusPath(
            QStringLiteral("rfc7208-zones/scenario-%1.zone").arg(scenario + 1, 2, 10, QLatin1Char('0')));
        if (!QFile::link(source, m_zones->filePath(u"root.zone"_s))) {
            *error = u"cannot link "_s + source;
            return false;
        }
        lab::DnsLabOptions options;
        options.zonesDir = m_zones->path();
        options.dnsdistRules = timeoutRules(doc.value(u"zonedata"_s).toMap(), timeoutNames);
        m_lab = std::make_unique<lab::DnsLab>();
        if (!m_lab->start(options, error))
            return false;
        dns::ResolverConfig config;
        config.servers = *dns::parseServerList(m_lab->server());
        config.timeoutMs = 1000;
        m_resolver = std::make_unique<dns::Resolver>(config);
        m_scenario = scenario;
        return true;
    }

    std::unique_ptr<QTemporaryDir> m_zones;
    std::unique_ptr<dns::Resolver> m_resolver;

private slots:
    void initTestCase() { m_clock.start(); }

    void suite_data() {
        QTest::addColumn<int>("scenario");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("helo");
        QTest::addColumn<QString>("mailfrom");
        QTest::addColumn<QStringList>("results");
        QTest::addColumn<QString>("explanation");
        REBOUND_REQUIRE_SHARED(corpusPath(u"rfc7208-tests.yml"_s));
        const QVariantList docs = suiteDocuments();
        for (int s = 0; s < docs.size(); ++s) {
            const QVariantMap tests = docs.at(s).toMap().value(u"tests"_s).toMap();
            for (auto it = tests.constBegin(); it != tests.constEnd(); ++it) {
                const QVariantMap t = it.value().toMap();
                const QVariant result = t.value(u"result"_s);
                const QStringList results = result.typeId() == QMetaType::QVariantList
                                                ? result.toStringList()
                                                : QStringList{result.toString()};
                QTest::addRow("%02d-%s", s + 1, qPrintable(it.key()))
                    << s << t.value(u"host"_s).toString() << t.value(u"helo"_s).toString()
                    << t.value(u"mailfrom"_s).toString() << results << t.value(u"explanation"_s).toString();
            }
        }
    }

    void suite() {
        QFETCH(int, scenario);
        QFETCH(QString, host);
        QFETCH(QString, helo);
        QFETCH(QString, mailfrom);
        QFETCH(QStringList, results);
        QFETCH(QString, explanation);
        if (scenario != m_scenario) {
            QString error;
            QVERIFY2(startScenario(scenario, &error), qPrintable(error));
        }
        ++m_run;
        // Each test runs with prefetching (the default) and strictly sequentially: the result, the
        // explanation and the limit counters must not depend on it.
        std::optional<auth::SpfEvaluation> runs[2];
        for (const bool prefetch : {true, false}) {
            auth::SpfEvaluator evaluator(m_resolver.get());
            auth::SpfRequest request;
            request.ip = QHostAddress(host);
            QVERIFY(!request.ip->isNull());
            request.ipSpelling = host;
            request.helo = helo;
            request.sender = mailfrom;
            request.prefetch = prefetch;
            std::optional<auth::SpfEvaluation>& evaluation = runs[prefetch ? 0 : 1];
            QObject::connect(&evaluator, &auth::SpfEvaluator::finished, &evaluator,
                             [&] { evaluation = evaluator.result(); });
            evaluator.start(request);
            QTRY_VERIFY_WITH_TIMEOUT(evaluation.has_value(), 20000);
            const QString got = auth::spfResultName(evaluation->result);
            QVERIFY2(results.contains(got),
                     qPrintable(QStringLiteral("%1: got %2 (%3), expected %4")
                                    .arg(prefetch ? u"prefetch"_s : u"sequential"_s, got, evaluation->reason,
                                         results.join(u" or "_s))));
            // "DEFAULT" stands for the implementation's own text: no exp= explanation applies.
            if (explanation == u"DEFAULT" && got == u"fail")
                QVERIFY2(!evaluation->explanationFromRecord, qPrintable(evaluation->explanation));
            else if (!explanation.isEmpty() && got == u"fail")
                QCOMPARE(evaluation->explanation, explanation);
        }
        QCOMPARE(runs[0]->result, runs[1]->result);
        QCOMPARE(runs[0]->lookups, runs[1]->lookups);
        QCOMPARE(runs[0]->voidLookups, runs[1]->voidLookups);
        QCOMPARE(runs[0]->explanation, runs[1]->explanation);
        ++m_passed;
    }

    void cleanupTestCase() {
        m_resolver.reset();
        m_lab.reset();
        qInfo("RFC 7208 suite: %d of %d tests passed through the lab in %lld ms", m_passed, m_run,
              m_clock.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestSpfSuite)
#include "test_spfsuite.moc"
