// The Message tab: a delivered message (or the copy a bounce returned) as the message analysis read
// it. Its pass/warning/fail table first (like the other tabs), then the route (a table and a drawn
// timeline), the DKIM signatures, ARC, the Authentication-Results and the bulk-sender checklist, each a
// table over a model filled from the check's JSON.
#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QStandardItemModel;
class QTableView;
class QTabWidget;
class QTreeView;

namespace rebound::ui {

class FindingsModel;
class RouteTimeline;

class MessageView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageView)

public:
    explicit MessageView(QWidget* parent = nullptr);

    // checks: the session's "message" checks (id, title, state, result, findings); the first is shown.
    void setChecks(const QList<QJsonObject>& checks);
    bool hasMessage() const;

    QStandardItemModel* hopsModel() const { return m_hops; }
    QStandardItemModel* dkimModel() const { return m_dkim; }
    QStandardItemModel* arcModel() const { return m_arc; }
    QStandardItemModel* authResultsModel() const { return m_authResults; }
    QStandardItemModel* bulkSenderModel() const { return m_bulk; }
    FindingsModel* findingsModel() const { return m_findings; }
    RouteTimeline* timeline() const { return m_timeline; }

private:
    void fill(const QJsonObject& result);

    bool m_hasMessage = false;
    QJsonObject m_shown;
    QLabel* m_note = nullptr;
    FindingsModel* m_findings = nullptr;
    QTreeView* m_findingsTree = nullptr;
    QTabWidget* m_parts = nullptr;
    RouteTimeline* m_timeline = nullptr;
    QStandardItemModel* m_hops = nullptr;
    QStandardItemModel* m_dkim = nullptr;
    QStandardItemModel* m_arc = nullptr;
    QStandardItemModel* m_authResults = nullptr;
    QStandardItemModel* m_bulk = nullptr;
};

} // namespace rebound::ui
