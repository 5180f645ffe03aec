#include "ui/spftreemodel.h"

#include "core/auth/spfevaluator.h"
#include "core/util/jsonutil.h"
#include "ui/presentation.h"

#include <QApplication>
#include <QFont>
#include <QJsonArray>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace rebound::ui {

namespace {

constexpr int kMaxDepth = 64;

QStandardItem* makeItem(const QString& text) {
    auto* it = new QStandardItem(util::escapeControls(text, 2000));
    it->setEditable(false);
    it->setToolTip(plainToolTip(it->text()));
    return it;
}

QString outcomeText(const QString& outcome) {
    if (outcome == u"matched"_s)
        return SpfTreeModel::tr("matched");
    if (outcome == u"not-matched"_s)
        return SpfTreeModel::tr("no match");
    if (outcome == u"error"_s)
        return SpfTreeModel::tr("error");
    if (outcome == u"skipped"_s)
        return SpfTreeModel::tr("not reached");
    return outcome;
}

} // namespace

SpfTreeModel::SpfTreeModel(QObject* parent)
    : QStandardItemModel(0, ColumnCount, parent) {
    setHorizontalHeaderLabels({tr("Record / term"), tr("Outcome"), tr("Detail")});
}

void SpfTreeModel::setSpf(const QJsonObject& spf) {
    removeRows(0, rowCount());
    m_decidingTerm.clear();
    const QJsonObject tree = spf[u"tree"].toObject();
    if (!tree.isEmpty()) {
        appendNode(invisibleRootItem(), tree, true, 0);
        return;
    }
    const QString record = spf[u"record"].toString();
    if (!record.isEmpty())
        invisibleRootItem()->appendRow(
            {makeItem(spf[u"domain"].toString()), makeItem(spf[u"result"].toString()), makeItem(record)});
}

void SpfTreeModel::appendNode(QStandardItem* parent, const QJsonObject& node, bool onDecidingPath,
                              int depth) {
    const QString via = node[u"via"].toString();
    QString title = node[u"domain"].toString();
    if (!via.isEmpty() && via != u"top"_s)
        title = via + u": "_s + title;
    const QString record = node[u"record"].toString();
    QStandardItem* nodeItem = makeItem(title);
    QStandardItem* detail =
        makeItem(record.isEmpty() ? tr("no SPF record: %1").arg(node[u"reason"].toString()) : record);
    detail->setToolTip(plainToolTip(util::escapeControls(node[u"reason"].toString(), 2000)));
    parent->appendRow({nodeItem, makeItem(node[u"result"].toString()), detail});
    if (depth >= kMaxDepth)
        return;

    bool decidedHere = false;
    for (const QJsonValue& value : node[u"terms"].toArray()) {
        const QJsonObject term = value.toObject();
        const QString outcome = term[u"outcome"].toString();
        // Evaluation stops at the first term that matched or failed: that one decided this record.
        const bool deciding =
            onDecidingPath && !decidedHere && (outcome == u"matched"_s || outcome == u"error"_s);
        decidedHere = decidedHere || deciding;
        QStandardItem* termItem = makeItem(term[u"term"].toString());
        QString outcomeLabel = outcomeText(outcome);
        QString detailText = term[u"detail"].toString();
        if (term.contains(u"lookup_number"))
            detailText = tr("lookup %1 of %2: %3")
                             .arg(QString::number(term[u"lookup_number"].toInt()),
                                  QString::number(auth::SpfRequest().maxLookups), detailText);
        if (deciding) {
            outcomeLabel = tr("◀ decided: %1").arg(outcomeLabel);
            if (m_decidingTerm.isEmpty())
                m_decidingTerm = term[u"term"].toString();
        }
        QStandardItem* outcomeItem = makeItem(outcomeLabel);
        QList<QStandardItem*> row{termItem, outcomeItem, makeItem(detailText)};
        for (QStandardItem* cell : row) {
            cell->setData(deciding, DecidingRole);
            if (deciding) {
                QFont font = cell->font();
                font.setBold(true);
                cell->setFont(font);
            }
        }
        if (deciding)
            termItem->setIcon(QApplication::style()->standardIcon(QStyle::SP_ArrowRight));
        nodeItem->appendRow(row);
        if (term[u"child"].isObject())
            appendNode(termItem, term[u"child"].toObject(), deciding, depth + 1);
    }
}

} // namespace rebound::ui
