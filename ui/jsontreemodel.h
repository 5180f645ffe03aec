// Any JSON document as an expandable key / value tree: the raw evidence behind every check, shown as
// received (control characters escaped), for people who want to see exactly what DNS said.
//
// Lazy: a node's children are made only when a view first asks for them, so an mbox of thousands of
// bounces costs one row per root until someone expands it (the values are shared, not copied).
#pragma once

#include <QAbstractItemModel>
#include <QJsonValue>

#include <memory>
#include <vector>

namespace rebound::ui {

class JsonTreeModel final : public QAbstractItemModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonTreeModel)

public:
    explicit JsonTreeModel(QObject* parent = nullptr);
    ~JsonTreeModel() override;

    // Replaces the tree with one top-level row per (title, value) pair.
    void setRoots(const QList<QPair<QString, QJsonValue>>& roots);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node;
    Node* nodeOf(const QModelIndex& index) const;
    const std::vector<std::unique_ptr<Node>>& childrenOf(Node* node) const;

    std::unique_ptr<Node> m_root;
};

} // namespace rebound::ui
