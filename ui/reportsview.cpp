#include "ui/reportsview.h"

#include "core/dns/resolver.h"
#include "core/reports/reportreader.h"
#include "core/reports/reportsjson.h"
#include "core/reports/sourcechecker.h"
#include "core/util/backgroundwork.h"
#include "core/util/jsonutil.h"
#include "ui/appsettings.h"
#include "ui/findingsmodel.h"
#include "ui/reportsmodel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineSeries>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace rebound::ui {
namespace {

constexpr int kMaxChartDays = 366;

QStringList localPaths(const QMimeData* data) {
    QStringList paths;
    if (!data || !data->hasUrls())
        return paths;
    for (const QUrl& url : data->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

} // namespace

ReportsView::ReportsView(QWidget* parent)
    : QWidget(parent) {
    setObjectName(u"reportsView"_s);
    setAcceptDrops(true);
    m_openFiles = new QPushButton(tr("Open Reports…"), this);
    m_openFiles->setObjectName(u"openReports"_s);
    m_openFolder = new QPushButton(tr("Open Folder…"), this);
    m_openFolder->setObjectName(u"openReportsFolder"_s);
    m_live = new QCheckBox(tr("Check sources live (SPF, reverse DNS)"), this);
    m_live->setObjectName(u"reportsLive"_s);
    m_live->setToolTip(tr("Ask DNS whether each source is authorised by the domain's own SPF record, and for "
                          "its reverse DNS name."));
    m_status = new QLabel(tr("Drop DMARC aggregate or TLS reports here (.xml, .gz, .zip, .json, .eml or a "
                             "folder), or open them."),
                          this);
    m_status->setObjectName(u"reportsStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto* chart = new QChart;
    chart->setTitle(tr("Messages and DMARC pass rate per day"));
    m_chart = new QChartView(chart, this);
    m_chart->setObjectName(u"reportsChart"_s);
    m_chart->setAccessibleName(tr("Messages and DMARC pass rate per day"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    // Room for the plot, the day labels and the axis titles (the window is 720 px high by default).
    m_chart->setMinimumHeight(fontMetrics().height() * 22);

    m_model = new ReportsSourceModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ReportsSourceModel::SortRole);
    m_table = new QTableView(this);
    m_table->setObjectName(u"reportsSources"_s);
    m_table->setAccessibleName(tr("Sources of the reports"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ReportsSourceModel::MessagesColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    connect(m_table, &QWidget::customContextMenuRequested, this, &ReportsView::showContextMenu);
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this] {
        if (const QString ip = selectedIp(); !ip.isEmpty())
            emit checkIpRequested(ip);
    });

    m_findings = new FindingsModel(this);
    m_findingsView = new QTreeView(this);
    m_findingsView->setObjectName(u"reportsFindings"_s);
    m_findingsView->setAccessibleName(tr("Findings of the reports"));
    m_findingsView->setModel(m_findings);
    m_findingsView->setWordWrap(true);
    m_errors = new QPlainTextEdit(this);
    m_errors->setObjectName(u"reportsErrors"_s);
    m_errors->setAccessibleName(tr("Files that were not read"));
    m_errors->setReadOnly(true);
    m_errors->setMaximumBlockCount(2000);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_openFiles);
    buttons->addWidget(m_openFolder);
    buttons->addWidget(m_live);
    buttons->addStretch();
    auto* lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(m_findingsView);
    lower->addWidget(m_errors);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    connect(m_openFiles, &QPushButton::clicked, this, &ReportsView::chooseFiles);
    connect(m_openFolder, &QPushButton::clicked, this, &ReportsView::chooseFolder);
}

ReportsView::~ReportsView() = default;

// Opened, not exec()'d, like every dialog of the application: the window keeps running meanwhile.
void ReportsView::chooseFiles() {
    auto* dialog = new QFileDialog(this, tr("Open DMARC or TLS reports"),
                                   QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
                                   tr("Reports (*.xml *.gz *.zip *.json *.eml);;All files (*)"));
    dialog->setObjectName(u"openReportFilesDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    connect(dialog, &QFileDialog::filesSelected, this, [this](const QStringList& paths) {
        if (!paths.isEmpty())
            openPaths(paths);
    });
    dialog->open();
}

void ReportsView::chooseFolder() {
    auto* dialog = new QFileDialog(this, tr("Open a folder of reports"),
                                   QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
    dialog->setObjectName(u"openReportFolderDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        if (!path.isEmpty())
            openPaths({path});
    });
    dialog->open();
}

void ReportsView::openPaths(const QStringList& paths) {
    enqueue({tr("Reading %n path(s)…", nullptr, int(paths.size())),
             [paths] { return reports::readReports(paths); }});
}

void ReportsView::openBytes(const QString& name, const QByteArray& bytes) {
    enqueue({tr("Reading %1…").arg(name), [name, bytes] {
                 reports::ReportReader reader;
                 reader.addBytes(name, bytes);
                 return reader.take();
             }});
}

void ReportsView::enqueue(PendingRead read) {
    m_queued.append(std::move(read));
    if (!m_busy)
        readNext();
}

// One read at a time, in the order asked; each replaces what is shown.
void ReportsView::readNext() {
    if (m_queued.isEmpty())
        return;
    PendingRead next = m_queued.takeFirst();
    m_busy = true;
    m_status->setText(next.status);
    auto* watcher = new QFutureWatcher<reports::ReportSet>(this);
    connect(watcher, &QFutureWatcher<reports::ReportSet>::finished, this, [this, watcher] {
        reports::ReportSet set = watcher->result();
        watcher->deleteLater();
        display(std::move(set), {});
        if (m_live->isChecked() && !m_set.dmarc.isEmpty())
            startLiveChecks();
        else
            m_busy = false;
        if (!m_busy)
            readNext();
    });
    watcher->setFuture(util::runInBackground(std::move(next.read)));
}

void ReportsView::startLiveChecks() {
    QString error;
    const auto options = AppSettings::load().runOptions(&error);
    delete m_checker;
    delete m_resolver;
    m_resolver = new dns::Resolver(options ? options->resolver : dns::ResolverConfig(), this);
    m_checker = new reports::SourceChecker(m_resolver, this);
    m_status->setText(tr("Checking the sources live…"));
    connect(m_checker, &reports::SourceChecker::finished, this, [this] {
        display(std::exchange(m_set, {}), m_checker->facts());
        m_busy = false;
        readNext();
    });
    m_checker->start(m_summary);
}

void ReportsView::display(reports::ReportSet set, const reports::LiveFacts& live) {
    m_set = std::move(set);
    m_summary = reports::analyseReports(m_set, live);
    m_model->setSummary(m_summary);
    m_table->resizeColumnsToContents();
    QJsonArray findings;
    for (const Finding& f : m_summary.findings)
        findings.append(toJson(f));
    m_findings->setRows({}, findings, {u"reports."_s});
    QStringList errors;
    for (const reports::ReportError& e : m_set.errors)
        errors.append(util::escapeControls(e.file, 300) + u": "_s + util::escapeControls(e.reason, 500));
    m_errors->setPlainText(errors.isEmpty() ? tr("Every file was read.") : errors.join(u'\n'));
    m_status->setText(tr("%1 DMARC and %2 TLS reports, %3 messages, %4 pass DMARC; %5 TLS sessions failed. "
                         "%n file(s) not read.",
                         nullptr, int(m_set.errors.size()))
                          .arg(m_summary.dmarcReports)
                          .arg(m_summary.tlsReports)
                          .arg(m_summary.messages)
                          .arg(reports::passRateText(m_summary.passed, m_summary.messages))
                          .arg(m_summary.tlsFailed));
    updateChart();
    emit loaded();
}

void ReportsView::updateChart() {
    QMap<QDate, reports::DayPoint> days;
    for (const reports::DomainSummary& d : m_summary.domains) {
        for (const reports::DayPoint& p : d.days) {
            reports::DayPoint& day = days[p.day];
            day.day = p.day;
            day.messages += p.messages;
            day.passed += p.passed;
        }
    }
    while (days.size() > kMaxChartDays)
        days.erase(days.begin());
    QChart* chart = m_chart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes())
        chart->removeAxis(axis);
    auto* volume = new QBarSet(tr("Messages"));
    auto* rate = new QLineSeries;
    rate->setName(tr("DMARC pass rate (%)"));
    // Many days: the month and day only (the whole date would be cut to "2018-0…"), the first and last
    // day in the axis title.
    const QString dayFormat = days.size() > 10 ? u"MM-dd"_s : u"yyyy-MM-dd"_s;
    QStringList labels;
    qint64 maxMessages = 1;
    int i = 0;
    for (const reports::DayPoint& p : std::as_const(days)) {
        labels.append(p.day.isValid() ? p.day.toString(dayFormat) : u"?"_s);
        volume->append(double(p.messages));
        rate->append(i++, p.messages ? 100.0 * double(p.passed) / double(p.messages) : 0.0);
        maxMessages = qMax(maxMessages, p.messages);
    }
    auto* bars = new QBarSeries;
    bars->append(volume);
    chart->addSeries(bars);
    chart->addSeries(rate);
    auto* x = new QBarCategoryAxis;
    x->append(labels);
    if (!days.isEmpty() && days.firstKey().isValid())
        x->setTitleText(
            tr("Day, %1 to %2")
                .arg(days.firstKey().toString(u"yyyy-MM-dd"_s), days.lastKey().toString(u"yyyy-MM-dd"_s)));
    auto* y = new QValueAxis;
    y->setRange(0, double(maxMessages));
    y->setLabelFormat(u"%d"_s);
    y->setTitleText(tr("Messages"));
    auto* percent = new QValueAxis;
    percent->setRange(0, 100);
    percent->setTitleText(tr("Pass rate (%)"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(percent, Qt::AlignRight);
    bars->attachAxis(x);
    bars->attachAxis(y);
    rate->attachAxis(x);
    rate->attachAxis(percent);
}

QString ReportsView::selectedIp() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return rows.first().data(ReportsSourceModel::IpRole).toString();
}

void ReportsView::showContextMenu(const QPoint& pos) {
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    m_table->selectRow(index.row());
    const QString ip = index.data(ReportsSourceModel::IpRole).toString();
    QMenu menu(this);
    QAction* check = menu.addAction(tr("Check the health of %1").arg(util::escapeControls(ip, 60)));
    check->setObjectName(u"checkIpHealth"_s);
    connect(check, &QAction::triggered, this, [this, ip] { emit checkIpRequested(ip); });
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

QJsonObject ReportsView::summaryJson() const {
    return reports::toJson(m_summary);
}

void ReportsView::dragEnterEvent(QDragEnterEvent* event) {
    if (!localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ReportsView::dropEvent(QDropEvent* event) {
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    openPaths(paths);
}

} // namespace rebound::ui
