#include "ui/dnsqueryview.h"

#include "core/util/backgroundwork.h"
#include "ui/dnsquerymodel.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rebound::ui {

DnsQueryView::DnsQueryView(QWidget* parent)
    : QWidget(parent)
    , m_model(new DnsQueryModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_summary(new QLabel(this)) {
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(DnsQueryModel::SortRole);
    m_filter->setFilterKeyColumn(DnsQueryModel::NameColumn);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_table->setObjectName(u"dnsQueries"_s);
    m_table->setAccessibleName(tr("DNS queries and answers"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the order the queries ended until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(DnsQueryModel::DataColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(DnsQueryModel::NameColumn, 240);
    m_table->setColumnWidth(DnsQueryModel::TypeColumn, 60);
    m_table->setColumnWidth(DnsQueryModel::ServerColumn, 130);
    m_table->setColumnWidth(DnsQueryModel::OutcomeColumn, 200);
    m_table->setColumnWidth(DnsQueryModel::TtlColumn, 70);
    m_table->setColumnWidth(DnsQueryModel::TimeColumn, 70);

    m_search->setObjectName(u"dnsQueryFilter"_s);
    m_search->setPlaceholderText(tr("Filter by name"));
    m_search->setAccessibleName(tr("Filter DNS queries by name"));
    m_search->setClearButtonEnabled(true);
    m_summary->setObjectName(u"dnsQuerySummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_search);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &DnsQueryView::updateSummary);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &DnsQueryView::updateSummary);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &DnsQueryView::updateSummary);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &DnsQueryView::updateSummary);
    updateSummary();
}

void DnsQueryView::setSessionLog(const QJsonObject& dnsQueries) {
    const int generation = ++m_generation;
    auto* watcher = new QFutureWatcher<dns::QueryLog>(this);
    connect(watcher, &QFutureWatcher<dns::QueryLog>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_model->setLog(watcher->result());
        emit loaded();
    });
    watcher->setFuture(util::runInBackground([dnsQueries] { return dns::QueryLog::fromJson(dnsQueries); }));
}

void DnsQueryView::updateSummary() {
    const dns::QueryLog& log = m_model->log();
    const QLocale locale;
    QString text;
    if (log.isEmpty())
        text = tr("No DNS query was sent in this run.");
    else if (log.cut())
        text = tr("The first %1 of %2 DNS queries; the rest were not kept.")
                   .arg(locale.toString(log.entries().size()), locale.toString(log.total()));
    else
        text = tr("%n DNS query(s).", nullptr, int(log.total()));
    if (m_filter->rowCount() != m_model->rowCount())
        text += u' ' + tr("%1 shown.").arg(locale.toString(m_filter->rowCount()));
    m_summary->setText(text);
}

} // namespace rebound::ui
