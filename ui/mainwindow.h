// ui owns the Widgets front end: the main window, its views and models, settings and history.
// The main window: input on top, the checks streaming on the left, the diagnosis cards above the
// detail tabs on the right, history in a dock. Every view is fed from the session JSON.
#pragma once

#include "ui/historystore.h"

#include <QJsonObject>
#include <QList>
#include <QMainWindow>
#include <QTimer>

class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QTreeView;

namespace rebound::ui {

class AuthTagsModel;
class BlocklistView;
class BounceView;
class CheckListModel;
class DiagnosisView;
class HistoryModel;
class HistoryStore;
class InputEdit;
class JsonTreeModel;
class RunController;
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
    HistoryStore* history() const { return m_history; }

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
    void createHistoryDock();
    void restoreState();
    void saveState();
    void updateDetected();
    void onSessionChanged();
    void onRunFinished();
    void updateProgress(bool running);
    void updateActions();
    QString selectedHistoryId() const;

    RunController* m_run = nullptr;
    HistoryStore* m_history = nullptr;
    QJsonObject m_session;
    QTimer m_detectTimer;

    InputEdit* m_input = nullptr;
    QLabel* m_detected = nullptr;
    QPushButton* m_diagnoseButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QSplitter* m_mainSplitter = nullptr;
    QSplitter* m_resultsSplitter = nullptr;
    QSplitter* m_answerSplitter = nullptr;
    QListView* m_checkList = nullptr;
    CheckListModel* m_checks = nullptr;
    DiagnosisView* m_diagnosis = nullptr;
    QTabWidget* m_tabs = nullptr;
    BounceView* m_bounce = nullptr;
    BlocklistView* m_blocklists = nullptr;
    QPlainTextEdit* m_reverseDns = nullptr;
    QTreeView* m_spfTree = nullptr;
    SpfTreeModel* m_spf = nullptr;
    QLabel* m_spfSummary = nullptr;
    QTreeView* m_authTree = nullptr;
    AuthTagsModel* m_auth = nullptr;
    QPlainTextEdit* m_mailServers = nullptr;
    QTreeView* m_rawTree = nullptr;
    JsonTreeModel* m_raw = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_statusText = nullptr;

    QLineEdit* m_historySearch = nullptr;
    QTableView* m_historyView = nullptr;
    HistoryModel* m_historyModel = nullptr;

    QAction* m_diagnoseAction = nullptr;
    QAction* m_cancelAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_copyMarkdownAction = nullptr;
};

} // namespace rebound::ui
