#include "ui/jsontreemodel.h"

#include "core/util/jsonutil.h"

#include <QJsonArray>
#include <QJsonObject>

namespace rebound::ui {

namespace {

constexpr int kMaxDepth = 32;      // hostile JSON cannot make the tree arbitrarily deep
constexpr int kMaxChildren = 5000; // nor arbitrarily wide

QString scalarText(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_qs : u"false"_qs;
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String:
        return util::escapeControls(value.toString(), 4000);
    case QJsonValue::Null:
        return u"null"_qs;
    default:
        return {};
    }
}

} // namespace

JsonTreeModel::JsonTreeModel(QObject* parent)
    : QStandardItemModel(0, 2, parent) {
    setHorizontalHeaderLabels({tr("Key"), tr("Value")});
}

void JsonTreeModel::setRoots(const QList<QPair<QString, QJsonValue>>& roots) {
    removeRows(0, rowCount());
    for (const auto& [title, value] : roots)
        appendValue(invisibleRootItem(), title, value, 0);
}

void JsonTreeModel::appendValue(QStandardItem* parent, const QString& key, const QJsonValue& value,
                                int depth) {
    auto* keyItem = new QStandardItem(util::escapeControls(key, 200));
    auto* valueItem = new QStandardItem;
    keyItem->setEditable(false);
    valueItem->setEditable(false);
    if (value.isObject() || value.isArray()) {
        const int count = value.isObject() ? int(value.toObject().size()) : int(value.toArray().size());
        valueItem->setText(value.isObject() ? tr("{%n key(s)}", nullptr, count)
                                            : tr("[%n item(s)]", nullptr, count));
        QList<QStandardItem*> row{keyItem, valueItem};
        parent->appendRow(row);
        if (depth >= kMaxDepth)
            return;
        int shown = 0;
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end() && shown++ < kMaxChildren; ++it)
                appendValue(keyItem, it.key(), it.value(), depth + 1);
        } else {
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size() && shown++ < kMaxChildren; ++i)
                appendValue(keyItem, QString::number(i), array.at(i), depth + 1);
        }
        return;
    }
    valueItem->setText(scalarText(value));
    parent->appendRow({keyItem, valueItem});
}

} // namespace rebound::ui
