// The Raw DNS evidence table: every query of the run with its answer, sortable and filterable by name,
// with a line saying how many there were and whether the log was cut.
#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace rebound::ui {

class DnsQueryModel;

class DnsQueryView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DnsQueryView)

public:
    explicit DnsQueryView(QWidget* parent = nullptr);

    // The session's "dns_queries" object (empty: no query was sent). It is read on a worker, so a log
    // of thousands of queries does not stall the window; loaded() is emitted when the rows are in.
    void setSessionLog(const QJsonObject& dnsQueries);

    DnsQueryModel* model() const { return m_model; }
    QSortFilterProxyModel* filterModel() const { return m_filter; }
    QTableView* table() const { return m_table; }

signals:
    void loaded();

private:
    void updateSummary();

    DnsQueryModel* m_model = nullptr;
    QSortFilterProxyModel* m_filter = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_summary = nullptr;
    int m_generation = 0; // a newer session's log wins over an older one still being read
};

} // namespace rebound::ui
