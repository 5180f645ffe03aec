#include "ui/reportsmodel.h"

#include "core/util/jsonutil.h"

using namespace Qt::StringLiterals;

namespace rebound::ui {

ReportsSourceModel::ReportsSourceModel(QObject* parent)
    : QAbstractTableModel(parent) {
}

void ReportsSourceModel::setSummary(const reports::ReportsSummary& summary) {
    beginResetModel();
    m_sources.clear();
    for (const reports::DomainSummary& d : summary.domains)
        m_sources.append(d.sources);
    endResetModel();
}

const reports::SourceSummary* ReportsSourceModel::source(int row) const {
    return row >= 0 && row < m_sources.size() ? &m_sources.at(row) : nullptr;
}

int ReportsSourceModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_sources.size());
}

int ReportsSourceModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReportsSourceModel::whoText(const reports::SourceSummary& s) {
    switch (s.who) {
    case reports::SourceKind::OwnSender:
        return tr("Your SPF-authorised sender");
    case reports::SourceKind::KnownSender:
        return s.senderName;
    case reports::SourceKind::Unknown:
        break;
    }
    return s.senderName.isEmpty() ? tr("Unknown") : tr("Unknown (signed like %1)").arg(s.senderName);
}

QString ReportsSourceModel::verdictText(reports::SourceVerdict verdict) {
    switch (verdict) {
    case reports::SourceVerdict::Pass:
        break;
    case reports::SourceVerdict::Unauthorised:
        return tr("Unauthorised sender");
    case reports::SourceVerdict::EspUnaligned:
        return tr("Sending service not aligned: align DKIM");
    case reports::SourceVerdict::Forwarding:
        return tr("Forwarding");
    }
    return tr("Passes DMARC");
}

QVariant ReportsSourceModel::data(const QModelIndex& index, int role) const {
    const reports::SourceSummary* s = source(index.row());
    if (!s || !index.isValid())
        return {};
    if (role == IpRole)
        return s->ip;
    const bool sort = role == SortRole;
    if (role != Qt::DisplayRole && !sort && role != Qt::ToolTipRole)
        return role == Qt::TextAlignmentRole && index.column() >= MessagesColumn
                       && index.column() <= DkimColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    switch (index.column()) {
    case DomainColumn:
        return util::escapeControls(s->domain, 255);
    case IpColumn:
        return QString(
            util::escapeControls(s->ip, 60)
            + (s->ptr.isEmpty() || sort ? QString() : u" ("_s + util::escapeControls(s->ptr, 200) + u')'));
    case WhoColumn:
        return util::escapeControls(whoText(*s), 200);
    case MessagesColumn:
        return sort ? QVariant(s->messages) : QVariant(QString::number(s->messages));
    case PassRateColumn:
        return sort ? QVariant(s->messages ? double(s->dmarcPass) / double(s->messages) : 0.0)
                    : QVariant(reports::passRateText(s->dmarcPass, s->messages));
    case SpfColumn:
        return sort ? QVariant(s->spfAligned) : QVariant(reports::passRateText(s->spfAligned, s->messages));
    case DkimColumn:
        return sort ? QVariant(s->dkimAligned) : QVariant(reports::passRateText(s->dkimAligned, s->messages));
    case DispositionColumn: {
        QStringList parts;
        for (auto it = s->dispositions.begin(); it != s->dispositions.end(); ++it)
            parts.append(u"%1 %2"_s.arg(util::escapeControls(it.key(), 20)).arg(it.value()));
        return parts.join(u", "_s);
    }
    case ReportersColumn:
        return util::escapeControls(s->organisations.join(u", "_s), 500);
    case VerdictColumn:
        return verdictText(s->verdict);
    default:
        return {};
    }
}

QVariant ReportsSourceModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DomainColumn:
        return tr("Domain");
    case IpColumn:
        return tr("Source IP");
    case WhoColumn:
        return tr("Who");
    case MessagesColumn:
        return tr("Messages");
    case PassRateColumn:
        return tr("DMARC pass");
    case SpfColumn:
        return tr("SPF aligned");
    case DkimColumn:
        return tr("DKIM aligned");
    case DispositionColumn:
        return tr("Disposition");
    case ReportersColumn:
        return tr("Reported by");
    case VerdictColumn:
        return tr("Verdict");
    default:
        return {};
    }
}

} // namespace rebound::ui
