#include "ui/watchwords.h"

#include "core/util/jsonutil.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rebound::ui {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("rebound::ui::WatchWords", text);
}

QString checkWords(const QString& check) {
    if (check == u"blocklist")
        return tr("blocklist");
    if (check == u"ptr")
        return tr("PTR");
    if (check == u"mx")
        return tr("MX");
    if (check == u"spf")
        return tr("SPF");
    if (check == u"dmarc")
        return tr("DMARC");
    if (check == u"dkim")
        return tr("DKIM");
    return util::escapeControls(check, 40);
}

} // namespace

QString watchStateWords(watch::CheckState state) {
    switch (state) {
    case watch::CheckState::Ok:
        return tr("OK");
    case watch::CheckState::Listed:
        return tr("Listed");
    case watch::CheckState::Missing:
        return tr("Missing");
    case watch::CheckState::Broken:
        return tr("Broken");
    case watch::CheckState::CouldNotCheck:
        return tr("Could not check");
    case watch::CheckState::NotAsked:
        break;
    }
    return tr("Not asked");
}

QString watchChangeWords(watch::ChangeKind kind) {
    switch (kind) {
    case watch::ChangeKind::Listed:
        return tr("Newly listed");
    case watch::ChangeKind::Delisted:
        return tr("Delisted");
    case watch::ChangeKind::Changed:
        return tr("Changed");
    case watch::ChangeKind::Broke:
        return tr("Broke");
    case watch::ChangeKind::Fixed:
        return tr("Fixed");
    case watch::ChangeKind::CouldNotCheck:
        return tr("Could not check");
    case watch::ChangeKind::CheckedAgain:
        break;
    }
    return tr("Checked again");
}

QString watchChangeSentence(const watch::Change& change) {
    const QString target = util::escapeControls(change.target, 120);
    const QString zone = util::escapeControls(change.zone, 120);
    const QString check = checkWords(change.check);
    switch (change.kind) {
    case watch::ChangeKind::Listed:
        return QCoreApplication::translate("rebound::ui::WatchWords", "%1: newly listed on %2")
            .arg(target, zone);
    case watch::ChangeKind::Delisted:
        return QCoreApplication::translate("rebound::ui::WatchWords", "%1: no longer listed on %2")
            .arg(target, zone);
    case watch::ChangeKind::Changed:
        return QCoreApplication::translate("rebound::ui::WatchWords", "%1: %2 changed to %3")
            .arg(target, check, util::escapeControls(change.to, 160));
    case watch::ChangeKind::Broke:
        return QCoreApplication::translate("rebound::ui::WatchWords", "%1: %2 is missing or broken")
            .arg(target, check);
    case watch::ChangeKind::Fixed:
        return QCoreApplication::translate("rebound::ui::WatchWords", "%1: %2 is sound again")
            .arg(target, check);
    case watch::ChangeKind::CouldNotCheck:
        return QCoreApplication::translate("rebound::ui::WatchWords", "%1: could not check %2")
            .arg(target, zone.isEmpty() ? check : zone);
    case watch::ChangeKind::CheckedAgain:
        break;
    }
    return QCoreApplication::translate("rebound::ui::WatchWords", "%1: %2 can be checked again")
        .arg(target, zone.isEmpty() ? check : zone);
}

bool hidesToTray(bool keepWatching, bool trayAvailable, bool hasTargets) {
    return keepWatching && trayAvailable && hasTargets;
}

QString watchNotificationText(const QList<watch::Change>& changes, int maxLines) {
    QStringList lines;
    for (const watch::Change& change : changes) {
        if (lines.size() == maxLines)
            break;
        lines << watchChangeSentence(change);
    }
    if (changes.size() > maxLines)
        lines << QCoreApplication::translate("rebound::ui::WatchWords", "and %n more", nullptr,
                                             int(changes.size() - maxLines));
    return lines.join(u'\n');
}

} // namespace rebound::ui
