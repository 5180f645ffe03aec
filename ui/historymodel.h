// The history list: one row per saved run, newest first, filtered by a search text.
#pragma once

#include "ui/historystore.h"

#include <QAbstractTableModel>

namespace rebound::ui {

class HistoryModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    enum Column { WhenColumn, WhatColumn, ResultColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit HistoryModel(HistoryStore* store, QObject* parent = nullptr);

    void setSearch(const QString& search);
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    HistoryStore* m_store;
    QString m_search;
    QList<HistoryEntry> m_entries;
};

} // namespace rebound::ui
