#include "ui/blocklistmodel.h"

#include "core/blocklist/liststate.h"
#include "core/util/jsonutil.h"
#include "ui/presentation.h"

#include <QApplication>
#include <QJsonObject>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace rebound::ui {

namespace {

QString joined(const QJsonValue& value) {
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue& part : value.toArray())
            parts << (part.isString() ? part.toString() : QString::number(part.toDouble()));
        return parts.join(u", "_s);
    }
    return value.toString();
}

QIcon statusIcon(const QString& status) {
    QStyle* style = QApplication::style();
    switch (BlocklistModel::statusRank(status)) {
    case 0:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case 1:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case 2:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    default:
        return style->standardIcon(QStyle::SP_MediaSkipForward);
    }
}

} // namespace

BlocklistModel::BlocklistModel(QObject* parent)
    : QAbstractTableModel(parent) {
}

void BlocklistModel::setEntries(const QJsonArray& blocklists) {
    if (blocklists == m_entries)
        return;
    // While a check runs the answers arrive one by one: new rows are inserted, the rest stay put
    // (selection, scroll position and sorting survive).
    const qsizetype old = m_entries.size();
    bool grows = blocklists.size() > old;
    for (qsizetype i = 0; grows && i < old; ++i)
        grows = blocklists.at(i) == m_entries.at(i);
    if (grows) {
        beginInsertRows({}, int(old), int(blocklists.size() - 1));
        for (qsizetype i = old; i < blocklists.size(); ++i)
            m_entries.append(blocklists.at(i));
        endInsertRows();
        return;
    }
    beginResetModel();
    m_entries = blocklists;
    endResetModel();
}

void BlocklistModel::clear() {
    setEntries({});
}

int BlocklistModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

int BlocklistModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

// The words, ranks and counts are core/blocklist/liststate.h's, shared with the CLI and every report.
int BlocklistModel::statusRank(const QString& status) {
    return blocklist::listStateRank(status);
}

bool BlocklistModel::isProblem(const QString& status) {
    return statusRank(status) < 2;
}

QString BlocklistModel::statusText(const QString& status) {
    return blocklist::listStateWords(status);
}

QVariant BlocklistModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject entry = m_entries.at(index.row()).toObject();
    const QString status = entry[u"status"].toString(u"unknown"_s);
    switch (role) {
    case StatusRole:
        return status;
    case LookupUrlRole:
        return entry[u"lookup_url"].toString();
    case RemovalUrlRole:
        return entry[u"removal_url"].toString();
    default:
        break;
    }
    const int column = index.column();
    if (column == StatusColumn && role == Qt::DecorationRole)
        return statusIcon(status);
    if (role == Qt::ToolTipRole) {
        // The whole row's why: the status, the reason it was not checked, what to do about it.
        QStringList lines{data(index, Qt::DisplayRole).toString()};
        if (column != MeaningColumn)
            lines << statusText(status) + u": "_s + data(index.siblingAtColumn(MeaningColumn)).toString();
        const QString remedy = util::escapeControls(entry[u"remedy"].toString(), 1000);
        if (!remedy.isEmpty() && statusRank(status) != 2)
            lines << remedy;
        return plainToolTip(lines.join(u'\n'));
    }
    if (role != Qt::DisplayRole && role != RawRole)
        return {};
    switch (column) {
    case StatusColumn:
        return role == RawRole ? QVariant(statusRank(status))
                               : QVariant(util::escapeControls(blocklist::listStateText(entry), 1000));
    case NameColumn:
        return util::escapeControls(entry[u"name"].toString(entry[u"zone"].toString()), 200);
    case ZoneColumn:
        return util::escapeControls(entry[u"zone"].toString(), 300);
    case CodesColumn:
        return util::escapeControls(joined(entry[u"codes"]), 300);
    case MeaningColumn: {
        // Only a listing has a meaning to show; a list that was not checked shows why in its place.
        if (blocklist::showsMeaning(status))
            return util::escapeControls(joined(entry[u"meaning"]), 1000);
        return status == u"clean" ? QString() : util::escapeControls(entry[u"reason"].toString(), 1000);
    }
    case TxtColumn:
        return util::escapeControls(joined(entry[u"txt"]), 1000);
    default:
        return {};
    }
}

QVariant BlocklistModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case NameColumn:
        return tr("List");
    case ZoneColumn:
        return tr("Zone");
    case CodesColumn:
        return tr("Codes");
    case MeaningColumn:
        return tr("Meaning");
    case TxtColumn:
        return tr("TXT");
    default:
        return {};
    }
}

} // namespace rebound::ui
