// The Watch window's timeline: the changes of one watched target (every address of a range), newest
// first.
#pragma once

#include "core/watch/watchtypes.h"

#include <QAbstractTableModel>

namespace rebound::watch {
class WatchStore;
}

namespace rebound::ui {

class WatchTimelineModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchTimelineModel)

public:
    enum Column { WhenColumn, ChangeColumn, WhatColumn, DetailColumn, ColumnCount };
    static constexpr int maxChanges = 2000;

    explicit WatchTimelineModel(QObject* parent = nullptr);

    void load(const QStringList& subjects, const watch::WatchStore& store);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<watch::Change> m_changes;
};

} // namespace rebound::ui
