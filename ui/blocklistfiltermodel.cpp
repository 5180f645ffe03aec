#include "ui/blocklistfiltermodel.h"

#include "ui/blocklistmodel.h"

namespace rebound::ui {

BlocklistFilterModel::BlocklistFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(BlocklistModel::RawRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1);
}

void BlocklistFilterModel::setOnlyProblems(bool only) {
    if (only == m_onlyProblems)
        return;
    m_onlyProblems = only;
    invalidateRowsFilter();
}

bool BlocklistFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (m_onlyProblems) {
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        if (!BlocklistModel::isProblem(index.data(BlocklistModel::StatusRole).toString()))
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

bool BlocklistFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    const QVariant l = left.data(BlocklistModel::RawRole);
    const QVariant r = right.data(BlocklistModel::RawRole);
    if (l.typeId() == QMetaType::Int && r.typeId() == QMetaType::Int) {
        if (l.toInt() != r.toInt())
            return l.toInt() < r.toInt();
        // Same status: by list name, so the order is stable and readable.
        const QModelIndex ln = left.siblingAtColumn(BlocklistModel::NameColumn);
        const QModelIndex rn = right.siblingAtColumn(BlocklistModel::NameColumn);
        return ln.data().toString().compare(rn.data().toString(), Qt::CaseInsensitive) < 0;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace rebound::ui
