#include "ui/postmasterview.h"

#include "core/dns/resolver.h"
#include "core/postmaster/postmasterclient.h"
#include "core/postmaster/postmasterfindings.h"
#include "core/util/jsonutil.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rebound::ui {
namespace {

QString rateText(const std::optional<double>& rate) {
    return rate ? postmaster::percentText(*rate) : PostmasterView::tr("unknown");
}

// The spam rate's level as an icon and a word: the word carries the meaning, the icon only repeats it.
QString spamText(const postmaster::DomainStats& d) {
    const QString level = postmaster::spamRateLevel(d);
    const QString rate = rateText(d.spamRate);
    if (level == u"error")
        return PostmasterView::tr("■ %1: at or over the 0.3 % limit").arg(rate);
    if (level == u"warning")
        return PostmasterView::tr("▲ %1: over the 0.1 % target").arg(rate);
    if (level == u"ok")
        return PostmasterView::tr("● %1: under the 0.1 % target").arg(rate);
    return PostmasterView::tr("? unknown");
}

QString complianceText(const postmaster::DomainStats& d) {
    if (!d.complianceKnown)
        return PostmasterView::tr("? unknown");
    QStringList needsWork;
    for (const postmaster::ComplianceRow& row : d.compliance) {
        if (row.state == postmaster::ComplianceState::NeedsWork)
            needsWork << postmaster::requirementTitle(row.requirement);
    }
    return needsWork.isEmpty() ? PostmasterView::tr("● Compliant")
                               : PostmasterView::tr("■ Needs work: %1").arg(needsWork.join(u", "_s));
}

} // namespace

PostmasterView::PostmasterView(const diagnosis::RunOptions& options, const QStringList& domains,
                               QWidget* parent)
    : QDialog(parent)
    , m_options(options)
    , m_domains(domains) {
    setObjectName(u"postmasterView"_s);
    setWindowTitle(tr("Google Postmaster Tools"));
    m_status = new QLabel(this);
    m_status->setObjectName(u"postmasterStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_model = new QStandardItemModel(0, 8, this);
    m_model->setHorizontalHeaderLabels({tr("Domain"), tr("User-reported spam rate"), tr("SPF"), tr("DKIM"),
                                        tr("DMARC"), tr("TLS"), tr("Compliance"), tr("Data of")});
    m_table = new QTableView(this);
    m_table->setObjectName(u"postmasterTable"_s);
    m_table->setAccessibleName(tr("Google Postmaster Tools data per domain"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* refreshButton = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    refreshButton->setObjectName(u"postmasterRefresh"_s);
    connect(refreshButton, &QPushButton::clicked, this, &PostmasterView::refresh);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(960, 420);
    m_resolver = std::make_unique<dns::Resolver>(m_options.resolver);
    refresh();
}

PostmasterView::~PostmasterView() = default;

void PostmasterView::refresh() {
    if (!m_options.postmaster.isComplete()) {
        m_status->setText(tr("No Google account is connected: enter your OAuth client in Settings > Google "
                             "Postmaster Tools and press Connect."));
        return;
    }
    delete m_client;
    postmaster::PostmasterOptions options;
    options.credentials = m_options.postmaster;
    m_client = new postmaster::PostmasterClient(m_resolver.get(), options, this);
    connect(m_client, &postmaster::PostmasterClient::finished, this, [this] { setData(m_client->result()); });
    m_status->setText(tr("Reading Google Postmaster Tools…"));
    m_client->start(m_domains);
}

void PostmasterView::setData(const postmaster::PostmasterData& data) {
    QString status = data.domains.isEmpty() ? tr("Postmaster Tools lists no domain for this account.")
                                            : tr("%n domain(s).", nullptr, int(data.domains.size()));
    if (!data.error.isEmpty())
        status =
            tr("Google Postmaster Tools could not be read: %1").arg(util::escapeControls(data.error, 500));
    m_status->setText(status);
    m_model->setRowCount(0);
    for (const postmaster::DomainStats& d : data.domains) {
        QString date =
            d.statsDate.isValid() ? QLocale().toString(d.statsDate, QLocale::ShortFormat) : tr("no data");
        if (d.fromCache)
            date = tr("%1 (from the cache)").arg(date);
        if (!d.error.isEmpty())
            date = tr("could not check: %1").arg(util::escapeControls(d.error, 300)) + u" · "_s + date;
        const QStringList cells{util::escapeControls(d.domain, 255),
                                spamText(d),
                                rateText(d.spfRate),
                                rateText(d.dkimRate),
                                rateText(d.dmarcRate),
                                rateText(d.tlsRate),
                                complianceText(d),
                                date};
        QList<QStandardItem*> row;
        for (const QString& cell : cells)
            row << new QStandardItem(cell);
        m_model->appendRow(row);
    }
    m_table->resizeColumnsToContents();
}

} // namespace rebound::ui
