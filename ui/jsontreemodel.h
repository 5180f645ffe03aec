// Any JSON document as an expandable key / value tree: the raw evidence behind every check, shown as
// received (control characters escaped), for people who want to see exactly what DNS said.
#pragma once

#include <QJsonValue>
#include <QStandardItemModel>

namespace rebound::ui {

class JsonTreeModel final : public QStandardItemModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonTreeModel)

public:
    explicit JsonTreeModel(QObject* parent = nullptr);

    // Replaces the tree with one top-level row per (title, value) pair.
    void setRoots(const QList<QPair<QString, QJsonValue>>& roots);

private:
    void appendValue(QStandardItem* parent, const QString& key, const QJsonValue& value, int depth);
};

} // namespace rebound::ui
