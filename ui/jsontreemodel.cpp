#include "ui/jsontreemodel.h"

#include "core/util/jsonutil.h"
#include "ui/presentation.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rebound::ui {

namespace {

constexpr int kMaxDepth = 32;      // hostile JSON cannot make the tree arbitrarily deep
constexpr int kMaxChildren = 5000; // nor arbitrarily wide

QString scalarText(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String:
        return util::escapeControls(value.toString(), 4000);
    case QJsonValue::Null:
        return u"null"_s;
    default:
        return {};
    }
}

qsizetype containerSize(const QJsonValue& value) {
    if (value.isObject())
        return value.toObject().size();
    if (value.isArray())
        return value.toArray().size();
    return 0;
}

} // namespace

struct JsonTreeModel::Node {
    QString key;
    QJsonValue value;
    Node* parent = nullptr;
    int row = 0;
    int depth = 0;
    bool populated = false;
    std::vector<std::unique_ptr<Node>> children;

    Node* addChild(const QString& childKey, const QJsonValue& childValue) {
        auto child = std::make_unique<Node>();
        child->key = childKey;
        child->value = childValue;
        child->parent = this;
        child->row = int(children.size());
        child->depth = depth + 1;
        children.push_back(std::move(child));
        return children.back().get();
    }

    bool mayHaveChildren() const { return depth < kMaxDepth && containerSize(value) > 0; }

    void populate() {
        if (populated)
            return;
        populated = true;
        if (!mayHaveChildren())
            return;
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            int shown = 0;
            for (auto it = object.begin(); it != object.end() && shown++ < kMaxChildren; ++it)
                addChild(it.key(), it.value());
        } else {
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size() && i < kMaxChildren; ++i)
                addChild(QString::number(i), array.at(i));
        }
    }
};

JsonTreeModel::JsonTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>()) {
    m_root->populated = true;
    m_root->depth = -1; // the roots are depth 0, as they were when the tree was built eagerly
}

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setRoots(const QList<QPair<QString, QJsonValue>>& roots) {
    beginResetModel();
    m_root->children.clear();
    for (const auto& [title, value] : roots)
        m_root->addChild(title, value);
    endResetModel();
}

JsonTreeModel::Node* JsonTreeModel::nodeOf(const QModelIndex& index) const {
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

const std::vector<std::unique_ptr<JsonTreeModel::Node>>& JsonTreeModel::childrenOf(Node* node) const {
    node->populate(); // logically const: the children exist from the start, they are only made late
    return node->children;
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex& parent) const {
    if (column < 0 || column >= 2 || row < 0)
        return {};
    if (parent.isValid() && parent.column() != 0)
        return {};
    const auto& children = childrenOf(nodeOf(parent));
    if (row >= int(children.size()))
        return {};
    return createIndex(row, column, children[size_t(row)].get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex& child) const {
    if (!child.isValid())
        return {};
    Node* parentNode = nodeOf(child)->parent;
    if (!parentNode || parentNode == m_root.get())
        return {};
    return createIndex(parentNode->row, 0, parentNode);
}

int JsonTreeModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(nodeOf(parent)).size());
}

int JsonTreeModel::columnCount(const QModelIndex&) const {
    return 2;
}

bool JsonTreeModel::hasChildren(const QModelIndex& parent) const {
    if (!parent.isValid())
        return !m_root->children.empty();
    return parent.column() == 0 && nodeOf(parent)->mayHaveChildren();
}

QVariant JsonTreeModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    // Qt reads a tooltip that looks like HTML as HTML (images included): a session file's values are
    // shown as plain text only.
    if (role == Qt::ToolTipRole)
        return plainToolTip(data(index, Qt::DisplayRole).toString());
    const Node* node = nodeOf(index);
    if (index.column() == 0)
        return util::escapeControls(node->key, 200);
    const QJsonValue& value = node->value;
    if (value.isObject())
        return tr("{%n key(s)}", nullptr, int(value.toObject().size()));
    if (value.isArray())
        return tr("[%n item(s)]", nullptr, int(value.toArray().size()));
    return scalarText(value);
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == 0)
        return tr("Key");
    if (section == 1)
        return tr("Value");
    return {};
}

} // namespace rebound::ui
