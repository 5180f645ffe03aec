#include "ui/blocklistview.h"

#include "core/blocklist/liststate.h"
#include "core/util/jsonutil.h"
#include "ui/blocklistfiltermodel.h"
#include "ui/blocklistmodel.h"
#include "ui/linkopener.h"
#include "ui/presentation.h"
#include "ui/sndsview.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rebound::ui {

BlocklistView::BlocklistView(QWidget* parent)
    : QWidget(parent)
    , m_ip(new QComboBox(this))
    , m_snds(new QLabel(this))
    , m_state(new QLabel(this))
    , m_onlyProblems(new QCheckBox(tr("Show only &problems"), this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
    , m_lookup(new QPushButton(tr("Open &lookup page…"), this))
    , m_removal(new QPushButton(tr("Open re&moval page…"), this))
    , m_model(new BlocklistModel(this))
    , m_filter(new BlocklistFilterModel(this)) {
    setObjectName(u"blocklistView"_s);
    m_filter->setSourceModel(m_model);
    m_table->setObjectName(u"blocklistTable"_s);
    m_table->setAccessibleName(tr("Blocklist results"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(BlocklistModel::StatusColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(BlocklistModel::StatusColumn, 230);
    m_table->setColumnWidth(BlocklistModel::NameColumn, 170);
    m_table->setColumnWidth(BlocklistModel::ZoneColumn, 170);
    m_table->setColumnWidth(BlocklistModel::CodesColumn, 90);
    m_table->setColumnWidth(BlocklistModel::MeaningColumn, 260);

    m_ip->setAccessibleName(tr("Address checked"));
    m_ip->setObjectName(u"blocklistAddress"_s);
    m_state->setTextFormat(Qt::PlainText);
    m_state->setWordWrap(true);
    m_state->setObjectName(u"blocklistState"_s);
    m_snds->setTextFormat(Qt::PlainText);
    // In the top row, beside the address: no line of the table's height is taken; a long text is cut
    // and whole in the tool tip.
    m_snds->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_snds->setObjectName(u"blocklistSnds"_s);
    m_onlyProblems->setObjectName(u"onlyProblems"_s);
    m_search->setPlaceholderText(tr("Filter lists"));
    m_search->setAccessibleName(tr("Filter lists"));
    m_search->setClearButtonEnabled(true);
    m_copy->setObjectName(u"copyBlocklists"_s);

    auto* ipLabel = new QLabel(tr("&Address:"), this);
    ipLabel->setBuddy(m_ip);
    auto* top = new QHBoxLayout;
    top->addWidget(ipLabel);
    top->addWidget(m_ip);
    top->addWidget(m_onlyProblems);
    top->addWidget(m_snds, 1);
    top->addWidget(m_search);
    // The count shares the buttons' row: on a small screen every line of height is a row of the table.
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_lookup);
    buttons->addWidget(m_removal);
    buttons->addWidget(m_state, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    // The view's own Ctrl+C copies one cell; the table copies whole rows, with the header.
    m_table->installEventFilter(this);
    connect(m_copy, &QPushButton::clicked, this, &BlocklistView::copySelection);
    connect(m_onlyProblems, &QCheckBox::toggled, m_filter, &BlocklistFilterModel::setOnlyProblems);
    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ip, &QComboBox::currentIndexChanged, this, &BlocklistView::showCheck);
    connect(m_lookup, &QPushButton::clicked, this,
            [this] { openPage(BlocklistModel::LookupUrlRole, tr("lookup page")); });
    connect(m_removal, &QPushButton::clicked, this,
            [this] { openPage(BlocklistModel::RemovalUrlRole, tr("removal page")); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BlocklistView::updateButtons);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &BlocklistView::updateButtons);
    clear();
}

void BlocklistView::clear() {
    setChecks({});
}

void BlocklistView::setChecks(const QList<QJsonObject>& checks) {
    const int current = std::max(0, m_ip->currentIndex());
    m_checks = checks;
    {
        const QSignalBlocker blocker(m_ip);
        m_ip->clear();
        for (const QJsonObject& check : checks)
            m_ip->addItem(
                util::escapeControls(check[u"result"][u"ip"].toString(tr("(address not known yet)")), 100));
        m_ip->setCurrentIndex(checks.isEmpty() ? -1 : std::min(current, int(checks.size()) - 1));
    }
    m_ip->setEnabled(checks.size() > 1);
    showCheck(m_ip->currentIndex());
}

void BlocklistView::setSndsChecks(const QList<QJsonObject>& checks) {
    m_sndsChecks = checks;
    const int index = m_ip->currentIndex();
    showSnds(index >= 0 && index < m_checks.size() ? m_checks.at(index)[u"result"][u"ip"].toString()
                                                   : QString());
}

void BlocklistView::showSnds(const QString& ip) {
    m_snds->setVisible(!ip.isEmpty());
    const QString text = ip.isEmpty() ? QString() : sndsText(ip);
    m_snds->setText(text);
    m_snds->setToolTip(plainToolTip(text));
}

QString BlocklistView::sndsText(const QString& ip) const {
    const QJsonObject* check = nullptr;
    for (const QJsonObject& candidate : m_sndsChecks) {
        if (candidate[u"result"][u"ip"].toString() == ip)
            check = &candidate;
    }
    if (!check) {
        // No "snds" check at all: no key in Settings. Never shown as green.
        return m_sndsChecks.isEmpty()
                   ? tr("Microsoft SNDS: not checked (no SNDS key in Settings > Blocklists).")
                   : tr("Microsoft SNDS: checking…");
    }
    const QJsonObject result = (*check)[u"result"].toObject();
    const auto state = diagnosis::parseCheckState((*check)[u"state"].toString());
    if (state != diagnosis::CheckState::Done)
        return tr("Microsoft SNDS: not read. %1")
            .arg(util::escapeControls((*check)[u"note"].toString(), 300));
    QString text;
    if (!result[u"listed_in_snds"].toBool()) {
        text = tr("Microsoft SNDS: no data for this address");
    } else {
        text = tr("Microsoft SNDS: %1, %n trap hit(s), complaints %2", nullptr, result[u"trap_hits"].toInt())
                   .arg(sndsColorText(snds::parseColor(result[u"filter_result"].toString())),
                        util::escapeControls(result[u"activity"][u"complaint_rate"].toString(), 40));
    }
    if (result[u"blocked"].toBool())
        text += tr("; blocked by Microsoft: %1")
                    .arg(util::escapeControls(result[u"block_reason"].toString(), 300));
    return text + u' '
           + (result[u"from_cache"].toBool() ? tr("(data of %1, from the cache)") : tr("(data of %1)"))
                 .arg(util::escapeControls(result[u"data_date"].toString(), 20));
}

void BlocklistView::showCheck(int index) {
    showSnds(index >= 0 && index < m_checks.size() ? m_checks.at(index)[u"result"][u"ip"].toString()
                                                   : QString());
    if (index < 0 || index >= m_checks.size()) {
        m_model->clear();
        m_state->setText(tr("Not checked: blocklists are checked for an IP address, or for the sending IP "
                            "found in a bounce."));
        updateButtons();
        return;
    }
    const QJsonObject check = m_checks.at(index);
    const QJsonArray lists = check[u"result"][u"blocklists"].toArray();
    m_model->setEntries(lists);
    const auto state = diagnosis::parseCheckState(check[u"state"].toString());
    const blocklist::ListStateCounts counts = blocklist::countListStates(lists);
    QString text;
    if (state == diagnosis::CheckState::Pending)
        text = tr("Checking…");
    else if (state == diagnosis::CheckState::Running)
        text = tr("Checking… %1 of %2 lists answered; listed on %3 so far.")
                   .arg(check[u"done"].toInt())
                   .arg(check[u"total"].toInt())
                   .arg(counts.listed);
    else if (lists.isEmpty())
        text = tr("Not checked. %1").arg(check[u"note"].toString());
    else
        text = tr("%1 lists: %2").arg(counts.total()).arg(blocklist::listStateSummary(counts));
    m_state->setText(text.trimmed());
    updateButtons();
}

QString BlocklistView::selectedAsText() const {
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty())
        for (int row = 0; row < m_filter->rowCount(); ++row)
            rows << row;
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    QStringList header;
    for (int column = 0; column < m_filter->columnCount(); ++column)
        header << m_filter->headerData(column, Qt::Horizontal).toString();
    lines << header.join(u'\t');
    for (int row : rows) {
        QStringList cells;
        for (int column = 0; column < m_filter->columnCount(); ++column)
            cells << m_filter->index(row, column).data().toString();
        lines << cells.join(u'\t');
    }
    return lines.join(u'\n') + u'\n';
}

void BlocklistView::copySelection() {
    QApplication::clipboard()->setText(selectedAsText());
}

void BlocklistView::openPage(int role, const QString& what) {
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const QString url = current.siblingAtColumn(0).data(role).toString();
    const QString name = current.siblingAtColumn(BlocklistModel::NameColumn).data().toString();
    LinkOpener::confirmAndOpen(this, tr("%1 %2").arg(name, what), url);
}

void BlocklistView::updateButtons() {
    const QModelIndex current = m_table->currentIndex();
    const bool selected = current.isValid() && m_table->selectionModel()->hasSelection();
    m_lookup->setEnabled(
        selected && !current.siblingAtColumn(0).data(BlocklistModel::LookupUrlRole).toString().isEmpty());
    m_removal->setEnabled(
        selected && !current.siblingAtColumn(0).data(BlocklistModel::RemovalUrlRole).toString().isEmpty());
    m_copy->setEnabled(m_filter->rowCount() > 0);
}

bool BlocklistView::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_table
        && (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Copy)) {
            event->accept();
            if (event->type() == QEvent::KeyPress)
                copySelection();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QByteArray BlocklistView::headerState() const {
    return m_table->horizontalHeader()->saveState();
}

void BlocklistView::restoreHeaderState(const QByteArray& state) {
    if (!state.isEmpty())
        m_table->horizontalHeader()->restoreState(state);
}

} // namespace rebound::ui
