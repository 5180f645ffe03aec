// The sources of the loaded DMARC aggregate reports as a table: one row per domain and source IP.
#pragma once

#include "core/reports/reportsanalysis.h"

#include <QAbstractTableModel>

namespace rebound::ui {

class ReportsSourceModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsSourceModel)

public:
    enum Column {
        DomainColumn,
        IpColumn,
        WhoColumn,
        MessagesColumn,
        PassRateColumn,
        SpfColumn,
        DkimColumn,
        DispositionColumn,
        ReportersColumn,
        VerdictColumn,
        ColumnCount
    };
    enum Role { IpRole = Qt::UserRole + 1, SortRole };

    explicit ReportsSourceModel(QObject* parent = nullptr);

    void setSummary(const reports::ReportsSummary& summary);
    const reports::SourceSummary* source(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString whoText(const reports::SourceSummary& source);
    static QString verdictText(reports::SourceVerdict verdict);

private:
    QList<reports::SourceSummary> m_sources;
};

} // namespace rebound::ui
