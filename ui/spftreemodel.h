// The SPF evaluation as an expandable tree: each record, its terms, and the includes and redirects
// they lead to. The terms that decided the result (matched, or the error that stopped it) are marked.
#pragma once

#include <QJsonObject>
#include <QStandardItemModel>

namespace rebound::ui {

class SpfTreeModel final : public QStandardItemModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpfTreeModel)

public:
    enum Column { TermColumn, OutcomeColumn, DetailColumn, ColumnCount };
    enum Role { DecidingRole = Qt::UserRole + 1 };

    explicit SpfTreeModel(QObject* parent = nullptr);

    // spf: the "spf" object of the domain check ({record, result, lookups, void_lookups, tree, ...}).
    void setSpf(const QJsonObject& spf);

    // The deciding term as written ("-all", "include:_spf.example.net"), empty when none matched.
    QString decidingTerm() const { return m_decidingTerm; }

private:
    void appendNode(QStandardItem* parent, const QJsonObject& node, bool onDecidingPath, int depth);

    QString m_decidingTerm;
};

} // namespace rebound::ui
