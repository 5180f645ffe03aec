#include "ui/dnsquerymodel.h"

#include "core/util/jsonutil.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace rebound::ui {

DnsQueryModel::DnsQueryModel(QObject* parent)
    : QAbstractTableModel(parent) {
}

void DnsQueryModel::setLog(const dns::QueryLog& log) {
    beginResetModel();
    m_log = log;
    endResetModel();
}

QString DnsQueryModel::outcomeText(dns::Outcome outcome) {
    using dns::Outcome;
    switch (outcome) {
    case Outcome::Answer:
        return tr("Answer");
    case Outcome::NoData:
        return tr("No record of this type (NODATA)");
    case Outcome::NxDomain:
        return tr("No such name (NXDOMAIN)");
    case Outcome::ServFail:
        return tr("Server failure (SERVFAIL)");
    case Outcome::Refused:
        return tr("Refused (REFUSED)");
    case Outcome::FormErr:
        return tr("Query not understood (FORMERR)");
    case Outcome::OtherRcode:
        return tr("Other error code");
    case Outcome::Timeout:
        return tr("No answer in time (timeout)");
    case Outcome::NetworkError:
        return tr("Network error");
    case Outcome::BadResponse:
        return tr("Unreadable answer");
    case Outcome::InvalidQuery:
        return tr("Not sent (invalid name)");
    case Outcome::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

int DnsQueryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_log.entries().size());
}

int DnsQueryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DnsQueryModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_log.entries().size())
        return {};
    const dns::QueryLogEntry& e = m_log.entries().at(index.row());
    if (role == OutcomeRole)
        return dns::outcomeName(e.outcome);
    if (role == SortRole) {
        switch (index.column()) {
        case TtlColumn:
            return e.ttl ? qint64(*e.ttl) : qint64(-1);
        case TimeColumn:
            return e.elapsedMs;
        case OutcomeColumn:
            return dns::outcomeName(e.outcome);
        default:
            break;
        }
        role = Qt::DisplayRole;
    }
    // Names, server strings and record data come from the network: escaped before they are shown.
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return util::escapeControls(e.name, 300);
        case TypeColumn:
            return dns::recordTypeName(e.type);
        case ServerColumn:
            return e.server.isEmpty() ? tr("none answered") : util::escapeControls(e.server, 80);
        case OutcomeColumn:
            return outcomeText(e.outcome);
        case TtlColumn:
            return e.ttl ? QVariant(qint64(*e.ttl)) : QVariant();
        case DataColumn:
            return util::escapeControls(e.data.isEmpty() ? e.error : e.data.join(u"  |  "_s), 1000);
        case TimeColumn:
            return tr("%1 ms").arg(e.elapsedMs);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        QStringList lines;
        for (const QString& item : e.data)
            lines << util::escapeControls(item, 600);
        if (!e.error.isEmpty())
            lines << util::escapeControls(e.error, 600);
        lines << tr("Ended %1 UTC").arg(e.endedUtc.toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s));
        return lines.join(u'\n');
    }
    if (role == Qt::TextAlignmentRole && (index.column() == TtlColumn || index.column() == TimeColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant DnsQueryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case ServerColumn:
        return tr("Server");
    case OutcomeColumn:
        return tr("Outcome");
    case TtlColumn:
        return tr("TTL (s)");
    case DataColumn:
        return tr("Data");
    case TimeColumn:
        return tr("Time");
    default:
        return {};
    }
}

} // namespace rebound::ui
