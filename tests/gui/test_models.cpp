// Every model of the desktop app under QAbstractItemModelTester, fed from the sample session, and the
// behaviour each view relies on: sort order, the problems filter, the deciding SPF term, tag meanings,
// streaming check rows. (The Markdown copy is core/report's, tested in tests/report.)
#include "core/blocklist/liststate.h"
#include "core/report/sessionexport.h"
#include "core/report/textescape.h"
#include "guitestsupport.h"
#include "ui/authtagsmodel.h"
#include "ui/blocklistfiltermodel.h"
#include "ui/blocklistmodel.h"
#include "ui/blocklistview.h"
#include "ui/checklistmodel.h"
#include "ui/dnsquerymodel.h"
#include "ui/findingsmodel.h"
#include "ui/jsontreemodel.h"
#include "ui/messageview.h"
#include "ui/postmasterview.h"
#include "ui/routetimeline.h"
#include "ui/spftreemodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace rebound::ui;

class TestModels : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        rebound::guitest::isolate(m_settingsDir);
        m_session = rebound::guitest::sampleSession();
        QVERIFY(!m_session.isEmpty());
    }

    // One vocabulary, one count: the Blocklists tab and the report say the same words and numbers for
    // the same session (the could-not-check count once differed between GUI and PDF).
    void listStateCountsAgreeWithTheReport() {
        QList<QJsonObject> checks;
        for (const QJsonValue& check : m_session[u"checks"].toArray()) {
            if (check[u"id"].toString() == u"blocklists"_s)
                checks << check.toObject();
        }
        QVERIFY(!checks.isEmpty());
        const rebound::blocklist::ListStateCounts counts =
            rebound::blocklist::countListStates(checks.first()[u"result"][u"blocklists"].toArray());
        QVERIFY(counts.couldNotCheck > 0 && counts.notAsked > 0);
        const QString summary = rebound::blocklist::listStateSummary(counts);
        BlocklistView view;
        view.setChecks(checks);
        const QString shown = view.findChild<QLabel*>(u"blocklistState"_s)->text();
        QVERIFY2(shown.contains(summary), qPrintable(shown));
        rebound::report::ReportOptions options;
        options.redact = false;
        const QString markdown = QString::fromUtf8(
            rebound::report::exportSessionJson(m_session, rebound::report::ExportFormat::Markdown, options));
        QVERIFY2(markdown.contains(rebound::report::escape::markdown(summary)) || markdown.contains(summary),
                 qPrintable(summary));
    }

    // The Blocklists tab and the report's blocklists section show the IP's Microsoft SNDS row (colour as a
    // word, trap hits, Microsoft's block); without an SNDS check the tab says SNDS was not checked, never
    // green.
    void sndsRowInTheIpView() {
        QList<QJsonObject> checks;
        for (const QJsonValue& check : m_session[u"checks"].toArray()) {
            if (check[u"id"].toString() == u"blocklists"_s)
                checks << check.toObject();
        }
        BlocklistView view;
        view.setChecks(checks);
        auto* row = view.findChild<QLabel*>(u"blocklistSnds"_s);
        QVERIFY(row);
        QVERIFY2(row->text().contains(u"not checked"_s), qPrintable(row->text()));
        QVERIFY(!row->text().contains(u"Green"_s));

        const QJsonObject result{{u"ip"_s, u"192.0.2.99"_s},
                                 {u"listed_in_snds"_s, true},
                                 {u"activity"_s, QJsonObject{{u"complaint_rate"_s, u"> 4%"_s}}},
                                 {u"filter_result"_s, u"red"_s},
                                 {u"trap_hits"_s, 37},
                                 {u"blocked"_s, true},
                                 {u"block_reason"_s, u"Blocked due to user complaints"_s},
                                 {u"data_date"_s, u"2026-12-30"_s},
                                 {u"from_cache"_s, false},
                                 {u"error"_s, QJsonValue()}};
        const QJsonObject snds{{u"id"_s, u"snds"_s},    {u"title"_s, u"Microsoft SNDS data for 192.0.2.99"_s},
                               {u"state"_s, u"done"_s}, {u"note"_s, QString()},
                               {u"result"_s, result},   {u"findings"_s, QJsonArray()}};
        view.setSndsChecks({snds});
        QVERIFY2(row->text().contains(u"Red"_s) && row->text().contains(u"37 trap hit"_s)
                     && row->text().contains(u"Blocked due to user complaints"_s)
                     && row->text().contains(u"2026-12-30"_s),
                 qPrintable(row->text()));

        QJsonObject session = m_session;
        QJsonArray all = session[u"checks"].toArray();
        all.append(snds);
        session[u"checks"_s] = all;
        rebound::report::ReportOptions options;
        options.redact = false;
        const QString text = QString::fromUtf8(
            rebound::report::exportSessionJson(session, rebound::report::ExportFormat::Markdown, options));
        const qsizetype blocklists = text.indexOf(u"Blocklists and reverse DNS"_s);
        QVERIFY(blocklists >= 0);
        const qsizetype sndsRow = text.indexOf(u"37 trap hits"_s, blocklists);
        QVERIFY2(sndsRow > blocklists && text.indexOf(u"blocked by Microsoft"_s, blocklists) > 0,
                 qPrintable(text));
    }

    // The Message tab's models pass Qt's model checks; what the message says (a hop's server name with a
    // script and a bidi override) is escaped in every cell and in the timeline's description.
    void messageViewModels() {
        QFile file(QStringLiteral(REBOUND_TEST_DATA_DIR "/report/data/message-session.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject session = QJsonDocument::fromJson(file.readAll()).object();
        QList<QJsonObject> checks;
        for (const QJsonValue& check : session[u"checks"].toArray()) {
            if (check[u"id"].toString() == u"message"_s)
                checks << check.toObject();
        }
        QCOMPARE(checks.size(), 1);
        MessageView view;
        QVERIFY(!view.hasMessage());
        QAbstractItemModelTester hops(view.hopsModel(),
                                      QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester dkim(view.dkimModel(),
                                      QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester arc(view.arcModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester ar(view.authResultsModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester bulk(view.bulkSenderModel(),
                                      QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.setChecks(checks);
        QVERIFY(view.hasMessage());
        QCOMPARE(view.hopsModel()->rowCount(), 2);
        QCOMPARE(view.dkimModel()->rowCount(), 1);
        QCOMPARE(view.arcModel()->rowCount(), 1);
        QCOMPARE(view.authResultsModel()->rowCount(), 2);
        QCOMPARE(view.bulkSenderModel()->rowCount(), 2);
        const QString by = view.hopsModel()->index(1, 2).data().toString();
        QVERIFY2(by.startsWith(u"mx.customer.example <script>"_s), qPrintable(by));
        QVERIFY(!by.contains(QChar(0x202e)));
        QCOMPARE(view.dkimModel()->index(0, 4).data(FindingsModel::OutcomeRole).toString(), u"fail"_s);
        QVERIFY(view.arcModel()->index(0, 6).data().toString().contains(u"sealer pass, Rebound fail"_s));
        // The leading table: DKIM, SPF, DMARC, ARC and the bulk-sender count, then the findings.
        const QString rows = [&] {
            QString text;
            for (int r = 0; r < view.findingsModel()->rowCount(); ++r)
                text += view.findingsModel()->index(r, FindingsModel::ReasonColumn).data().toString() + u'\n';
            return text;
        }();
        for (const QString& expected :
             {u"DKIM d=sender-corp.example s=s1: fail"_s, u"SPF fail for 203.0.113.7"_s,
              u"DMARC fail for sender-corp.example"_s, u"ARC chain: pass"_s,
              u"Bulk-sender rules: 1 of 2 pass"_s})
            QVERIFY2(rows.contains(expected), qPrintable(rows));
        RouteTimeline* timeline = view.timeline();
        QCOMPARE(timeline->hopCount(), 2);
        const QString description = timeline->describe();
        QVERIFY2(description.contains(u"first hop outside the sender's network"_s), qPrintable(description));
        QVERIFY(description.contains(u"without TLS"_s) == false);
        QVERIFY(!description.contains(QChar(0x202e)));
        timeline->resize(timeline->sizeHint());
        QVERIFY(!timeline->grab().isNull()); // paints without a crash
        view.setChecks({});
        QVERIFY(!view.hasMessage());
    }

    // Names, servers and records of the query log come from the network: control characters and bidi
    // overrides are escaped in every cell and tooltip; the model passes Qt's model checks.
    void dnsQueryCellsAreEscaped() {
        const QJsonObject entry{{u"name"_s, u"evil\u001b[31m\u202e.example"_s},
                                {u"type"_s, u"TXT"_s},
                                {u"server"_s, u"127.0.0.1:53"_s},
                                {u"outcome"_s, u"answer"_s},
                                {u"ttl"_s, 60},
                                {u"data"_s, QJsonArray{u"\"line1\nline2\u0007\""_s}},
                                {u"error"_s, u""_s},
                                {u"elapsed_ms"_s, 4}};
        const QJsonObject nx{{u"name"_s, u"gone.example"_s},
                             {u"type"_s, u"A"_s},
                             {u"server"_s, u""_s},
                             {u"outcome"_s, u"timeout"_s},
                             {u"error"_s, u"no answer within 2000 ms"_s},
                             {u"elapsed_ms"_s, 2000}};
        DnsQueryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLog(
            rebound::dns::QueryLog::fromJson({{u"queries"_s, QJsonArray{entry, nx}}, {u"total"_s, 2}}));
        QCOMPARE(model.rowCount(), 2);
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column) {
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) {
                    const QString text = model.index(row, column).data(role).toString();
                    for (const QChar c : text)
                        QVERIFY2((c == u'\n' && role == Qt::ToolTipRole) // the tooltip's own line breaks
                                     || (c.category() != QChar::Other_Control && c != QChar(0x202e)),
                                 qPrintable(text));
                }
            }
        }
        QVERIFY(model.index(0, DnsQueryModel::NameColumn)
                    .data()
                    .toString()
                    .startsWith(u"evil\\u001B"_s, Qt::CaseInsensitive));
        QCOMPARE(model.index(1, DnsQueryModel::ServerColumn).data().toString(), u"none answered"_s);
        QCOMPARE(model.index(1, DnsQueryModel::OutcomeColumn).data().toString(),
                 DnsQueryModel::outcomeText(rebound::dns::Outcome::Timeout));
        QVERIFY(model.index(1, DnsQueryModel::DataColumn).data().toString().contains(u"no answer within"_s));
        QVERIFY(!model.index(1, DnsQueryModel::TtlColumn).data().isValid());
    }

    void blocklistsSortListedThenUnknownFirst() {
        BlocklistModel model;
        QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        BlocklistFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.sort(BlocklistModel::StatusColumn);
        model.setEntries(m_session[u"checks"][0][u"result"][u"blocklists"].toArray());
        QCOMPARE(filter.rowCount(), 6);
        QStringList statuses;
        for (int row = 0; row < filter.rowCount(); ++row)
            statuses << filter.index(row, 0).data(BlocklistModel::StatusRole).toString();
        QCOMPARE(statuses, QStringList({u"listed"_s, u"refused"_s, u"unavailable"_s, u"clean"_s, u"clean"_s,
                                        u"skipped"_s}));
        QCOMPARE(filter.index(0, BlocklistModel::NameColumn).data().toString(), u"Spamhaus ZEN"_s);
        QCOMPARE(filter.index(0, BlocklistModel::CodesColumn).data().toString(), u"127.0.0.4"_s);
        // Could-not-check never reads as clean.
        QVERIFY(filter.index(1, 0).data().toString().startsWith(u"Refused"_s));
        QVERIFY(filter.index(2, 0).data().toString().startsWith(u"Could not check"_s));

        filter.setOnlyProblems(true);
        QCOMPARE(filter.rowCount(), 3);
        filter.setFilterFixedString(u"spamhaus"_s);
        QCOMPARE(filter.rowCount(), 1);
        filter.setFilterFixedString({});
        filter.setOnlyProblems(false);
        QCOMPARE(filter.rowCount(), 6);

        // Descending by name sorts the raw text, not the status rank.
        filter.sort(BlocklistModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(filter.index(0, BlocklistModel::NameColumn).data().toString(), u"UCEPROTECT Level 1"_s);
        model.clear();
        QCOMPARE(filter.rowCount(), 0);
    }

    void blocklistToolTipIsEscaped() {
        BlocklistModel model;
        model.setEntries(m_session[u"checks"][0][u"result"][u"blocklists"].toArray());
        const QString tip = model.index(5, BlocklistModel::TxtColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"&lt;b&gt;"_s), qPrintable(tip));
        QVERIFY(!tip.contains(u"<b>"_s));
    }

    void checkListStreams() {
        CheckListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QJsonArray checks{QJsonObject{
            {u"id"_s, u"blocklists"_s}, {u"title"_s, u"Blocklists"_s}, {u"state"_s, u"running"_s}}};
        model.setChecks(checks);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.finishedCount(), 0);
        QVERIFY(model.index(0).data().toString().contains(u"Running"_s));
        QVERIFY(!model.index(0).data(Qt::DecorationRole).value<QIcon>().isNull());

        checks.append(
            QJsonObject{{u"id"_s, u"domain"_s}, {u"title"_s, u"Domain"_s}, {u"state"_s, u"pending"_s}});
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setChecks(checks);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 2);

        QJsonObject done = checks[0].toObject();
        done[u"state"] = u"failed"_s;
        done[u"note"] = u"timeout"_s;
        checks[0] = done;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setChecks(checks);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.finishedCount(), 1);
        QVERIFY(model.index(0).data().toString().contains(u"Could not check"_s));
        QCOMPARE(model.index(0).data(Qt::AccessibleDescriptionRole).toString(), u"timeout"_s);

        model.setChecks({}); // a new run
        QCOMPARE(model.rowCount(), 0);
    }

    void spfTreeMarksDecidingTerm() {
        SpfTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSpf(m_session[u"checks"][1][u"result"][u"spf"].toObject());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.decidingTerm(), u"-all"_s);
        const QModelIndex top = model.index(0, 0);
        QCOMPARE(model.rowCount(top), 3);
        const QModelIndex include = model.index(0, 0, top);
        QCOMPARE(include.data().toString(), u"include:_spf.example.org"_s);
        QCOMPARE(model.rowCount(include), 1); // the included record hangs below its term
        QVERIFY(!include.data(SpfTreeModel::DecidingRole).toBool());
        const QModelIndex all = model.index(2, SpfTreeModel::OutcomeColumn, top);
        QVERIFY(all.data(SpfTreeModel::DecidingRole).toBool());
        QVERIFY(all.data().toString().contains(u"decided"_s)); // marked in words, not only in bold
        // The include's own ~all matched inside a branch that did not decide: not marked.
        const QModelIndex child = model.index(0, 0, include);
        QVERIFY(!model.index(1, 0, child).data(SpfTreeModel::DecidingRole).toBool());
        model.setSpf({});
        QCOMPARE(model.rowCount(), 0);
    }

    // View > Google Postmaster Tools: without an account it says how to connect; with data, each domain
    // is a row whose spam rate carries its level in words, unknown values read "unknown" (never 0), and a
    // domain that could not be checked says so. Untrusted text is escaped.
    void postmasterView() {
        rebound::ui::PostmasterView view(rebound::diagnosis::RunOptions(), {});
        QVERIFY(view.findChild<QLabel*>(u"postmasterStatus"_s)->text().contains(u"No Google account"_s));
        rebound::postmaster::PostmasterData data;
        rebound::postmaster::DomainStats spammy;
        spammy.domain = u"spammy.example"_s;
        spammy.statsDate = QDate(2026, 12, 5);
        spammy.spamRate = 0.0042;
        spammy.spfRate = 0.97;
        spammy.complianceKnown = true;
        spammy.compliance = {{u"DMARC_ALIGNMENT"_s, rebound::postmaster::ComplianceState::NeedsWork}};
        rebound::postmaster::DomainStats unverified;
        unverified.domain = u"bad\u202e.example"_s;
        unverified.error = u"HTTP 403"_s;
        unverified.errorKind = u"not_verified"_s;
        data.domains = {spammy, unverified};
        view.setData(data);
        QStandardItemModel* model = view.model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 2);
        QVERIFY(model->item(0, 1)->text().contains(u"0.42 %: at or over the 0.3 % limit"_s));
        QCOMPARE(model->item(0, 2)->text(), u"97 %"_s);
        QCOMPARE(model->item(0, 3)->text(), u"unknown"_s);
        QVERIFY(model->item(0, 6)->text().contains(u"DMARC alignment"_s));
        QVERIFY(model->item(1, 7)->text().contains(u"could not check: HTTP 403"_s));
        QVERIFY(!model->item(1, 0)->text().contains(QChar(0x202e)));
    }

    void authTagsExplained() {
        AuthTagsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDomainResult(m_session[u"checks"][1][u"result"].toObject());
        QCOMPARE(model.rowCount(), 2); // DMARC and one DKIM selector
        const QModelIndex dmarc = model.index(0, 0);
        QCOMPARE(model.rowCount(dmarc), 4);
        QCOMPARE(model.index(1, AuthTagsModel::TagColumn, dmarc).data().toString(), u"p"_s);
        QCOMPARE(model.index(1, AuthTagsModel::ValueColumn, dmarc).data().toString(), u"reject"_s);
        QVERIFY(
            model.index(1, AuthTagsModel::MeaningColumn, dmarc).data().toString().contains(u"quarantine"_s));
        const QModelIndex dkim = model.index(1, 0);
        QVERIFY(dkim.data().toString().contains(u"s1._domainkey.example.net"_s));
        model.setDomainResult({});
        QCOMPARE(model.rowCount(), 0);
    }

    void splitTags_data() {
        QTest::addColumn<QString>("record");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("lastValue");
        QTest::newRow("dmarc") << u"v=DMARC1; p=none"_s << 2 << u"none"_s;
        QTest::newRow("trailing semicolon") << u"v=DMARC1; p=none;"_s << 2 << u"none"_s;
        QTest::newRow("folded whitespace") << u"v=DKIM1;\tk=rsa; p=AB CD"_s << 3 << u"AB CD"_s;
        QTest::newRow("empty") << QString() << 0 << QString();
        QTest::newRow("value with equals") << u"v=DKIM1; p=abc=="_s << 2 << u"abc=="_s;
    }

    void splitTags() {
        QFETCH(QString, record);
        QFETCH(int, count);
        QFETCH(QString, lastValue);
        const auto tags = AuthTagsModel::splitTags(record);
        QCOMPARE(tags.size(), count);
        if (count > 0)
            QCOMPARE(tags.last().second, lastValue);
    }

    void jsonTreeIsBounded() {
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QJsonValue deep = QJsonArray{1};
        for (int i = 0; i < 200; ++i)
            deep = QJsonArray{deep};
        model.setRoots({{u"session"_s, m_session}, {u"deep"_s, deep}});
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.rowCount(model.index(0, 0)) > 5);
        QModelIndex index = model.index(1, 0);
        int depth = 0;
        while (model.rowCount(index) > 0) {
            index = model.index(0, 0, index);
            ++depth;
        }
        QVERIFY2(depth <= 33, qPrintable(QString::number(depth)));
    }

private:
    QTemporaryDir m_settingsDir;
    QJsonObject m_session;
};

QTEST_MAIN(TestModels)
#include "test_models.moc"
