#include "ui/findingsmodel.h"

#include "core/util/jsonutil.h"
#include "ui/presentation.h"

#include <QApplication>
#include <QJsonObject>
#include <QStyle>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rebound::ui {

namespace {

int outcomeRank(const QString& outcome) {
    static const QStringList order{u"fail"_s, u"warning"_s, u"note"_s, u"pass"_s};
    const qsizetype rank = order.indexOf(outcome);
    return rank < 0 ? int(order.size()) : int(rank);
}

QIcon outcomeIcon(const QString& outcome) {
    if (outcome == u"pass"_s)
        return QApplication::style()->standardIcon(QStyle::SP_DialogApplyButton);
    if (outcome == u"fail"_s)
        return severityIcon(Severity::Error);
    return severityIcon(outcome == u"warning"_s ? Severity::Warning : Severity::Info);
}

} // namespace

FindingsModel::FindingsModel(QObject* parent)
    : QStandardItemModel(0, ColumnCount, parent) {
    setHorizontalHeaderLabels({tr("Result"), tr("Why")});
}

QString FindingsModel::outcomeOfSeverity(std::optional<Severity> severity) {
    if (severity >= Severity::Error)
        return u"fail"_s;
    if (severity == Severity::Warning)
        return u"warning"_s;
    return u"note"_s;
}

QString FindingsModel::outcomeText(const QString& outcome) {
    if (outcome == u"pass"_s)
        return tr("Pass");
    if (outcome == u"fail"_s)
        return tr("Fail");
    if (outcome == u"warning"_s)
        return tr("Warning");
    return tr("Note");
}

void FindingsModel::setRows(const QList<Row>& rows, const QJsonArray& findings, const QStringList& prefixes) {
    QList<Row> found;
    for (const QJsonValue& value : findings) {
        const QString id = value[u"id"].toString();
        if (!std::any_of(prefixes.begin(), prefixes.end(),
                         [&](const QString& p) { return id.startsWith(p); }))
            continue;
        QStringList evidence;
        for (const QJsonValue& line : value[u"evidence"].toArray())
            evidence << line.toString();
        found << Row{outcomeOfSeverity(parseSeverity(value[u"severity"].toString())),
                     value[u"title"].toString(), value[u"detail"].toString(), evidence};
    }
    std::stable_sort(found.begin(), found.end(), [](const Row& a, const Row& b) {
        return outcomeRank(a.outcome) < outcomeRank(b.outcome);
    });
    found = rows + found;
    if (found == m_shown)
        return;
    m_shown = found;
    removeRows(0, rowCount());
    for (const Row& row : std::as_const(found))
        appendRow(row);
}

void FindingsModel::appendRow(const Row& row) {
    auto* result = new QStandardItem(outcomeIcon(row.outcome), outcomeText(row.outcome));
    result->setEditable(false);
    result->setData(row.outcome, OutcomeRole);
    result->setToolTip(outcomeText(row.outcome));
    QStandardItem* reason = readOnlyItem(row.reason);
    QStringList tip{reason->text()};
    if (!row.detail.isEmpty()) {
        result->appendRow({readOnlyItem(tr("Detail")), readOnlyItem(row.detail)});
        tip << util::escapeControls(row.detail, 2000);
    }
    for (const QString& line : row.evidence)
        result->appendRow({readOnlyItem(tr("Evidence")), readOnlyItem(line)});
    reason->setToolTip(plainToolTip(tip.join(u"\n\n"_s)));
    invisibleRootItem()->appendRow({result, reason});
}

} // namespace rebound::ui
