#include "ui/watchview.h"

#include "ui/watchcontroller.h"
#include "ui/watchtargetsmodel.h"
#include "ui/watchtimelinemodel.h"
#include "ui/watchwords.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rebound::ui {

namespace {

QTableView* makeTable(QAbstractItemModel* model, const QString& objectName, const QString& accessibleName,
                      QWidget* parent) {
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    // Times, states and changes shown whole; the last column (last checked, or the detail) takes the rest.
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

WatchView::WatchView(WatchController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_targets(new WatchTargetsModel(this))
    , m_timeline(new WatchTimelineModel(this)) {
    setObjectName(u"watchView"_s);
    m_input = new QLineEdit(this);
    m_input->setObjectName(u"watchTarget"_s);
    m_input->setAccessibleName(tr("Target to watch"));
    m_input->setPlaceholderText(tr("203.0.113.7, 198.51.100.0/24 6h or example.com 1d"));
    m_input->setMaxLength(300);
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(u"watchAdd"_s);
    m_remove = new QPushButton(tr("Re&move"), this);
    m_remove->setObjectName(u"watchRemove"_s);
    m_checkNow = new QPushButton(tr("Check &now"), this);
    m_checkNow->setObjectName(u"watchCheckNow"_s);
    m_checkNow->setToolTip(tr("Check every target now, whatever its schedule (F5)"));
    auto* targetLabel = new QLabel(tr("&Target:"), this);
    targetLabel->setBuddy(m_input);
    m_status = new QLabel(this);
    m_status->setObjectName(u"watchStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setText(tr("IPs are checked every hour and domains every day (a target may say otherwise: "
                         "\"6h\", \"1d\"), never more often than the lists' limits allow."));

    m_targetsView = makeTable(m_targets, u"watchTargets"_s, tr("Watched targets"), this);
    m_timelineView = makeTable(m_timeline, u"watchTimeline"_s, tr("Timeline of the selected target"), this);
    auto* timelineLabel = new QLabel(tr("T&imeline of the selected target:"), this);
    timelineLabel->setBuddy(m_timelineView);

    auto* row = new QHBoxLayout;
    row->addWidget(targetLabel);
    row->addWidget(m_input, 1);
    row->addWidget(m_add);
    row->addWidget(m_remove);
    row->addWidget(m_checkNow);
    auto* timelinePane = new QWidget(this);
    auto* timelineLayout = new QVBoxLayout(timelinePane);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->addWidget(timelineLabel);
    timelineLayout->addWidget(m_timelineView);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_targetsView);
    splitter->addWidget(timelinePane);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    auto* removeAction = new QAction(tr("Remove Target"), this);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_targetsView->addAction(removeAction);
    auto* checkAction = new QAction(tr("Check Now"), this);
    checkAction->setShortcut(QKeySequence::Refresh);
    checkAction->setShortcutContext(Qt::WindowShortcut);
    addAction(checkAction);

    connect(m_add, &QPushButton::clicked, this, &WatchView::addTarget);
    connect(m_input, &QLineEdit::returnPressed, this, &WatchView::addTarget);
    connect(m_remove, &QPushButton::clicked, this, &WatchView::removeSelected);
    connect(removeAction, &QAction::triggered, this, &WatchView::removeSelected);
    const auto checkNow = [this] { m_controller->runPass(true); };
    connect(m_checkNow, &QPushButton::clicked, this, checkNow);
    connect(checkAction, &QAction::triggered, this, checkNow);
    connect(m_targetsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WatchView::showTimeline);
    connect(m_controller, &WatchController::entriesChanged, this, &WatchView::refresh);
    connect(m_controller, &WatchController::passStarted, this, [this] {
        m_checkNow->setEnabled(false);
        m_status->setText(tr("Checking…"));
    });
    connect(m_controller, &WatchController::passFinished, this,
            [this](const QList<watch::Change>& changes, const QString& error) {
                m_checkNow->setEnabled(true);
                if (!error.isEmpty())
                    m_status->setText(tr("The watch could not run: %1").arg(error));
                else if (changes.isEmpty())
                    m_status->setText(tr("Checked: nothing changed."));
                else
                    m_status->setText(tr("Checked: %n change(s).", nullptr, int(changes.size())));
                refresh();
            });
    refresh();
    if (!m_controller->isOpen())
        m_status->setText(tr("The watch database could not be opened: %1").arg(m_controller->error()));
}

bool WatchView::addTarget() {
    QString error;
    if (!m_controller->addEntry(m_input->text(), &error)) {
        m_status->setText(tr("Not added: %1").arg(error));
        return false;
    }
    m_input->clear();
    m_status->setText(tr("Added. It is checked within a minute."));
    return true;
}

void WatchView::removeSelected() {
    const QModelIndex current = m_targetsView->currentIndex();
    if (!current.isValid())
        return;
    m_controller->removeEntry(
        m_targets->index(current.row(), 0).data(WatchTargetsModel::LineRole).toString());
}

void WatchView::refresh() {
    const int row = m_targetsView->currentIndex().row();
    m_targets->refresh(m_controller->entries(), m_controller->store());
    m_remove->setEnabled(m_targets->rowCount() > 0);
    if (row >= 0 && row < m_targets->rowCount())
        m_targetsView->selectRow(row);
    showTimeline();
}

void WatchView::showTimeline() {
    m_timeline->load(m_targets->subjects(m_targetsView->currentIndex().row()), m_controller->store());
}

} // namespace rebound::ui
