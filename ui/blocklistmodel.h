// The blocklist answers of one IP (the "blocklists" array of the blocklists check) as a table.
// Sorting and filtering happen in BlocklistFilterModel on the raw values this model exposes.
#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>

namespace rebound::ui {

class BlocklistModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BlocklistModel)

public:
    enum Column { StatusColumn, NameColumn, ZoneColumn, CodesColumn, MeaningColumn, TxtColumn, ColumnCount };
    enum Role {
        RawRole = Qt::UserRole + 1, // the value to sort on (status rank for the status column)
        StatusRole,                 // "listed", "clean", "refused", ...
        LookupUrlRole,
        RemovalUrlRole,
    };

    explicit BlocklistModel(QObject* parent = nullptr);

    void setEntries(const QJsonArray& blocklists);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // listed 0, could not check (refused/unknown/broken/unavailable) 1, clean 2, skipped 3.
    static int statusRank(const QString& status);
    static QString statusText(const QString& status);
    static bool isProblem(const QString& status); // anything but clean and skipped

private:
    QJsonArray m_entries;
};

} // namespace rebound::ui
