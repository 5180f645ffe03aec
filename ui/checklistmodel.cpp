#include "ui/checklistmodel.h"

#include "ui/presentation.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rebound::ui {

CheckListModel::CheckListModel(QObject* parent)
    : QAbstractListModel(parent) {
}

void CheckListModel::setChecks(const QJsonArray& checks) {
    bool samePrefix = checks.size() >= m_checks.size();
    for (qsizetype i = 0; samePrefix && i < m_checks.size(); ++i)
        samePrefix = m_checks.at(i)[u"id"].toString() == checks.at(i)[u"id"].toString();
    if (!samePrefix) {
        beginResetModel();
        m_checks = checks;
        endResetModel();
        return;
    }
    const qsizetype oldSize = m_checks.size();
    for (qsizetype i = 0; i < oldSize; ++i) {
        if (m_checks.at(i) != checks.at(i)) {
            m_checks.replace(i, checks.at(i));
            emit dataChanged(index(int(i)), index(int(i)));
        }
    }
    if (checks.size() > oldSize) {
        beginInsertRows({}, int(oldSize), int(checks.size() - 1));
        for (qsizetype i = oldSize; i < checks.size(); ++i)
            m_checks.append(checks.at(i));
        endInsertRows();
    }
}

void CheckListModel::clear() {
    beginResetModel();
    m_checks = {};
    endResetModel();
}

int CheckListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_checks.size());
}

QVariant CheckListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject check = m_checks.at(index.row()).toObject();
    const QString stateName = check[u"state"].toString(u"pending"_s);
    const diagnosis::CheckState state =
        diagnosis::parseCheckState(stateName).value_or(diagnosis::CheckState::Pending);
    const QString title = check[u"title"].toString(check[u"id"].toString());
    const QString note = check[u"note"].toString();
    switch (role) {
    case Qt::DisplayRole: {
        QString text = title + u" — "_s + checkStateText(state);
        const int done = check[u"done"].toInt();
        const int total = check[u"total"].toInt();
        if (state == diagnosis::CheckState::Running && total > 0)
            text += tr(" (%1 of %2 answered)").arg(done).arg(total);
        return text;
    }
    case Qt::DecorationRole:
        return checkStateIcon(state);
    case Qt::ToolTipRole:
        return plainToolTip(note.isEmpty() ? checkStateText(state) : note);
    case Qt::AccessibleDescriptionRole:
        return note.isEmpty() ? checkStateText(state) : note;
    case StateRole:
        return stateName;
    case IdRole:
        return check[u"id"].toString();
    default:
        return {};
    }
}

int CheckListModel::finishedCount() const {
    int count = 0;
    for (const QJsonValue& check : m_checks) {
        const auto state = diagnosis::parseCheckState(check[u"state"].toString());
        if (state && state != diagnosis::CheckState::Pending && state != diagnosis::CheckState::Running)
            ++count;
    }
    return count;
}

} // namespace rebound::ui
