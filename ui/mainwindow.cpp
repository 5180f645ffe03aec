#include "ui/mainwindow.h"

#include "core/auth/spfevaluator.h"
#include "core/diagnosis/inputdetector.h"
#include "core/report/reportbuilder.h"
#include "core/report/sessionexport.h"
#include "core/reports/reportinput.h"
#include "core/reports/reportreader.h"
#include "core/util/jsonutil.h"
#include "ui/appsettings.h"
#include "ui/authtagsmodel.h"
#include "ui/blocklistview.h"
#include "ui/bounceview.h"
#include "ui/checklistmodel.h"
#include "ui/diagnosisview.h"
#include "ui/dnsqueryview.h"
#include "ui/findingsmodel.h"
#include "ui/historymodel.h"
#include "ui/historystore.h"
#include "ui/inputedit.h"
#include "ui/jsontreemodel.h"
#include "ui/messageview.h"
#include "ui/postmasterview.h"
#include "ui/report/exportdialog.h"
#include "ui/reportsview.h"
#include "ui/runcontroller.h"
#include "ui/settingsdialog.h"
#include "ui/sndsview.h"
#include "ui/spftreemodel.h"
#include "ui/tabfindings.h"
#include "ui/watchcontroller.h"
#include "ui/watchview.h"
#include "ui/watchwords.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileOpenEvent>
#include <QFocusEvent>
#include <QFrame>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableView>
#include <QTextBlock>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rebound::ui {

namespace {

constexpr qsizetype kDetectPrefixChars = 64 * 1024; // the detector looks only at the start
// What a window manager adds around the window (frame, title bar): the geometry excludes it.
constexpr int kFrameAllowance = 16;
constexpr int kTitleAllowance = 40;
// Below this much room the window opens maximized: every pixel goes to the results.
constexpr QSize kRoomyScreen(1366, 860);
constexpr QSize kLargestInitialSize(1600, 1000);

QList<QJsonObject> checksWithId(const QJsonObject& session, const QString& id) {
    QList<QJsonObject> checks;
    for (const QJsonValue& check : session[u"checks"].toArray())
        if (check[u"id"].toString() == id)
            checks << check.toObject();
    return checks;
}

QJsonObject firstResult(const QJsonObject& session, const QString& id) {
    const QList<QJsonObject> checks = checksWithId(session, id);
    return checks.isEmpty() ? QJsonObject() : checks.first()[u"result"].toObject();
}

QPlainTextEdit* readOnlyText(const QString& objectName, const QString& accessibleName, QWidget* parent) {
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setReadOnly(true);
    edit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFont(QFont(u"monospace"_s));
    return edit;
}

QTreeView* treeView(const QString& objectName, const QString& accessibleName, QWidget* parent) {
    auto* tree = new QTreeView(parent);
    tree->setObjectName(objectName);
    tree->setAccessibleName(accessibleName);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tree->header()->setStretchLastSection(true);
    return tree;
}

// A tab's verdicts table above its detail view; the divider between them can be dragged.
QWidget* findingsAbove(QTreeView* findings, QWidget* detail, QWidget* parent) {
    auto* splitter = new QSplitter(Qt::Vertical, parent);
    splitter->setObjectName(findings->objectName() + u"Splitter"_s);
    findings->setParent(splitter);
    findings->setUniformRowHeights(false);
    findings->setWordWrap(true);
    findings->setColumnWidth(FindingsModel::ResultColumn, 120);
    splitter->addWidget(findings);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    return splitter;
}

// RFC 6376 3.1: selector = sub-domain *( "." sub-domain ); underscores occur in practice.
bool isDkimSelector(const QString& text) {
    static const QRegularExpression label(u"^[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?$"_s);
    const QStringList labels = text.split(u'.');
    return text.size() <= 253 && std::all_of(labels.begin(), labels.end(), [](const QString& l) {
               return label.match(l).hasMatch();
           });
}

QJsonArray findingsOf(const QList<QJsonObject>& checks) {
    QJsonArray findings;
    for (const QJsonObject& check : checks)
        for (const QJsonValue& finding : check[u"findings"].toArray())
            findings.append(finding);
    return findings;
}

} // namespace

MainWindow::MainWindow(QWidget* parent, const QString& historyPath)
    : QMainWindow(parent)
    , m_run(new RunController(this))
    , m_history(new HistoryStore(historyPath, this)) {
    setWindowTitle(tr("Rebound"));
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/rebound/icons/rebound.svg"_s));

    m_mainSplitter = new QSplitter(Qt::Vertical, this);
    m_mainSplitter->setObjectName(u"mainSplitter"_s);
    m_mainSplitter->addWidget(createInputPane());
    m_mainSplitter->addWidget(createResultsPane());
    m_mainSplitter->setStretchFactor(0, 1);
    m_mainSplitter->setStretchFactor(1, 4);
    m_mainSplitter->setChildrenCollapsible(false);
    m_mainSplitter->setSizes({170, 690});
    setCentralWidget(m_mainSplitter);
    setMinimumSize(minimumWindowSize());

    m_statusText = new QLabel(this);
    m_statusText->setTextFormat(Qt::PlainText);
    m_statusText->setObjectName(u"statusText"_s);
    statusBar()->addWidget(m_statusText, 1);
    m_statusText->setText(tr("Ready"));
    m_fileNote = new QLabel(this);
    m_fileNote->setObjectName(u"fileNote"_s);
    m_fileNote->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_fileNote);

    // The watch shares the history database (its own watch_* tables) and runs while the app runs.
    m_watch = new WatchController(m_history->path(), this);
    connect(m_watch, &WatchController::passFinished, this, &MainWindow::onWatchPassFinished);

    createHistoryDock();
    createActions();

    m_detectTimer.setSingleShot(true);
    m_detectTimer.setInterval(250);
    connect(&m_detectTimer, &QTimer::timeout, this, &MainWindow::updateDetected);
    connect(m_input, &QPlainTextEdit::textChanged, &m_detectTimer, qOverload<>(&QTimer::start));
    connect(m_input, &QPlainTextEdit::textChanged, this, &MainWindow::updateActions);
    // A file opened (command line, File > Open, drop) is a request to diagnose it: run at once.
    connect(m_input, &InputEdit::fileLoaded, this, [this](const QString& path, const QString& note) {
        if (m_run->isRunning()) {
            m_runWhenIdle = true;
            cancel();
        } else {
            diagnose();
        }
        // Kept beside the run's progress: how the file was read matters as long as its results show.
        const QString name = QFileInfo(path).fileName();
        m_fileNote->setText(note.isEmpty() ? tr("Opened %1").arg(name) : tr("Opened %1: %2").arg(name, note));
        m_fileNote->setToolTip(path);
    });
    connect(m_input, &InputEdit::reportPathDropped, this,
            [this](const QString& path) { openReports({path}); });
    connect(m_input, &InputEdit::fileFailed, this, [this](const QString& path, const QString& error) {
        showProblem(tr("Open"), tr("Could not open %1").arg(path), error);
    });
    connect(m_input, &InputEdit::pasteRefused, this, [this](const QString& reason) {
        showProblem(tr("Paste"), tr("The text was not pasted."), reason);
    });
    connect(m_run, &RunController::inputDetected, this, [this](const QString&, const QString& explanation) {
        m_detected->setText(tr("Detected: %1").arg(explanation));
    });
    connect(m_run, &RunController::started, this, [this] {
        m_session = m_run->session();
        saveToHistory(m_session, false);
    });
    connect(m_run, &RunController::sessionChanged, this, &MainWindow::onSessionChanged);
    connect(m_run, &RunController::finished, this, &MainWindow::onRunFinished);
    connect(m_history, &HistoryStore::saveFailed, this, [this](const QString& error) {
        m_statusText->setText(tr("Could not save to history: %1").arg(error));
    });
    connect(m_diagnosis, &DiagnosisView::bounceSpanRequested, this, [this](qint64 offset, qint64 length) {
        m_tabs->setCurrentWidget(m_bounce);
        m_bounce->showSpan(offset, length);
    });

    qApp->installEventFilter(this);
    m_input->installEventFilter(this);
    restoreWindowSettings();
    updateActions();
    showSession({});
    m_watch->startSchedule();
}

MainWindow::~MainWindow() {
    if (m_run->isRunning())
        m_run->cancel();
    m_history->waitForSaves();
}

QWidget* MainWindow::createInputPane() {
    auto* pane = new QWidget(this);
    m_inputPane = pane;
    m_input = new InputEdit(pane);
    m_input->setObjectName(u"input"_s);
    m_input->setPlaceholderText(
        tr("Paste a bounce, an SMTP reply or log line, an IP address, a range or a domain — "
           "or drop an .eml or .txt file here."));
    m_input->setAccessibleName(tr("Input"));
    m_input->setFont(QFont(u"monospace"_s));
    m_detected = new QLabel(pane);
    m_detected->setObjectName(u"detected"_s);
    m_detected->setTextFormat(Qt::PlainText);
    m_detected->setAccessibleName(tr("What the input was detected as"));
    m_diagnoseButton = new QPushButton(tr("&Diagnose"), pane);
    m_diagnoseButton->setObjectName(u"diagnoseButton"_s);
    m_diagnoseButton->setDefault(true);
    m_diagnoseButton->setToolTip(tr("Run the checks (Ctrl+Return)"));
    m_cancelButton = new QPushButton(tr("Cancel"), pane);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    m_cancelButton->setToolTip(tr("Stop the checks and keep what finished (Esc)"));
    connect(m_diagnoseButton, &QPushButton::clicked, this, &MainWindow::diagnose);
    connect(m_cancelButton, &QPushButton::clicked, this, &MainWindow::cancel);
    // After a run the input shrinks to one line so the results get the room; this brings it back.
    m_expandInput = new QToolButton(pane);
    m_expandInput->setObjectName(u"expandInput"_s);
    m_expandInput->setText(tr("Show &whole input"));
    m_expandInput->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_expandInput->setArrowType(Qt::DownArrow);
    m_expandInput->setAutoRaise(true);
    m_expandInput->hide();
    connect(m_expandInput, &QToolButton::clicked, this, [this] { setInputCollapsed(!m_inputCollapsed); });

    // A DMARC or TLS report diagnosed here is shown in full in the Reports window (chart, every source).
    m_openInReports = new QPushButton(tr("Show in the &Reports window"), pane);
    m_openInReports->setObjectName(u"openInReports"_s);
    m_openInReports->setToolTip(tr("Open the diagnosed report in the Reports window: the chart and the "
                                   "table of every source"));
    m_openInReports->hide();
    connect(m_openInReports, &QPushButton::clicked, this, [this] {
        showReports()->openBytes(tr("the diagnosed input"),
                                 reports::reportInputBytes(m_session[u"input"].toString()));
    });

    auto* row = new QHBoxLayout;
    row->addWidget(m_expandInput);
    row->addWidget(m_detected, 1);
    row->addWidget(m_openInReports);
    row->addWidget(m_cancelButton);
    row->addWidget(m_diagnoseButton);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_input, 1);
    layout->addLayout(row);
    return pane;
}

QWidget* MainWindow::createResultsPane() {
    m_resultsSplitter = new QSplitter(Qt::Horizontal, this);
    m_resultsSplitter->setObjectName(u"resultsSplitter"_s);
    QWidget* checksPane = createChecksPane(m_resultsSplitter);

    m_answerSplitter = new QSplitter(Qt::Vertical, m_resultsSplitter);
    m_answerSplitter->setObjectName(u"answerSplitter"_s);
    m_diagnosis = new DiagnosisView(m_answerSplitter);
    createDetailTabs(m_answerSplitter);
    m_answerSplitter->addWidget(m_diagnosis);
    m_answerSplitter->addWidget(m_tabs);
    // The cards scroll; the tabs' tables need rows to be read.
    m_answerSplitter->setStretchFactor(0, 1);
    m_answerSplitter->setStretchFactor(1, 1);
    m_answerSplitter->setSizes({400, 480});
    m_answerSplitter->setChildrenCollapsible(false);
    m_resultsSplitter->addWidget(checksPane);
    m_resultsSplitter->addWidget(m_answerSplitter);
    m_resultsSplitter->setStretchFactor(0, 1);
    m_resultsSplitter->setStretchFactor(1, 4);
    m_resultsSplitter->setSizes({260, 900});
    m_resultsSplitter->setChildrenCollapsible(false);

    auto* pane = new QWidget(this);
    // A thin strip, not a bar with text: the status bar says how many checks finished.
    m_progress = new QProgressBar(pane);
    m_progress->setObjectName(u"progress"_s);
    m_progress->setAccessibleName(tr("Progress of the checks"));
    m_progress->setTextVisible(false);
    m_progress->setFixedHeight(5);
    m_progress->hide();
    m_staleBanner = createStaleBanner(pane);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 2, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_progress);
    layout->addWidget(m_staleBanner);
    layout->addWidget(m_resultsSplitter, 1);
    return pane;
}

QWidget* MainWindow::createChecksPane(QWidget* parent) {
    auto* checksPane = new QWidget(parent);
    auto* checksLabel = new QLabel(tr("Chec&ks"), checksPane);
    m_checks = new CheckListModel(this);
    m_checkList = new QListView(checksPane);
    m_checkList->setObjectName(u"checkList"_s);
    m_checkList->setAccessibleName(tr("Checks and their state"));
    m_checkList->setModel(m_checks);
    m_checkList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_checkList->setWordWrap(true);
    checksLabel->setBuddy(m_checkList);
    auto* checksLayout = new QVBoxLayout(checksPane);
    checksLayout->setContentsMargins(6, 6, 0, 6);
    checksLayout->addWidget(checksLabel);
    checksLayout->addWidget(m_checkList);
    return checksPane;
}

// The tabs in the order their widgets are made, which is also the order Tab walks them.
void MainWindow::createDetailTabs(QWidget* parent) {
    m_tabs = new QTabWidget(parent);
    m_tabs->setObjectName(u"detailTabs"_s);
    m_tabs->setAccessibleName(tr("Details"));
    m_tabs->setDocumentMode(true);
    m_bounce = new BounceView(m_tabs);
    m_tabs->addTab(m_bounce, tr("Bounce"));
    m_message = new MessageView(m_tabs);
    m_tabs->addTab(m_message, tr("Message"));
    m_blocklists = new BlocklistView(m_tabs);
    m_tabs->addTab(m_blocklists, tr("Blocklists"));
    m_reverseDns = readOnlyText(u"reverseDns"_s, tr("Reverse DNS"), m_tabs);
    m_rdnsFindings = new FindingsModel(this);
    m_tabs->addTab(findingsAbove(findingsTree(u"rdnsFindings"_s, m_rdnsFindings), m_reverseDns, m_tabs),
                   tr("Reverse DNS"));

    QWidget* spfPane = createSpfPane();
    m_spfFindings = new FindingsModel(this);
    m_tabs->addTab(findingsAbove(findingsTree(u"spfFindings"_s, m_spfFindings), spfPane, m_tabs), tr("SPF"));

    QWidget* authPane = createAuthPane();
    m_authFindings = new FindingsModel(this);
    m_tabs->addTab(findingsAbove(findingsTree(u"authFindings"_s, m_authFindings), authPane, m_tabs),
                   tr("DMARC && DKIM"));

    m_mailServers = readOnlyText(u"mailServers"_s, tr("MX records and SMTP transcript"), m_tabs);
    m_mailFindings = new FindingsModel(this);
    m_tabs->addTab(findingsAbove(findingsTree(u"mailFindings"_s, m_mailFindings), m_mailServers, m_tabs),
                   tr("MX && SMTP"));
    m_tabs->addTab(createRawPane(), tr("Raw DNS evidence"));
}

QWidget* MainWindow::createSpfPane() {
    auto* spfPane = new QWidget(m_tabs);
    m_spfSummary = new QLabel(spfPane);
    m_spfSummary->setTextFormat(Qt::PlainText);
    m_spfSummary->setWordWrap(true);
    m_spfSummary->setObjectName(u"spfSummary"_s);
    m_spf = new SpfTreeModel(this);
    m_spfTree = treeView(u"spfTree"_s, tr("SPF evaluation tree"), spfPane);
    m_spfTree->setModel(m_spf);
    m_spfTree->setColumnWidth(SpfTreeModel::TermColumn, 280);
    m_spfTree->setColumnWidth(SpfTreeModel::OutcomeColumn, 150);
    auto* spfLayout = new QVBoxLayout(spfPane);
    spfLayout->setContentsMargins(0, 0, 0, 0);
    spfLayout->addWidget(m_spfSummary);
    spfLayout->addWidget(m_spfTree, 1);
    return spfPane;
}

QWidget* MainWindow::createAuthPane() {
    m_auth = new AuthTagsModel(this);
    m_authTree = treeView(u"authTree"_s, tr("DMARC and DKIM records"), m_tabs);
    m_authTree->setModel(m_auth);
    m_authTree->setColumnWidth(AuthTagsModel::TagColumn, 260);
    m_authTree->setColumnWidth(AuthTagsModel::ValueColumn, 220);
    // The selector a sender signs with is often unguessable: the user can name it and check again.
    auto* authPane = new QWidget(m_tabs);
    m_dkimSelector = new QLineEdit(authPane);
    m_dkimSelector->setObjectName(u"dkimSelector"_s);
    m_dkimSelector->setPlaceholderText(tr("e.g. s1 or google (from the DKIM-Signature's s= tag)"));
    m_dkimSelector->setAccessibleName(tr("DKIM selector to check"));
    m_dkimSelector->setMaxLength(253);
    auto* selectorLabel = new QLabel(tr("DKIM se&lector:"), authPane);
    selectorLabel->setBuddy(m_dkimSelector);
    auto* checkSelector = new QPushButton(tr("Check a&gain"), authPane);
    checkSelector->setObjectName(u"checkSelector"_s);
    checkSelector->setToolTip(tr("Diagnose the input again, also looking for the DKIM key of this selector"));
    connect(checkSelector, &QPushButton::clicked, this, &MainWindow::diagnose);
    connect(m_dkimSelector, &QLineEdit::returnPressed, this, &MainWindow::diagnose);
    auto* selectorRow = new QHBoxLayout;
    selectorRow->addWidget(selectorLabel);
    selectorRow->addWidget(m_dkimSelector, 1);
    selectorRow->addWidget(checkSelector);
    auto* authLayout = new QVBoxLayout(authPane);
    authLayout->setContentsMargins(0, 0, 0, 0);
    authLayout->addLayout(selectorRow);
    authLayout->addWidget(m_authTree, 1);
    return authPane;
}

// The queries and answers as a table; each check's full result below it, as a tree.
QWidget* MainWindow::createRawPane() {
    auto* rawSplitter = new QSplitter(Qt::Vertical, m_tabs);
    rawSplitter->setObjectName(u"rawSplitter"_s);
    m_dnsQueries = new DnsQueryView(rawSplitter);
    m_raw = new JsonTreeModel(this);
    m_rawTree = treeView(u"rawEvidence"_s, tr("Raw evidence"), rawSplitter);
    m_rawTree->setModel(m_raw);
    m_rawTree->setColumnWidth(0, 260);
    rawSplitter->addWidget(m_dnsQueries);
    rawSplitter->addWidget(m_rawTree);
    rawSplitter->setStretchFactor(0, 3);
    rawSplitter->setStretchFactor(1, 1);
    rawSplitter->setChildrenCollapsible(false);
    return rawSplitter;
}

QTreeView* MainWindow::findingsTree(const QString& objectName, FindingsModel* model) {
    QTreeView* tree = treeView(objectName, tr("Findings: pass, warning or fail, and why"), m_tabs);
    tree->setModel(model);
    return tree;
}

QWidget* MainWindow::createStaleBanner(QWidget* parent) {
    auto* banner = new QFrame(parent);
    banner->setObjectName(u"staleBanner"_s);
    banner->setFrameShape(QFrame::StyledPanel);
    banner->setAutoFillBackground(true);
    QPalette palette = banner->palette();
    palette.setColor(QPalette::Window, palette.color(QPalette::ToolTipBase));
    palette.setColor(QPalette::WindowText, palette.color(QPalette::ToolTipText));
    banner->setPalette(palette);
    auto* icon = new QLabel(banner);
    const int side = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(side, side));
    auto* text = new QLabel(tr("Out of date: the input has changed since these results were made. "
                               "Press Diagnose (Ctrl+Return) to check what is in the box now."),
                            banner);
    text->setObjectName(u"staleText"_s);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    banner->setAccessibleName(text->text());
    auto* layout = new QHBoxLayout(banner);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(icon);
    layout->addWidget(text, 1);
    banner->hide();
    return banner;
}

void MainWindow::createHistoryDock() {
    auto* dock = new QDockWidget(tr("History"), this);
    dock->setObjectName(u"historyDock"_s);
    auto* pane = new QWidget(dock);
    m_historySearch = new QLineEdit(pane);
    m_historySearch->setObjectName(u"historySearch"_s);
    m_historySearch->setPlaceholderText(tr("Search history"));
    m_historySearch->setAccessibleName(tr("Search history"));
    m_historySearch->setClearButtonEnabled(true);
    m_historyModel = new HistoryModel(m_history, this);
    m_historyView = new QTableView(pane);
    m_historyView->setObjectName(u"historyView"_s);
    m_historyView->setAccessibleName(tr("Earlier runs"));
    m_historyView->setModel(m_historyModel);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->verticalHeader()->hide();
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    m_historyView->setWordWrap(false);
    auto* open = new QPushButton(tr("&Open"), pane);
    auto* rerun = new QPushButton(tr("Re-r&un"), pane);
    auto* remove = new QPushButton(tr("Dele&te"), pane);
    open->setObjectName(u"historyOpen"_s);
    rerun->setObjectName(u"historyRerun"_s);
    remove->setObjectName(u"historyDelete"_s);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(open);
    buttons->addWidget(rerun);
    buttons->addWidget(remove);
    auto* layout = new QVBoxLayout(pane);
    layout->addWidget(m_historySearch);
    layout->addWidget(m_historyView, 1);
    layout->addLayout(buttons);
    dock->setWidget(pane);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    resizeDocks({dock}, {380}, Qt::Horizontal);
    m_historyView->setColumnWidth(HistoryModel::WhenColumn, 120);
    m_historyView->setColumnWidth(HistoryModel::WhatColumn, 130);
    dock->hide();

    connect(m_historySearch, &QLineEdit::textChanged, m_historyModel, &HistoryModel::setSearch);
    connect(m_historyView, &QTableView::activated, this, &MainWindow::reopenSelectedHistory);
    connect(open, &QPushButton::clicked, this, &MainWindow::reopenSelectedHistory);
    connect(rerun, &QPushButton::clicked, this, &MainWindow::rerunSelectedHistory);
    connect(remove, &QPushButton::clicked, this, &MainWindow::deleteSelectedHistory);
    auto* deleteAction = new QAction(tr("Delete"), m_historyView);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_historyView->addAction(deleteAction);
    connect(deleteAction, &QAction::triggered, this, &MainWindow::deleteSelectedHistory);
}

void MainWindow::createActions() {
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* open = fileMenu->addAction(tr("&Open…"), this, &MainWindow::openFile);
    open->setShortcut(QKeySequence::Open);
    open->setObjectName(u"actionOpen"_s);
    QAction* openReports = fileMenu->addAction(tr("Open &Reports…"), this, [this] {
        showReports();
        m_reports->chooseFiles();
    });
    openReports->setObjectName(u"actionOpenReports"_s);
    m_exportAction = fileMenu->addAction(tr("&Export…"), this, &MainWindow::exportSession);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setObjectName(u"actionExport"_s);
    fileMenu->addSeparator();
    QAction* quit = fileMenu->addAction(tr("&Quit"), this, [this] {
        m_quitting = true;
        close();
    });
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(u"actionQuit"_s);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* editMenu = menuBar()->addMenu(tr("&Edit"));
    m_copyMarkdownAction =
        editMenu->addAction(tr("Copy Diagnosis as &Markdown"), this, &MainWindow::copyDiagnosisMarkdown);
    m_copyMarkdownAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyMarkdownAction->setObjectName(u"actionCopyMarkdown"_s);
    editMenu->addSeparator();
    QAction* settings = editMenu->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setShortcut(QKeySequence::Preferences);
    if (settings->shortcut().isEmpty())
        settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setObjectName(u"actionSettings"_s);
    settings->setMenuRole(QAction::PreferencesRole);

    QMenu* runMenu = menuBar()->addMenu(tr("&Run"));
    m_diagnoseAction = runMenu->addAction(tr("&Diagnose"), this, &MainWindow::diagnose);
    m_diagnoseAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_diagnoseAction->setObjectName(u"actionDiagnose"_s);
    m_diagnoseAction->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_cancelAction = runMenu->addAction(tr("&Cancel"), this, &MainWindow::cancel);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setObjectName(u"actionCancel"_s);
    m_cancelAction->setIcon(style()->standardIcon(QStyle::SP_MediaStop));

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    QAction* history = findChild<QDockWidget*>(u"historyDock"_s)->toggleViewAction();
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    history->setObjectName(u"actionHistory"_s);
    viewMenu->addAction(history);
    QAction* reportsWindow =
        viewMenu->addAction(tr("DMARC and TLS &Reports"), this, &MainWindow::showReports);
    reportsWindow->setObjectName(u"actionReports"_s);
    QAction* sndsWindow = viewMenu->addAction(tr("Microsoft &SNDS"), this, [this] {
        QString error;
        const auto options = AppSettings::load().runOptions(&error);
        auto* view = new SndsView(options.value_or(diagnosis::RunOptions()), this);
        view->setAttribute(Qt::WA_DeleteOnClose);
        view->open();
    });
    sndsWindow->setObjectName(u"actionSnds"_s);
    QAction* postmasterWindow = viewMenu->addAction(tr("Google &Postmaster Tools"), this, [this] {
        QString error;
        const AppSettings appSettings = AppSettings::load();
        const auto options = appSettings.runOptions(&error);
        auto* view = new PostmasterView(options.value_or(diagnosis::RunOptions()),
                                        appSettings.postmasterDomains, this);
        view->setAttribute(Qt::WA_DeleteOnClose);
        view->open();
    });
    postmasterWindow->setObjectName(u"actionPostmaster"_s);
    QAction* watchWindow = viewMenu->addAction(tr("&Watch"), this, &MainWindow::showWatch);
    watchWindow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    watchWindow->setObjectName(u"actionWatch"_s);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* about = helpMenu->addAction(tr("&About Rebound"), this, [this] {
        // What QMessageBox::about() shows (the application's icon), opened instead of exec()'d.
        QMessageBox* box =
            messageBox(QMessageBox::Information, tr("About Rebound"),
                       tr("Rebound %1\nFinds out why your mail bounced and what to do about it.")
                           .arg(QApplication::applicationVersion()));
        box->setObjectName(u"aboutBox"_s);
        const QIcon icon = box->windowIcon();
        box->setIconPixmap(icon.pixmap(icon.actualSize(QSize(64, 64))));
        box->open();
    });
    about->setMenuRole(QAction::AboutRole);
    about->setObjectName(u"actionAbout"_s);
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::updateActions() {
    const bool running = m_run->isRunning();
    const bool hasInput = !m_input->document()->isEmpty();
    m_diagnoseAction->setEnabled(!running && hasInput);
    m_diagnoseButton->setEnabled(!running && hasInput);
    m_cancelAction->setEnabled(running);
    m_cancelButton->setVisible(running);
    m_exportAction->setEnabled(!m_session.isEmpty() || (m_reports && m_reports->isLoaded()));
    m_copyMarkdownAction->setEnabled(!m_session[u"diagnosis"].toArray().isEmpty() || !m_session.isEmpty());
}

void MainWindow::updateStale() {
    if (m_session.isEmpty() && !m_run->isRunning()) {
        setStale(false);
        return;
    }
    // Lengths first: a 25 MB input is copied out of the document only when they are equal.
    const qsizetype length = m_input->document()->characterCount() - 1;
    setStale(length != m_sessionInput.size() || m_input->text() != m_sessionInput);
}

void MainWindow::setStale(bool stale) {
    if (stale == m_stale)
        return;
    m_stale = stale;
    m_staleBanner->setVisible(stale);
    setWindowTitle(stale ? tr("Rebound (results out of date)") : tr("Rebound"));
}

void MainWindow::setInputCollapsed(bool collapsed) {
    if (collapsed == m_inputCollapsed)
        return;
    m_inputCollapsed = collapsed;
    m_expandInput->setVisible(true);
    m_expandInput->setArrowType(collapsed ? Qt::DownArrow : Qt::UpArrow);
    m_expandInput->setText(collapsed ? tr("Show &whole input") : tr("Shrink &input"));
    const QList<int> sizes = m_mainSplitter->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    if (collapsed) {
        m_expandedInputHeight = sizes.value(0);
        // The document's top margin, one line, and nothing of the next.
        const int oneLine = m_input->fontMetrics().lineSpacing() + 2 * m_input->frameWidth()
                            + int(m_input->document()->documentMargin()) + 1;
        m_input->setFixedHeight(oneLine);
        m_input->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_input->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_input->moveCursor(QTextCursor::Start);
        m_input->ensureCursorVisible();
        m_mainSplitter->setSizes({m_inputPane->minimumSizeHint().height(), total});
    } else {
        m_input->setMinimumHeight(0);
        m_input->setMaximumHeight(QWIDGETSIZE_MAX);
        m_input->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
        m_input->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
        const int height = std::max(m_expandedInputHeight, 160);
        m_mainSplitter->setSizes({height, std::max(0, total - height)});
    }
}

void MainWindow::updateDetected() {
    updateStale();
    // A run read the whole input: its detection stands as long as its results match the input.
    if (m_run->isRunning() || (!m_session.isEmpty() && !m_stale))
        return;
    // Only the start of the document: a 25 MB paste must not be copied on every keystroke.
    // Whole lines only: a line cut in the middle would make a list of addresses look like prose.
    QString prefix;
    QTextBlock block = m_input->document()->begin();
    for (; block.isValid() && prefix.size() + block.length() <= kDetectPrefixChars; block = block.next())
        prefix += block.text() + u'\n';
    if (prefix.isEmpty() && block.isValid())
        prefix = block.text().left(kDetectPrefixChars);
    const bool partial = block.isValid();
    const diagnosis::DetectedInput detected = diagnosis::detectInput(prefix);
    if (detected.kind == diagnosis::InputKind::Empty)
        m_detected->clear();
    else if (partial)
        m_detected->setText(
            tr("Detected from the first %1 lines: %2").arg(block.blockNumber()).arg(detected.explanation));
    else
        m_detected->setText(tr("Detected: %1").arg(detected.explanation));
}

bool MainWindow::isRunning() const {
    return m_run->isRunning();
}

void MainWindow::diagnose() {
    if (m_run->isRunning())
        return;
    const QString text = m_input->text();
    if (text.trimmed().isEmpty()) {
        m_statusText->setText(tr("Nothing to diagnose: paste a bounce, an IP address or a domain first."));
        return;
    }
    QString error;
    auto options = AppSettings::load().runOptions(&error);
    if (!options) {
        messageBox(QMessageBox::Warning, tr("Settings"),
                   tr("The resolver list in Settings is not valid: %1").arg(error))
            ->open();
        return;
    }
    const QString selector = m_dkimSelector->text().trimmed();
    if (!selector.isEmpty()) {
        if (!isDkimSelector(selector)) {
            showProblem(tr("DKIM selector"),
                        tr("'%1' is not a DKIM selector.").arg(util::escapeControls(selector, 80)),
                        tr("A selector is one or more DNS labels: letters, digits, hyphens and underscores, "
                           "separated by dots (RFC 6376 3.1)."));
            return;
        }
        options->dkimSelectors.append(selector);
    }
    // What the watch remembers of the diagnosed targets (it keeps its tables in the history database),
    // once something is watched.
    if (!m_watch->entries().isEmpty())
        options->watchState = m_history->path();
    m_session = {};
    m_sessionInput = text;
    setStale(false);
    showSession({}, true);
    setInputCollapsed(true);
    m_statusText->setText(tr("Starting…"));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_run->start(text, *options);
    updateActions();
}

void MainWindow::cancel() {
    if (!m_run->isRunning())
        return;
    m_statusText->setText(tr("Cancelling; finished checks are kept…"));
    m_run->cancel();
}

void MainWindow::onSessionChanged() {
    showSession(m_run->session(), m_run->isRunning());
}

void MainWindow::onRunFinished() {
    m_session = m_run->session();
    showSession(m_session, false);
    showTopCauseTab(m_session[u"diagnosis"].toArray());
    saveToHistory(m_session, true);
    updateActions();
    if (m_runWhenIdle) {
        m_runWhenIdle = false;
        QTimer::singleShot(0, this, &MainWindow::diagnose);
    }
}

void MainWindow::showTopCauseTab(const QJsonArray& causes) {
    if (causes.isEmpty())
        return;
    const QJsonObject top = causes.first().toObject();
    const QString id = top[u"id"].toString();
    QWidget* bounceTab = nullptr;
    for (const QJsonValue& evidence : top[u"evidence"].toArray()) {
        using diagnosis::EvidenceSource;
        const EvidenceSource source = diagnosis::evidenceSourceFromName(evidence[u"source"].toString());
        QWidget* tab = nullptr;
        if (source == EvidenceSource::Blocklists || source == EvidenceSource::BlocklistRange)
            tab = m_blocklists;
        else if (source == EvidenceSource::Rdns)
            tab = m_reverseDns;
        else if (source == EvidenceSource::Smtp)
            tab = m_mailServers;
        else if (source == EvidenceSource::Domain)
            tab = id.contains(u"spf"_s) ? static_cast<QWidget*>(m_spfTree)
                  : id.contains(u"mx"_s) || id.contains(u"unreachable"_s)
                      ? static_cast<QWidget*>(m_mailServers)
                      : m_authTree;
        else if (source == EvidenceSource::Bounce)
            bounceTab = m_bounce;
        // The tab is the page that holds the view (a splitter with the findings above it).
        while (tab && m_tabs->indexOf(tab) < 0)
            tab = tab->parentWidget();
        if (tab) {
            m_tabs->setCurrentWidget(tab);
            return;
        }
    }
    if (bounceTab)
        m_tabs->setCurrentWidget(bounceTab);
}

void MainWindow::saveToHistory(const QJsonObject& session, bool finished) {
    m_history->saveInBackground(session, finished);
}

void MainWindow::updateProgress(bool running) {
    const int total = m_checks->rowCount();
    const int finished = m_checks->finishedCount();
    if (!running) {
        m_progress->hide();
        if (m_session.isEmpty())
            m_statusText->setText(tr("Ready"));
        else if (m_session[u"cancelled"].toBool())
            m_statusText->setText(tr("Cancelled: %1 of %n check(s) finished.", nullptr, total).arg(finished));
        else
            m_statusText->setText(tr("Finished: %n check(s).", nullptr, total));
        return;
    }
    m_progress->show();
    if (total == 0) {
        m_progress->setRange(0, 0);
        m_statusText->setText(tr("Reading the input…"));
        return;
    }
    m_progress->setRange(0, total);
    m_progress->setValue(finished);
    m_statusText->setText(tr("Running checks: %1 of %2 finished. Esc cancels.").arg(finished).arg(total));
}

void MainWindow::showSession(const QJsonObject& session, bool running) {
    m_session = session;
    const QJsonArray causes = session[u"diagnosis"].toArray();
    m_checks->setChecks(session[u"checks"].toArray());
    m_diagnosis->setDiagnosis(causes, diagnosis::parseVerdict(session[u"verdict"].toString()), running);
    if (!session.isEmpty() && !running) {
        const QString explanation = session[u"detected_explanation"].toString();
        if (!explanation.isEmpty())
            m_detected->setText(tr("Detected: %1").arg(explanation));
    }
    m_bounce->setBounce(session[u"bounce"].toObject(), causes,
                        session[u"bounce"].toObject().isEmpty() ? QString() : session[u"input"].toString());
    m_blocklists->setChecks(checksWithId(session, u"blocklists"_s));
    m_blocklists->setSndsChecks(checksWithId(session, u"snds"_s));
    m_message->setChecks(checksWithId(session, u"message"_s)); // a pasted message, or a bounce's copy
    m_tabs->setTabVisible(m_tabs->indexOf(m_message), m_message->hasMessage());
    m_openInReports->setVisible(!checksWithId(session, u"reports"_s).isEmpty());
    m_reverseDns->setPlainText(report::reverseDnsText(session));

    const QJsonObject domain = firstResult(session, u"domain"_s);
    const QJsonObject spf = domain[u"spf"].toObject();
    if (spf.isEmpty()) {
        m_spfSummary->setText(domain.isEmpty()
                                  ? tr("Not checked: SPF is checked for a domain, or for the sender's "
                                       "domain found in a bounce.")
                                  : tr("No SPF record found."));
    } else {
        // One arg() for all: a %3 in the record is not a place for the count.
        const auth::SpfRequest limits;
        m_spfSummary->setText(
            tr("Record: %1\nResult: %2 · DNS lookups: %3 of %4 · void lookups: %5 of %6")
                .arg(util::escapeControls(spf[u"record"].toString(tr("none")), 2000),
                     spf[u"result"].toString(spf[u"unlisted_host_result"].toString(tr("not evaluated"))),
                     QString::number(spf[u"lookups"].toInt()), QString::number(limits.maxLookups),
                     QString::number(spf[u"void_lookups"].toInt()), QString::number(limits.maxVoidLookups)));
    }
    const QList<QJsonObject> domainChecks = checksWithId(session, u"domain"_s);
    const QJsonArray domainFindings = findingsOf(domainChecks);
    m_spfFindings->setRows(TabFindings::spfRows(domain), domainFindings, {u"spf."_s});
    m_authFindings->setRows(TabFindings::dmarcDkimRows(domain) + TabFindings::bimiRows(domain),
                            domainFindings, {u"dmarc."_s, u"dkim."_s, u"bimi."_s});
    const QList<QJsonObject> mtaStsChecks = checksWithId(session, u"mta_sts"_s);
    m_mailFindings->setRows(TabFindings::mailServerRows(domain) + TabFindings::mtaStsRows(domain)
                                + TabFindings::mtaStsRows(firstResult(session, u"mta_sts"_s)),
                            findingsOf(domainChecks + checksWithId(session, u"smtp"_s) + mtaStsChecks
                                       + checksWithId(session, u"mailbox"_s)),
                            {u"mx."_s, u"smtp."_s, u"mta_sts."_s});
    m_rdnsFindings->setRows(TabFindings::reverseDnsRows(firstResult(session, u"blocklists"_s)),
                            findingsOf(checksWithId(session, u"blocklists"_s)), {u"rdns."_s});
    m_spf->setSpf(spf);
    m_spfTree->expandAll();
    m_auth->setDomainResult(domain);
    m_authTree->expandAll();
    m_mailServers->setPlainText(report::mailServersText(session));

    // The raw tree is rebuilt only when the run is over: it is for reading, not for watching.
    if (!running) {
        QList<QPair<QString, QJsonValue>> roots;
        for (const QJsonValue& check : session[u"checks"].toArray())
            roots.append({check[u"title"].toString(check[u"id"].toString()), check[u"result"]});
        if (!session[u"bounce"].toObject().isEmpty())
            roots.append({tr("Bounce analysis"), session[u"bounce"]});
        m_raw->setRoots(roots);
        m_dnsQueries->setSessionLog(session[u"dns_queries"].toObject());
    }
    updateProgress(running);
    updateActions();
}

void MainWindow::openFile() {
    auto* dialog = new QFileDialog(this, tr("Open a bounce or a saved session"),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                   tr("Mail and text (*.eml *.txt *.mbox *.log *.msg);;Rebound sessions "
                                      "and reports (*.json *.pdf);;All files (*)"));
    dialog->setObjectName(u"openDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        if (!path.isEmpty())
            openPath(path);
    });
    dialog->open();
}

void MainWindow::openPath(const QString& path) {
    if (reports::looksLikeReportPath(path)) {
        openReports({path});
        return;
    }
    if (!report::isSessionFileName(path)) {
        m_input->loadFile(path);
        return;
    }
    // A session saved by File > Export (JSON) or attached to a Rebound PDF report: shown as it was.
    QString error;
    const auto session = m_run->isRunning() ? std::nullopt : report::sessionFromFile(path, &error);
    if (!session) {
        showProblem(tr("Open"), tr("Could not open %1").arg(path),
                    m_run->isRunning() ? tr("A diagnosis is running.") : error);
        return;
    }
    showSavedSession(*session, tr("Showing the session saved in %1.").arg(path));
}

void MainWindow::showSavedSession(const QJsonObject& session, const QString& status) {
    {
        const QSignalBlocker blocker(m_input);
        m_input->setPlainText(session[u"input"].toString());
    }
    m_sessionInput = session[u"input"].toString();
    setStale(false);
    showSession(session, false);
    setInputCollapsed(true);
    showTopCauseTab(session[u"diagnosis"].toArray());
    m_statusText->setText(status);
}

QMessageBox* MainWindow::messageBox(QMessageBox::Icon icon, const QString& title, const QString& text) {
    auto* box = new QMessageBox(icon, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    return box;
}

WatchView* MainWindow::showWatch() {
    if (!m_watchView) {
        m_watchView = new WatchView(m_watch, this);
        m_watchView->setWindowFlag(Qt::Window);
        m_watchView->setWindowTitle(tr("Watch — Rebound"));
        m_watchView->resize(900, 600);
    }
    m_watchView->show();
    m_watchView->raise();
    return m_watchView;
}

void MainWindow::ensureTrayIcon() {
    if (m_tray || !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(windowIcon(), this);
    m_tray->setToolTip(tr("Rebound is watching"));
    auto* menu = new QMenu(this);
    menu->addAction(tr("&Show Rebound"), this, [this] {
        show();
        raise();
        activateWindow();
    });
    menu->addAction(tr("Show &Watch"), this, &MainWindow::showWatch);
    menu->addSeparator();
    menu->addAction(tr("&Quit"), this, [this] {
        m_quitting = true;
        close();
    });
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick) {
            show();
            raise();
            activateWindow();
        }
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &MainWindow::showWatch);
    m_tray->show();
}

void MainWindow::onWatchPassFinished(const QList<watch::Change>& changes, const QString& error) {
    if (!error.isEmpty()) {
        m_statusText->setText(tr("Watch: %1").arg(error));
        return;
    }
    const QString text = watchNotificationText(changes);
    if (text.isEmpty())
        return;
    m_statusText->setText(tr("Watch: %n change(s). View > Watch shows them.", nullptr, int(changes.size())));
    if (!QSystemTrayIcon::isSystemTrayAvailable() || !QSystemTrayIcon::supportsMessages())
        return;
    ensureTrayIcon();
    m_tray->showMessage(tr("Rebound watch"), text, QSystemTrayIcon::Information);
}

ReportsView* MainWindow::showReports() {
    if (!m_reports) {
        m_reports = new ReportsView(this);
        m_reports->setWindowFlag(Qt::Window);
        m_reports->setWindowTitle(tr("DMARC and TLS reports — Rebound"));
        m_reports->resize(1000, 720);
        // A source's IP health check is the main window's diagnosis of that IP.
        connect(m_reports, &ReportsView::checkIpRequested, this, [this](const QString& ip) {
            if (m_run->isRunning())
                return;
            m_input->setPlainText(ip);
            diagnose();
            raise();
            activateWindow();
        });
        connect(m_reports, &ReportsView::loaded, this, &MainWindow::updateActions);
    }
    m_reports->show();
    m_reports->raise();
    return m_reports;
}

void MainWindow::openReports(const QStringList& paths) {
    showReports()->openPaths(paths);
}

void MainWindow::showProblem(const QString& title, const QString& text, const QString& detail) {
    QMessageBox* box = messageBox(QMessageBox::Warning, title, text);
    box->setObjectName(u"problemBox"_s);
    box->setInformativeText(detail);
    box->open();
    m_statusText->setText(text + u' ' + detail);
}

void MainWindow::exportSession() {
    if (m_session.isEmpty() && !(m_reports && m_reports->isLoaded()))
        return;
    QJsonObject session = m_session;
    if (m_reports && m_reports->isLoaded())
        session.insert(u"reports"_s, m_reports->summaryJson());
    auto* dialog = new ExportDialog(session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_statusText->setText(tr("Exported to %1").arg(dialog->path())); });
    dialog->open();
}

void MainWindow::copyDiagnosisMarkdown() {
    if (m_session.isEmpty())
        return;
    // The same Markdown as the exports, personal data masked: it ends up in a ticket too.
    QApplication::clipboard()->setText(report::diagnosisMarkdown(m_session, report::ReportOptions()));
    m_statusText->setText(tr("Diagnosis copied as Markdown (personal data masked)."));
}

void MainWindow::showSettings() {
    auto* dialog = new SettingsDialog(AppSettings::load(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QString MainWindow::selectedHistoryId() const {
    const QModelIndex current = m_historyView->currentIndex();
    return current.isValid() ? current.data(HistoryModel::IdRole).toString() : QString();
}

// The stored session is read and decoded on the history's thread (a big one takes a while); a run
// started meanwhile wins.
void MainWindow::reopenSelectedHistory() {
    const QString id = selectedHistoryId();
    if (id.isEmpty() || m_run->isRunning())
        return;
    m_history->loadInBackground(id, this, [this](const HistoryRun& run) {
        if (m_run->isRunning())
            return;
        if (!run.session) {
            m_statusText->setText(tr("Could not open that run: %1").arg(run.error));
            return;
        }
        showSavedSession(*run.session,
                         tr("Showing the run of %1.").arg((*run.session)[u"started_utc"].toString()));
    });
}

void MainWindow::rerunSelectedHistory() {
    const QString id = selectedHistoryId();
    if (id.isEmpty() || m_run->isRunning())
        return;
    m_history->loadInBackground(id, this, [this](const HistoryRun& run) {
        if (!run.session || m_run->isRunning())
            return;
        m_input->setPlainText((*run.session)[u"input"].toString());
        diagnose();
    });
}

void MainWindow::deleteSelectedHistory() {
    const QString id = selectedHistoryId();
    if (id.isEmpty())
        return;
    if (!m_history->remove(id))
        m_statusText->setText(tr("Could not delete: %1").arg(m_history->lastError()));
}

QSize MainWindow::minimumWindowSize() {
    return {800, 540};
}

QSize MainWindow::initialSize(const QRect& available) {
    const QSize room = available.size() - QSize(kFrameAllowance, kTitleAllowance);
    return room.boundedTo(kLargestInitialSize).expandedTo(minimumWindowSize().boundedTo(room));
}

QRect MainWindow::clampedToScreen(const QRect& frame, const QRect& available) {
    QRect clamped(frame.topLeft(), frame.size().boundedTo(available.size()));
    clamped.moveLeft(std::clamp(clamped.left(), available.left(), available.right() - clamped.width() + 1));
    clamped.moveTop(std::clamp(clamped.top(), available.top(), available.bottom() - clamped.height() + 1));
    return clamped;
}

void MainWindow::fitToScreen() {
    const QScreen* screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    // A screen smaller than the minimum wins: the window must still fit on it.
    setMinimumSize(minimumWindowSize().boundedTo(available.size()));
    if (isMaximized() || isFullScreen())
        return;
    // The frame around the geometry is unknown before the window is shown: leave room for it.
    const QRect room = available.adjusted(0, kTitleAllowance / 2, -kFrameAllowance, -kTitleAllowance / 2);
    setGeometry(clampedToScreen(geometry(), room));
}

void MainWindow::restoreWindowSettings() {
    QSettings settings;
    if (!restoreGeometry(settings.value(u"mainWindow/geometry"_s).toByteArray())) {
        const QScreen* screen = QGuiApplication::primaryScreen();
        const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1280, 820);
        resize(initialSize(available));
        move(available.center() - rect().center());
        if (available.width() < kRoomyScreen.width() || available.height() < kRoomyScreen.height())
            setWindowState(windowState() | Qt::WindowMaximized);
    }
    fitToScreen();
    QMainWindow::restoreState(settings.value(u"mainWindow/state"_s).toByteArray());
    m_mainSplitter->restoreState(settings.value(u"mainWindow/mainSplitter"_s).toByteArray());
    m_resultsSplitter->restoreState(settings.value(u"mainWindow/resultsSplitter"_s).toByteArray());
    m_answerSplitter->restoreState(settings.value(u"mainWindow/answerSplitter"_s).toByteArray());
    m_blocklists->restoreHeaderState(settings.value(u"mainWindow/blocklistHeader"_s).toByteArray());
    m_historyView->horizontalHeader()->restoreState(
        settings.value(u"mainWindow/historyHeader"_s).toByteArray());
}

void MainWindow::saveWindowSettings() {
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_s, saveGeometry());
    settings.setValue(u"mainWindow/state"_s, QMainWindow::saveState());
    settings.setValue(u"mainWindow/mainSplitter"_s, m_mainSplitter->saveState());
    settings.setValue(u"mainWindow/resultsSplitter"_s, m_resultsSplitter->saveState());
    settings.setValue(u"mainWindow/answerSplitter"_s, m_answerSplitter->saveState());
    settings.setValue(u"mainWindow/blocklistHeader"_s, m_blocklists->headerState());
    settings.setValue(u"mainWindow/historyHeader"_s, m_historyView->horizontalHeader()->saveState());
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event) {
    // Clicking or tabbing into the one-line input is the demand to see all of it.
    if (watched == m_input && event->type() == QEvent::FocusIn && m_inputCollapsed) {
        const Qt::FocusReason reason = static_cast<QFocusEvent*>(event)->reason();
        if (reason == Qt::MouseFocusReason || reason == Qt::TabFocusReason
            || reason == Qt::BacktabFocusReason)
            setInputCollapsed(false);
    }
    if (watched == qApp && event->type() == QEvent::FileOpen) {
        const QString path = static_cast<QFileOpenEvent*>(event)->file();
        if (!path.isEmpty()) {
            openPath(path);
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    // Keep watching from the tray when the user chose so and there is a tray (never offscreen or on a
    // desktop without one: then closing quits as always).
    if (!m_quitting
        && hidesToTray(AppSettings::loadWatchInTray(), QSystemTrayIcon::isSystemTrayAvailable(),
                       !m_watch->entries().isEmpty())) {
        ensureTrayIcon();
        saveWindowSettings();
        if (m_watchView)
            m_watchView->hide();
        hide();
        event->ignore();
        return;
    }
    if (m_run->isRunning()) {
        m_run->cancel(); // finished() saves what completed
    }
    saveWindowSettings();
    m_history->waitForSaves();
    event->accept();
}

} // namespace rebound::ui
