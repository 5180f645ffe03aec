#include "ui/historymodel.h"

#include "core/util/jsonutil.h"
#include "ui/presentation.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace rebound::ui {

namespace {

QString verdictText(const HistoryEntry& entry) {
    if (!entry.finished)
        return HistoryModel::tr("unfinished");
    if (!entry.topCause.isEmpty())
        return entry.topCause;
    using diagnosis::Verdict;
    const std::optional<Verdict> verdict = diagnosis::parseVerdict(entry.verdict);
    if (verdict == Verdict::NoProblemFound)
        return HistoryModel::tr("no problem found");
    if (verdict == Verdict::Incomplete)
        return HistoryModel::tr("incomplete");
    if (verdict == Verdict::InputRefused)
        return HistoryModel::tr("input refused");
    if (verdict == Verdict::NothingRecognised)
        return HistoryModel::tr("nothing recognised");
    return entry.verdict;
}

} // namespace

HistoryModel::HistoryModel(HistoryStore* store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store) {
    connect(store, &HistoryStore::changed, this, &HistoryModel::reload);
    reload();
}

void HistoryModel::setSearch(const QString& search) {
    m_search = search;
    reload();
}

void HistoryModel::reload() {
    const quint64 request = ++m_request;
    m_loading = true;
    m_store->listInBackground(m_search, this, [this, request](const HistoryList& list) {
        if (request != m_request)
            return;
        m_loading = false;
        beginResetModel();
        m_entries = list.entries;
        endResetModel();
        emit loaded();
    });
}

int HistoryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryEntry& entry = m_entries.at(index.row());
    if (role == IdRole)
        return entry.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    QString text;
    switch (index.column()) {
    case WhenColumn:
        text = QLocale().toString(entry.startedUtc.toLocalTime(), QLocale::ShortFormat);
        break;
    case WhatColumn:
        text = util::escapeControls(entry.summary, 200);
        break;
    case ResultColumn:
        text = util::escapeControls(verdictText(entry), 200);
        break;
    default:
        return {};
    }
    return role == Qt::ToolTipRole ? QVariant(plainToolTip(text)) : QVariant(text);
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhatColumn:
        return tr("Input");
    case ResultColumn:
        return tr("Result");
    default:
        return {};
    }
}

} // namespace rebound::ui
