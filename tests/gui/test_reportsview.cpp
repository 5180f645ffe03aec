// The Reports view driven offscreen: reports dropped on it are read in the background, the source
// table, chart, findings and errors fill in, a source's context action asks for its IP health check,
// the main window opens report files and folders in it, and the exported report carries the summary.
#include "core/report/markdownwriter.h"
#include "core/report/reportbuilder.h"
#include "core/report/reportoptions.h"
#include "guitestsupport.h"
#include "lab/shareddata.h"
#include "ui/mainwindow.h"
#include "ui/reportsmodel.h"
#include "ui/reportsview.h"

#include <QAbstractItemModel>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using rebound::ui::ReportsView;

namespace {

const QString kCorpus = rebound::lab::sharedPath(QStringLiteral("corpora/reports/parsedmarc"));

} // namespace

class TestReportsView final : public QObject {
    Q_OBJECT

    QTemporaryDir m_settings;

private slots:
    void initTestCase() {
        rebound::guitest::isolate(m_settings);
        REBOUND_REQUIRE_SHARED(kCorpus);
    }

    void dropFillsTheView() {
        ReportsView view;
        view.resize(1000, 700);
        view.show();
        QSignalSpy loaded(&view, &ReportsView::loaded);
        rebound::guitest::drop(&view, kCorpus + u"/aggregate"_s);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 30000);
        QVERIFY(view.isLoaded());
        QCOMPARE(view.reportSet().dmarc.size(), 17); // and one duplicate
        QAbstractItemModel* model = view.sourceTable()->model();
        QVERIFY(model->rowCount() > 2000); // the large report's 2,286 sources and the others
        // Sorted by messages, most first.
        QVERIFY(model->index(0, rebound::ui::ReportsSourceModel::MessagesColumn).data().toString().toInt()
                >= 123);
        QCOMPARE(view.chartView()->chart()->series().size(), 2);
        QVERIFY(view.findChild<QTreeView*>(u"reportsFindings"_s)->model()->rowCount() > 0);
        QVERIFY(view.findChild<QPlainTextEdit*>(u"reportsErrors"_s)
                    ->toPlainText()
                    .contains(u"invalid_xml.xml"_s));
        for (const char* name : {"reportsSources", "reportsChart", "reportsFindings", "reportsErrors"}) {
            auto* widget = view.findChild<QWidget*>(QLatin1String(name));
            QVERIFY2(widget && !widget->accessibleName().isEmpty(), name);
        }

        // Double-click (or the context action) on a source asks for its IP health check.
        QSignalSpy check(&view, &ReportsView::checkIpRequested);
        const QModelIndex first = model->index(0, 0);
        view.sourceTable()->selectRow(0);
        emit view.sourceTable()->doubleClicked(first);
        QCOMPARE(check.size(), 1);
        QCOMPARE(check.first().first().toString(),
                 first.data(rebound::ui::ReportsSourceModel::IpRole).toString());

        // The export of the main window carries the summary as a section of its own.
        QJsonObject session = rebound::guitest::sampleSession();
        session.insert(u"reports"_s, view.summaryJson());
        rebound::report::ReportOptions options;
        const QString markdown = rebound::report::toMarkdown(
            rebound::report::buildReport(rebound::report::exportedSession(session, options), options, {}));
        QVERIFY2(markdown.contains(u"DMARC and TLS reports"_s), qPrintable(markdown.right(2000)));
        QVERIFY(markdown.contains(u"DMARC for example.com"_s));
    }

    void mainWindowOpensReports() {
        rebound::ui::MainWindow window(nullptr, m_settings.filePath(u"history.sqlite"_s));
        window.show();
        QVERIFY(window.findChild<QAction*>(u"actionOpenReports"_s));
        QVERIFY(window.findChild<QAction*>(u"actionReports"_s));
        window.openPath(kCorpus + u"/smtp_tls"_s); // a folder is reports, not a bounce
        auto* view = window.findChild<ReportsView*>();
        QVERIFY(view);
        QVERIFY(view->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(view->isLoaded() && !view->isBusy(), 30000);
        QCOMPARE(view->reportSet().tlsrpt.size(), 4);
        QVERIFY(!window.isRunning()); // nothing was diagnosed
    }
};

QTEST_MAIN(TestReportsView)
#include "test_reportsview.moc"
