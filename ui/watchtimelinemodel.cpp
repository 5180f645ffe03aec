#include "ui/watchtimelinemodel.h"

#include "core/util/jsonutil.h"
#include "core/watch/watchstore.h"
#include "ui/watchwords.h"

#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace rebound::ui {

WatchTimelineModel::WatchTimelineModel(QObject* parent)
    : QAbstractTableModel(parent) {
}

void WatchTimelineModel::load(const QStringList& subjects, const watch::WatchStore& store) {
    beginResetModel();
    m_changes.clear();
    if (subjects.size() == 1) {
        m_changes = store.changes(subjects.first(), maxChanges);
    } else if (!subjects.isEmpty()) {
        const QSet<QString> wanted(subjects.begin(), subjects.end());
        for (const watch::Change& change : store.changes({}, maxChanges * 4)) {
            if (wanted.contains(change.target) && m_changes.size() < maxChanges)
                m_changes << change;
        }
    }
    endResetModel();
}

int WatchTimelineModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_changes.size());
}

int WatchTimelineModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WatchTimelineModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_changes.size())
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const watch::Change& change = m_changes.at(index.row());
    switch (index.column()) {
    case WhenColumn:
        return QLocale().toString(change.at.toLocalTime(), QLocale::ShortFormat);
    case ChangeColumn:
        return watchChangeWords(change.kind);
    case WhatColumn:
        return watchChangeSentence(change);
    case DetailColumn:
        return util::escapeControls(change.detail, 512);
    default:
        break;
    }
    return {};
}

QVariant WatchTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case ChangeColumn:
        return tr("Change");
    case WhatColumn:
        return tr("What");
    case DetailColumn:
        return tr("Detail");
    default:
        break;
    }
    return {};
}

} // namespace rebound::ui
