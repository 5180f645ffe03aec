// The checks of a run as a list that streams: each row is one check with its state as icon and text.
#pragma once

#include <QAbstractListModel>
#include <QJsonArray>

namespace rebound::ui {

class CheckListModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckListModel)

public:
    enum Role { StateRole = Qt::UserRole + 1, IdRole };

    explicit CheckListModel(QObject* parent = nullptr);

    // Takes the session's "checks" array. Rows already shown are updated in place, new ones appended.
    void setChecks(const QJsonArray& checks);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    int finishedCount() const; // checks no longer pending or running

private:
    QJsonArray m_checks;
};

} // namespace rebound::ui
