// The Watch window's table: one row per watched target, its worst current state, its last change and
// when it is checked next. Read from core/watch's store after each pass.
#pragma once

#include "core/watch/watchlist.h"
#include "core/watch/watchtypes.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace rebound::watch {
class WatchStore;
}

namespace rebound::ui {

class WatchTargetsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchTargetsModel)

public:
    enum Column { TargetColumn, StateColumn, LastChangeColumn, LastRunColumn, ColumnCount };
    static constexpr int LineRole = Qt::UserRole + 1; // the stored line ("203.0.113.0/24 21600")

    explicit WatchTargetsModel(QObject* parent = nullptr);

    // Reloads the rows from the watch list lines and the store.
    void refresh(const QStringList& lines, const watch::WatchStore& store);
    // The addresses or domain of a row (what its states and changes are kept under).
    QStringList subjects(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString line;
        watch::WatchTarget target;
        std::optional<watch::CheckState> worst; // nullopt: not checked yet
        int worstCount = 0;                     // how many checks are in that state
        QString worstWhere;                     // its zone (a list, an MX host) or check
        QDateTime worstSince;                   // since when (the oldest, when several)
        std::optional<watch::Change> lastChange;
        QDateTime lastRun;
    };
    QList<Row> m_rows;
};

} // namespace rebound::ui
