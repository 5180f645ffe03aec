// Sorts the blocklist table on raw values (listed and could-not-check first) and can hide the lists
// that had nothing to say ("show only problems").
#pragma once

#include <QSortFilterProxyModel>

namespace rebound::ui {

class BlocklistFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BlocklistFilterModel)

public:
    explicit BlocklistFilterModel(QObject* parent = nullptr);

    bool onlyProblems() const { return m_onlyProblems; }
    void setOnlyProblems(bool only);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    bool m_onlyProblems = false;
};

} // namespace rebound::ui
