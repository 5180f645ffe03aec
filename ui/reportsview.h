// The Reports window: DMARC aggregate and TLS reports dropped or opened (files, folders, zip, gzip,
// mail), read in the background; a chart of volume and DMARC pass rate per day, the table of sources
// (a source's IP health check from its context menu), the findings and the files that were not read.
#pragma once

#include "core/reports/reportsanalysis.h"
#include "core/reports/reporttypes.h"

#include <QJsonObject>
#include <QWidget>

#include <functional>

class QChartView;
class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTreeView;

namespace rebound::reports {
class SourceChecker;
}
namespace rebound::dns {
class Resolver;
}

namespace rebound::ui {

class FindingsModel;
class ReportsSourceModel;

class ReportsView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsView)

public:
    explicit ReportsView(QWidget* parent = nullptr);
    ~ReportsView() override;

    // Reads the files and folders in the background (a second call while reading waits its turn).
    void openPaths(const QStringList& paths);
    // The same for one input's bytes (a report pasted or diagnosed in the main window), named for errors.
    void openBytes(const QString& name, const QByteArray& bytes);
    void chooseFiles();
    void chooseFolder();

    bool isLoaded() const { return !m_set.isEmpty(); }
    bool isBusy() const { return m_busy; }
    const reports::ReportSet& reportSet() const { return m_set; }
    const reports::ReportsSummary& summary() const { return m_summary; }
    // The "summary" object of `rebound-cli reports --json`, for the report export.
    QJsonObject summaryJson() const;
    QTableView* sourceTable() const { return m_table; }
    QChartView* chartView() const { return m_chart; }

signals:
    // The user asked for the IP health check of a source.
    void checkIpRequested(const QString& ip);
    void loaded();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    struct PendingRead {
        QString status; // shown while it reads
        std::function<reports::ReportSet()> read;
    };
    void enqueue(PendingRead read);
    void readNext();
    void display(reports::ReportSet set, const reports::LiveFacts& live);
    void startLiveChecks();
    void updateChart();
    void showContextMenu(const QPoint& pos);
    QString selectedIp() const;

    reports::ReportSet m_set;
    reports::ReportsSummary m_summary;
    QList<PendingRead> m_queued;
    bool m_busy = false;

    QPushButton* m_openFiles = nullptr;
    QPushButton* m_openFolder = nullptr;
    QCheckBox* m_live = nullptr;
    QLabel* m_status = nullptr;
    QChartView* m_chart = nullptr;
    QTableView* m_table = nullptr;
    ReportsSourceModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTreeView* m_findingsView = nullptr;
    FindingsModel* m_findings = nullptr;
    QPlainTextEdit* m_errors = nullptr;
    dns::Resolver* m_resolver = nullptr;
    reports::SourceChecker* m_checker = nullptr;
};

} // namespace rebound::ui
