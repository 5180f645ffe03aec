#include "ui/watchtargetsmodel.h"

#include "core/util/jsonutil.h"
#include "core/watch/watchstore.h"
#include "ui/watchwords.h"

#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace rebound::ui {

namespace {

// Worse first: listed (on a list, or SNDS red), broken (a record, a certificate), missing, a warning
// (near expiry, no STARTTLS, SNDS yellow), could not check, ok.
int badness(watch::CheckState state) {
    switch (state) {
    case watch::CheckState::Listed:
    case watch::CheckState::SndsRed:
        return 9;
    case watch::CheckState::Broken:
    case watch::CheckState::Expired:
    case watch::CheckState::Invalid:
        return 8;
    case watch::CheckState::Missing:
        return 7;
    case watch::CheckState::NearExpiry:
    case watch::CheckState::NoStartTls:
    case watch::CheckState::SndsYellow:
        return 5;
    case watch::CheckState::CouldNotCheck:
        return 3;
    case watch::CheckState::Ok:
    case watch::CheckState::SndsGreen:
        return 1;
    case watch::CheckState::SndsNone:
    case watch::CheckState::NotAsked:
        break;
    }
    return 0;
}

QString shortTime(const QDateTime& time) {
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

WatchTargetsModel::WatchTargetsModel(QObject* parent)
    : QAbstractTableModel(parent) {
}

void WatchTargetsModel::refresh(const QStringList& lines, const watch::WatchStore& store) {
    beginResetModel();
    m_rows.clear();
    QHash<QString, int> rowOfSubject;
    for (const QString& line : lines) {
        QString error;
        const auto target = watch::parseWatchTarget(line, &error);
        if (!target)
            continue;
        Row row;
        row.line = line;
        row.target = *target;
        row.lastRun = store.lastRun(target->entry);
        for (const QString& subject : target->subjects())
            rowOfSubject.insert(subject, int(m_rows.size()));
        m_rows << row;
    }
    for (const watch::StateRow& state : store.states()) {
        const auto it = rowOfSubject.constFind(state.target);
        if (it == rowOfSubject.cend() || state.state.state == watch::CheckState::NotAsked)
            continue;
        Row& row = m_rows[*it];
        const int bad = badness(state.state.state);
        if (!row.worst || bad > badness(*row.worst)) {
            row.worst = state.state.state;
            row.worstCount = 1;
            row.worstWhere = state.zone.isEmpty() ? state.check : state.zone;
            row.worstSince = state.state.since;
        } else if (bad == badness(*row.worst)) {
            ++row.worstCount;
            if (state.state.since.isValid() && state.state.since < row.worstSince)
                row.worstSince = state.state.since; // the oldest of them
        }
    }
    // Newest first: the first change seen for a row is its last.
    for (const watch::Change& change : store.changes({}, 5000)) {
        const auto it = rowOfSubject.constFind(change.target);
        if (it != rowOfSubject.cend() && !m_rows[*it].lastChange)
            m_rows[*it].lastChange = change;
    }
    endResetModel();
}

QStringList WatchTargetsModel::subjects(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).target.subjects() : QStringList();
}

int WatchTargetsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WatchTargetsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WatchTargetsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    if (role == LineRole)
        return row.line;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TargetColumn:
        return row.target.entry;
    case StateColumn:
        // The worst current state with where and since when: an older listing stays in sight beside a
        // newer, minor change in the next column.
        if (!row.worst)
            return tr("Not checked yet");
        if (*row.worst == watch::CheckState::Ok)
            return watchStateWords(*row.worst);
        if (row.worstCount > 1)
            return tr("%1 (%n checks) since %2", nullptr, row.worstCount)
                .arg(watchStateWords(*row.worst), shortTime(row.worstSince));
        return tr("%1 (%2) since %3")
            .arg(watchStateWords(*row.worst), util::escapeControls(row.worstWhere, 120),
                 shortTime(row.worstSince));
    case LastChangeColumn:
        if (!row.lastChange)
            return tr("None");
        return tr("%1, %2").arg(shortTime(row.lastChange->at), watchChangeSentence(*row.lastChange));
    case LastRunColumn:
        return row.lastRun.isValid() ? shortTime(row.lastRun) : tr("Never");
    default:
        break;
    }
    return {};
}

QVariant WatchTargetsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TargetColumn:
        return tr("Target");
    case StateColumn:
        return tr("Worst current state");
    case LastChangeColumn:
        return tr("Last change");
    case LastRunColumn:
        return tr("Last checked");
    default:
        break;
    }
    return {};
}

} // namespace rebound::ui
