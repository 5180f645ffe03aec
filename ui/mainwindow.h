// ui owns the Widgets front end: the main window, its views and models, settings and history.
// The main window: input on top, the checks streaming on the left, the diagnosis cards above the
// detail tabs on the right, history in a dock. Every view is fed from the session JSON.
#pragma once

#include "core/watch/watchtypes.h"
#include "ui/historystore.h"

#include <QJsonObject>
#include <QList>
#include <QMainWindow>
#include <QMessageBox>
#include <QTimer>

class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QSystemTrayIcon;
class QTabWidget;
class QToolButton;
class QTableView;
class QTreeView;

namespace rebound::ui {

class AuthTagsModel;
class BlocklistView;
class BounceView;
class MessageView;
class CheckListModel;
class DiagnosisView;
class FindingsModel;
class HistoryModel;
class HistoryStore;
class InputEdit;
class DnsQueryView;
class JsonTreeModel;
class ReportsView;
class RunController;
class WatchController;
class WatchView;
class SpfTreeModel;

class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // historyPath: the history database; empty means AppDataLocation/history.sqlite.
    explicit MainWindow(QWidget* parent = nullptr, const QString& historyPath = {});
    ~MainWindow() override;

    // Shows a stored or finished session in every view (history reopen, screenshots).
    void showSession(const QJsonObject& session, bool running = false);
    QJsonObject session() const { return m_session; }
    bool isRunning() const;
    // The results shown were made from another input than the one in the box.
    bool isStale() const { return m_stale; }
    bool isInputCollapsed() const { return m_inputCollapsed; }
    HistoryStore* history() const { return m_history; }

    // The size a window starts with on a screen with this available geometry, and where restored
    // geometry goes so that the whole window, title bar to status bar, is on that screen.
    static QSize initialSize(const QRect& available);
    static QRect clampedToScreen(const QRect& frame, const QRect& available);
    // The smallest window every control fits in (from a 1024x700 screen up).
    static QSize minimumWindowSize();

public slots:
    void diagnose();
    void cancel();
    void openFile();
    // A bounce or log file goes into the input box; a session JSON or a Rebound PDF is shown as saved.
    void openPath(const QString& path);
    void exportSession();
    // A warning that does not block: the file or paste that was refused, and why.
    void showProblem(const QString& title, const QString& text, const QString& detail);
    void copyDiagnosisMarkdown();
    void showSettings();
    void reopenSelectedHistory();
    void rerunSelectedHistory();
    void deleteSelectedHistory();
    // The DMARC and TLS reports window (created on first use), shown.
    ReportsView* showReports();
    void openReports(const QStringList& paths);
    // The Watch window (created on first use), shown; the watch itself runs from the start.
    WatchView* showWatch();
    WatchController* watch() const { return m_watch; }
    // The system tray icon while the window is hidden to it or has notified (nullptr before).
    QSystemTrayIcon* trayIcon() const { return m_tray; }

protected:
    void closeEvent(QCloseEvent* event) override;
    // macOS opens a double-clicked .eml in a running app with a QFileOpenEvent to the application.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // The session is encoded on a worker (a big one takes a third of a second) and written here, in
    // the order the saves were asked for. wait: block until all are written (closing).
    void saveToHistory(const QJsonObject& session, bool finished);
    void createActions();
    QWidget* createInputPane();
    QWidget* createResultsPane();
    QWidget* createChecksPane(QWidget* parent);
    void createDetailTabs(QWidget* parent);
    QWidget* createSpfPane();
    QWidget* createAuthPane();
    QWidget* createRawPane();
    QWidget* createStaleBanner(QWidget* parent);
    QTreeView* findingsTree(const QString& objectName, FindingsModel* model);
    void createHistoryDock();
    // Geometry, dock and splitter positions, header states in QSettings (not QMainWindow's
    // saveState/restoreState, which these call).
    void restoreWindowSettings();
    void saveWindowSettings();
    void updateDetected();
    void onSessionChanged();
    void onRunFinished();
    void updateProgress(bool running);
    void updateActions();
    void updateStale();
    void setStale(bool stale);
    void setInputCollapsed(bool collapsed);
    void fitToScreen();
    // The tab holding the evidence of the top cause of a finished run.
    void showTopCauseTab(const QJsonArray& causes);
    // A saved session (a file, the history) in every view, its input in the box; status: what it is.
    void showSavedSession(const QJsonObject& session, const QString& status);
    // A plain-text message box that deletes itself when closed, to be open()ed: window-modal, so the
    // event loop (and a running diagnosis) goes on, unlike exec().
    QMessageBox* messageBox(QMessageBox::Icon icon, const QString& title, const QString& text);
    QString selectedHistoryId() const;
    // The changes of a watch pass: in the status bar, and as a desktop notification through the tray.
    void onWatchPassFinished(const QList<watch::Change>& changes, const QString& error);
    void ensureTrayIcon();

    RunController* m_run = nullptr;
    HistoryStore* m_history = nullptr;
    QJsonObject m_session;
    QTimer m_detectTimer;
    QString m_sessionInput; // the input the results shown were made from
    bool m_stale = false;
    bool m_inputCollapsed = false;
    bool m_runWhenIdle = false; // a file was opened during a run: run it once the run has stopped
    int m_expandedInputHeight = 0;

    InputEdit* m_input = nullptr;
    QWidget* m_inputPane = nullptr;
    QToolButton* m_expandInput = nullptr;
    QWidget* m_staleBanner = nullptr;
    QLabel* m_detected = nullptr;
    QPushButton* m_diagnoseButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_openInReports = nullptr; // shown when the input was a DMARC or TLS report
    QSplitter* m_mainSplitter = nullptr;
    QSplitter* m_resultsSplitter = nullptr;
    QSplitter* m_answerSplitter = nullptr;
    QListView* m_checkList = nullptr;
    CheckListModel* m_checks = nullptr;
    DiagnosisView* m_diagnosis = nullptr;
    QTabWidget* m_tabs = nullptr;
    BounceView* m_bounce = nullptr;
    MessageView* m_message = nullptr;
    ReportsView* m_reports = nullptr; // a window of its own
    WatchController* m_watch = nullptr;
    WatchView* m_watchView = nullptr; // a window of its own
    QSystemTrayIcon* m_tray = nullptr;
    bool m_quitting = false; // File > Quit or the tray's Quit: close really quits
    BlocklistView* m_blocklists = nullptr;
    QPlainTextEdit* m_reverseDns = nullptr;
    FindingsModel* m_rdnsFindings = nullptr;
    FindingsModel* m_spfFindings = nullptr;
    FindingsModel* m_authFindings = nullptr;
    FindingsModel* m_mailFindings = nullptr;
    QTreeView* m_spfTree = nullptr;
    SpfTreeModel* m_spf = nullptr;
    QLabel* m_spfSummary = nullptr;
    QTreeView* m_authTree = nullptr;
    AuthTagsModel* m_auth = nullptr;
    QLineEdit* m_dkimSelector = nullptr;
    QPlainTextEdit* m_mailServers = nullptr;
    DnsQueryView* m_dnsQueries = nullptr;
    QTreeView* m_rawTree = nullptr;
    JsonTreeModel* m_raw = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_statusText = nullptr;
    QLabel* m_fileNote = nullptr; // the file opened and how it was read

    QLineEdit* m_historySearch = nullptr;
    QTableView* m_historyView = nullptr;
    HistoryModel* m_historyModel = nullptr;

    QAction* m_diagnoseAction = nullptr;
    QAction* m_cancelAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_copyMarkdownAction = nullptr;
};

} // namespace rebound::ui
