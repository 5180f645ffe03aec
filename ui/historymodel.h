// The history list: one row per saved run, newest first, filtered by a search text. The rows are
// queried on the store's thread: the model is empty until they arrive (loaded()), and a newer
// search or change replaces an answer still on its way.
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
    // Asks the store for the rows again; they replace the model's when they arrive.
    void reload();
    // A reload was asked for and its rows have not arrived yet.
    bool isLoading() const { return m_loading; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // The rows of the latest reload are in the model.
    void loaded();

private:
    HistoryStore* m_store;
    QString m_search;
    quint64 m_request = 0; // the latest reload: an older answer is dropped
    bool m_loading = false;
    QList<HistoryEntry> m_entries;
};

} // namespace rebound::ui
