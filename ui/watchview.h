// The Watch window (View > Watch): the watched targets with their last state and last change, add and
// remove, "Check now", and the timeline of the selected target's changes.
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace rebound::ui {

class WatchController;
class WatchTargetsModel;
class WatchTimelineModel;

class WatchView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchView)

public:
    explicit WatchView(WatchController* controller, QWidget* parent = nullptr);

    WatchTargetsModel* targetsModel() const { return m_targets; }
    WatchTimelineModel* timelineModel() const { return m_timeline; }

    // Adds what the target field holds; false (the reason shown) when it is not a target.
    bool addTarget();
    void removeSelected();
    void refresh();

private:
    void showTimeline();

    WatchController* m_controller;
    QLineEdit* m_input = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_checkNow = nullptr;
    QLabel* m_status = nullptr;
    QTableView* m_targetsView = nullptr;
    QTableView* m_timelineView = nullptr;
    WatchTargetsModel* m_targets = nullptr;
    WatchTimelineModel* m_timeline = nullptr;
};

} // namespace rebound::ui
