#include "ui/sndsview.h"

#include "core/dns/resolver.h"
#include "core/snds/sndsclient.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rebound::ui {

QString sndsColorText(snds::FilterColor color) {
    switch (color) {
    case snds::FilterColor::Green:
        return SndsView::tr("● Green");
    case snds::FilterColor::Yellow:
        return SndsView::tr("▲ Yellow");
    case snds::FilterColor::Red:
        return SndsView::tr("■ Red");
    case snds::FilterColor::Unknown:
        break;
    }
    return SndsView::tr("? Unknown");
}

SndsView::SndsView(const diagnosis::RunOptions& options, QWidget* parent)
    : QDialog(parent)
    , m_options(options) {
    setObjectName(u"sndsView"_s);
    setWindowTitle(tr("Microsoft SNDS"));
    m_status = new QLabel(this);
    m_status->setObjectName(u"sndsStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_table = new QTableWidget(0, 7, this);
    m_table->setObjectName(u"sndsTable"_s);
    m_table->setHorizontalHeaderLabels({tr("IP"), tr("Filter result"), tr("Complaint rate"), tr("Trap hits"),
                                        tr("Recipients"), tr("Blocked"), tr("Period")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* refreshButton = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    connect(refreshButton, &QPushButton::clicked, this, &SndsView::refresh);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 420);
    m_resolver = std::make_unique<dns::Resolver>(m_options.resolver);
    refresh();
}

SndsView::~SndsView() = default;

void SndsView::refresh() {
    if (m_options.snds.key.isEmpty()) {
        m_status->setText(tr("No SNDS key: paste your Automated Data Access key in Settings > Blocklists "
                             "(sendersupport.olc.protection.outlook.com/snds, Automated Data Access)."));
        return;
    }
    delete m_client;
    m_client = new snds::SndsClient(m_resolver.get(), m_options.snds, this);
    connect(m_client, &snds::SndsClient::finished, this, [this] { setData(m_client->result()); });
    m_status->setText(tr("Fetching SNDS data…"));
    m_client->start();
}

void SndsView::setData(const snds::SndsData& data) {
    QString status = data.dataDate.isValid()
                         ? tr("Data of %1, fetched %2.")
                               .arg(QLocale().toString(data.dataDate, QLocale::ShortFormat),
                                    QLocale().toString(data.fetchedAtUtc.toLocalTime(), QLocale::ShortFormat))
                         : tr("SNDS has no data for your IPs.");
    if (!data.error.isEmpty())
        status = tr("SNDS could not be read: %1").arg(data.error)
                 + (data.fromCache ? u"\n"_s + tr("Shown from the cache:") + u' ' + status : QString());
    m_status->setText(status);
    m_table->setRowCount(int(data.activity.size()));
    for (int row = 0; row < data.activity.size(); ++row) {
        const snds::IpActivity& a = data.activity.at(row);
        const snds::BlockedRange* range = data.rangeFor(a.ip);
        const QStringList cells{a.ip,
                                sndsColorText(a.filter),
                                a.complaintRate,
                                QString::number(a.trapHits),
                                QString::number(a.recipients),
                                range && range->blocked ? tr("Yes: %1").arg(range->reason) : tr("No"),
                                a.activityStart + u" – "_s + a.activityEnd};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
}

} // namespace rebound::ui
