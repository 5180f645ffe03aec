#include "ui/messageview.h"

#include "core/diagnosis/checktask.h"
#include "core/util/jsonutil.h"
#include "ui/findingsmodel.h"
#include "ui/presentation.h"
#include "ui/routetimeline.h"
#include "ui/tabfindings.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rebound::ui {
namespace {

// Message text is untrusted: controls escaped and bounded in every cell.
QStandardItem* cell(const QString& text, qsizetype maxChars = 300) {
    auto* item = new QStandardItem(util::escapeControls(text, maxChars));
    item->setEditable(false);
    item->setToolTip(item->text());
    return item;
}

// A result word with the outcome the findings table uses (pass, warning, fail, note) as data.
QStandardItem* resultCell(const QString& result) {
    QStandardItem* item = cell(result.isEmpty() ? MessageView::tr("not checked") : result, 40);
    item->setData(TabFindings::authResultOutcome(result), FindingsModel::OutcomeRole);
    return item;
}

QStandardItemModel* tableModel(const QStringList& headers, QObject* parent) {
    auto* model = new QStandardItemModel(0, int(headers.size()), parent);
    model->setHorizontalHeaderLabels(headers);
    return model;
}

QTableView* tableView(const QString& objectName, const QString& accessibleName, QStandardItemModel* model,
                      QWidget* parent) {
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(true);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->setVisible(false);
    return view;
}

QString yesNo(const QJsonValue& value) {
    return value.isBool() ? (value.toBool() ? MessageView::tr("yes") : MessageView::tr("no")) : QString();
}

void clearRows(QStandardItemModel* model) {
    model->removeRows(0, model->rowCount());
}

} // namespace

MessageView::MessageView(QWidget* parent)
    : QWidget(parent) {
    setObjectName(u"messageView"_s);
    setAccessibleName(tr("Message analysis"));
    m_note = new QLabel(this);
    m_note->setObjectName(u"messageNote"_s);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);

    m_findings = new FindingsModel(this);
    m_findingsTree = new QTreeView(this);
    m_findingsTree->setObjectName(u"messageFindings"_s);
    m_findingsTree->setAccessibleName(tr("Message results: pass, warning and fail"));
    m_findingsTree->setModel(m_findings);
    m_findingsTree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_findingsTree->setWordWrap(true);
    m_findingsTree->setColumnWidth(FindingsModel::ResultColumn, 120);
    m_findingsTree->header()->setStretchLastSection(true);

    m_parts = new QTabWidget(this);
    m_parts->setObjectName(u"messageParts"_s);
    m_parts->setAccessibleName(tr("Parts of the message analysis"));
    m_parts->setDocumentMode(true);

    auto* routePane = new QSplitter(Qt::Vertical, m_parts);
    routePane->setObjectName(u"messageRouteSplitter"_s);
    m_timeline = new RouteTimeline(routePane);
    m_hops = tableModel({tr("Hop"), tr("From"), tr("By"), tr("IP"), tr("Protocol"), tr("TLS"),
                         tr("Time (UTC)"), tr("Delay (s)"), tr("First external")},
                        this);
    routePane->addWidget(m_timeline);
    routePane->addWidget(tableView(u"messageHops"_s, tr("Route: one row per Received field, oldest first"),
                                   m_hops, routePane));
    routePane->setChildrenCollapsible(false);
    m_parts->addTab(routePane, tr("Route"));

    m_dkim = tableModel({tr("Domain"), tr("Selector"), tr("Algorithm"), tr("Canonicalization"), tr("Result"),
                         tr("Body hash"), tr("Key bits"), tr("Reason")},
                        this);
    m_parts->addTab(tableView(u"messageDkim"_s, tr("DKIM signatures"), m_dkim, m_parts), tr("DKIM"));
    m_arc = tableModel({tr("i="), tr("cv="), tr("Sealed by"), tr("Seal"), tr("Message signature"),
                        tr("Recorded by"), tr("Compared with Rebound")},
                       this);
    m_parts->addTab(tableView(u"messageArc"_s, tr("ARC instances"), m_arc, m_parts), tr("ARC"));
    m_authResults =
        tableModel({tr("Written by"), tr("Trust"), tr("Method"), tr("Result"), tr("Reason")}, this);
    m_parts->addTab(
        tableView(u"messageAuthResults"_s, tr("Authentication-Results fields"), m_authResults, m_parts),
        tr("Authentication-Results"));
    m_bulk = tableModel({tr("Rule"), tr("Result"), tr("Detail"), tr("Source")}, this);
    m_parts->addTab(tableView(u"messageBulkSender"_s, tr("Bulk-sender checklist"), m_bulk, m_parts),
                    tr("Bulk-sender rules"));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"messageFindingsSplitter"_s);
    splitter->addWidget(m_findingsTree);
    splitter->addWidget(m_parts);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_note);
    layout->addWidget(splitter, 1);
    m_note->hide();
}

bool MessageView::hasMessage() const {
    return m_hasMessage;
}

void MessageView::setChecks(const QList<QJsonObject>& checks) {
    m_hasMessage = !checks.isEmpty();
    const QJsonObject check = checks.value(0);
    const QJsonObject result = check[u"result"].toObject();
    // A run updates the views many times a second: an unchanged analysis is not refilled.
    if (check == m_shown)
        return;
    m_shown = check;
    QString note;
    const auto state = diagnosis::parseCheckState(check[u"state"].toString());
    if (m_hasMessage && state != diagnosis::CheckState::Done)
        note = tr("%1: %2").arg(check[u"title"].toString(),
                                state ? checkStateText(*state) : check[u"state"].toString().left(40));
    else if (result[u"returned_copy"].toBool())
        note =
            result[u"headers_only"].toBool()
                ? tr("The header block a bounce returned: the route, the domains and the sending address can "
                     "be trusted; no DKIM signature can pass without the body.")
                : tr("The copy a bounce returned: the route, the domains and the sending address can be "
                     "trusted; a DKIM failure may come from the reporting server re-encoding the copy.");
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    m_findings->setRows(TabFindings::messageRows(result), check[u"findings"].toArray(), {u"message."_s});
    fill(result);
}

void MessageView::fill(const QJsonObject& result) {
    clearRows(m_hops);
    const QJsonArray hops = result[u"hops"].toArray();
    int number = 0;
    for (const QJsonValue& value : hops) {
        const QJsonObject hop = value.toObject();
        m_hops->appendRow(
            {cell(QString::number(++number)), cell(hop[u"from"].toString()), cell(hop[u"by"].toString()),
             cell(hop[u"ip"].toString(), 60), cell(hop[u"protocol"].toString(), 40), cell(yesNo(hop[u"tls"])),
             cell(hop[u"time"].toString(), 40),
             cell(hop[u"delay_s"].isDouble() ? QString::number(qint64(hop[u"delay_s"].toDouble()))
                                             : QString()),
             cell(hop[u"first_external"].toBool() ? tr("first external hop") : QString())});
    }
    m_timeline->setHops(hops);

    clearRows(m_dkim);
    for (const QJsonValue& value : result[u"dkim"].toArray()) {
        const QJsonObject d = value.toObject();
        m_dkim->appendRow(
            {cell(d[u"domain"].toString()), cell(d[u"selector"].toString()),
             cell(d[u"algorithm"].toString(), 40), cell(d[u"canonicalization"].toString(), 40),
             resultCell(d[u"result"].toString()), cell(yesNo(d[u"body_hash_ok"])),
             cell(d[u"key_bits"].toInt() > 0 ? QString::number(d[u"key_bits"].toInt()) : QString()),
             cell(d[u"reason"].toString(), 500)});
    }

    clearRows(m_arc);
    for (const QJsonValue& value : result[u"arc"][u"instances"].toArray()) {
        const QJsonObject set = value.toObject();
        QStringList compared;
        for (const QJsonValue& c : set[u"compared"].toArray())
            compared << tr("%1 for %2: sealer %3, Rebound %4")
                            .arg(c[u"method"].toString(), c[u"subject"].toString(), c[u"claimed"].toString(),
                                 c[u"rebound"].toString());
        m_arc->appendRow({cell(QString::number(set[u"instance"].toInt())), cell(set[u"cv"].toString(), 20),
                          cell(set[u"seal_domain"].toString()), resultCell(set[u"seal_result"].toString()),
                          resultCell(set[u"ams_result"].toString()), cell(set[u"authserv_id"].toString()),
                          cell(compared.join(u"; "_s), 1000)});
    }

    clearRows(m_authResults);
    for (const QJsonValue& value : result[u"authentication_results"].toArray()) {
        const QJsonObject ar = value.toObject();
        const QString trust = ar[u"trusted"].toBool() ? tr("trusted (the receiver)") : tr("a claim");
        const QJsonArray methods = ar[u"results"].toArray();
        if (methods.isEmpty())
            m_authResults->appendRow(
                {cell(ar[u"authserv_id"].toString()), cell(trust), cell({}), cell({}), cell({})});
        for (const QJsonValue& m : methods)
            m_authResults->appendRow({cell(ar[u"authserv_id"].toString()), cell(trust),
                                      cell(m[u"method"].toString(), 40), resultCell(m[u"result"].toString()),
                                      cell(m[u"reason"].toString())});
    }

    clearRows(m_bulk);
    for (const QJsonValue& value : result[u"bulk_sender"].toArray()) {
        const QJsonObject item = value.toObject();
        m_bulk->appendRow({cell(item[u"title"].toString()), resultCell(item[u"result"].toString()),
                           cell(item[u"detail"].toString(), 600), cell(item[u"source"].toString())});
    }
}

} // namespace rebound::ui
