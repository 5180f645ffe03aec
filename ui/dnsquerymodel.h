// The run's DNS queries as a table: one row per query, in the order they ended.
#pragma once

#include "core/dns/querylog.h"

#include <QAbstractTableModel>

namespace rebound::ui {

class DnsQueryModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DnsQueryModel)

public:
    enum Column {
        NameColumn,
        TypeColumn,
        ServerColumn,
        OutcomeColumn,
        TtlColumn,
        DataColumn,
        TimeColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // numbers for TTL and time, text otherwise
        OutcomeRole,                 // the JSON outcome name ("nxdomain")
    };

    explicit DnsQueryModel(QObject* parent = nullptr);

    void setLog(const dns::QueryLog& log);
    const dns::QueryLog& log() const { return m_log; }

    // "No such name (NXDOMAIN)": the outcome in words, with the DNS term a technician searches for.
    static QString outcomeText(dns::Outcome outcome);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    dns::QueryLog m_log;
};

} // namespace rebound::ui
