#include "ui/watchwords.h"

#include "core/util/jsonutil.h"
#include "core/watch/certificatewatch.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rebound::ui {

namespace {

QString checkWords(const QString& check) {
    if (check == u"blocklist")
        return QCoreApplication::translate("rebound::ui::WatchWords", "blocklist");
    if (check == u"ptr")
        return QCoreApplication::translate("rebound::ui::WatchWords", "PTR");
    if (check == u"mx")
        return QCoreApplication::translate("rebound::ui::WatchWords", "MX");
    if (check == u"spf")
        return QCoreApplication::translate("rebound::ui::WatchWords", "SPF");
    if (check == u"dmarc")
        return QCoreApplication::translate("rebound::ui::WatchWords", "DMARC");
    if (check == u"dkim")
        return QCoreApplication::translate("rebound::ui::WatchWords", "DKIM");
    if (check == u"snds")
        return QCoreApplication::translate("rebound::ui::WatchWords", "Microsoft SNDS");
    if (check == u"mta_sts")
        return QCoreApplication::translate("rebound::ui::WatchWords", "MTA-STS mode");
    if (check == watch::certificateCheck)
        return QCoreApplication::translate("rebound::ui::WatchWords", "TLS certificate");
    return util::escapeControls(check, 40);
}

} // namespace

QString watchStateWords(watch::CheckState state) {
    switch (state) {
    case watch::CheckState::Ok:
        return QCoreApplication::translate("rebound::ui::WatchWords", "OK");
    case watch::CheckState::Listed:
        return QCoreApplication::translate("rebound::ui::WatchWords", "Listed");
    case watch::CheckState::Missing:
        return QCoreApplication::translate("rebound::ui::WatchWords", "Missing");
    case watch::CheckState::Broken:
        return QCoreApplication::translate("rebound::ui::WatchWords", "Broken");
    case watch::CheckState::CouldNotCheck:
        return QCoreApplication::translate("rebound::ui::WatchWords", "Could not check");
    case watch::CheckState::SndsGreen:
        return QCoreApplication::translate("rebound::ui::WatchWords", "Green");
    case watch::CheckState::SndsYellow:
        return QCoreApplication::translate("rebound::ui::WatchWords", "Yellow");
    case watch::CheckState::SndsRed:
        return QCoreApplication::translate("rebound::ui::WatchWords", "Red");
    case watch::CheckState::SndsNone:
        return QCoreApplication::translate("rebound::ui::WatchWords", "No SNDS data");
    case watch::CheckState::NearExpiry:
        return QCoreApplication::translate("rebound::ui::WatchWords", "Near expiry");
    case watch::CheckState::NoStartTls:
        return QCoreApplication::translate("rebound::ui::WatchWords", "No STARTTLS");
    case watch::CheckState::Expired:
        return QCoreApplication::translate("rebound::ui::WatchWords", "Expired");
    case watch::CheckState::Invalid:
        return QCoreApplication::translate("rebound::ui::WatchWords", "Invalid certificate");
    case watch::CheckState::NotAsked:
        break;
    }
    return QCoreApplication::translate("rebound::ui::WatchWords", "Not asked");
}

QString watchChangeWords(watch::ChangeKind kind) {
    switch (kind) {
    case watch::ChangeKind::Listed:
        return QCoreApplication::translate("rebound::ui::WatchWords", "Newly listed");
    case watch::ChangeKind::Delisted:
        return QCoreApplication::translate("rebound::ui::WatchWords", "Delisted");
    case watch::ChangeKind::Changed:
        return QCoreApplication::translate("rebound::ui::WatchWords", "Changed");
    case watch::ChangeKind::Broke:
        return QCoreApplication::translate("rebound::ui::WatchWords", "Broke");
    case watch::ChangeKind::Fixed:
        return QCoreApplication::translate("rebound::ui::WatchWords", "Fixed");
    case watch::ChangeKind::CouldNotCheck:
        return QCoreApplication::translate("rebound::ui::WatchWords", "Could not check");
    case watch::ChangeKind::Degraded:
        return QCoreApplication::translate("rebound::ui::WatchWords", "Needs attention");
    case watch::ChangeKind::CheckedAgain:
        break;
    }
    return QCoreApplication::translate("rebound::ui::WatchWords", "Checked again");
}

QString watchChangeSentence(const watch::Change& change) {
    const QString target = util::escapeControls(change.target, 120);
    const QString zone = util::escapeControls(change.zone, 120);
    const QString check = checkWords(change.check);
    if (change.check == watch::certificateCheck && change.kind != watch::ChangeKind::CouldNotCheck
        && change.kind != watch::ChangeKind::CheckedAgain) {
        // "example.com: the certificate of mx.example.com: Near expiry"
        const auto state = watch::checkStateFromName(change.to);
        return QCoreApplication::translate("rebound::ui::WatchWords", "%1: the certificate of %2: %3")
            .arg(target, zone, state ? watchStateWords(*state) : util::escapeControls(change.to, 40));
    }
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
    case watch::ChangeKind::Degraded:
        return QCoreApplication::translate("rebound::ui::WatchWords", "%1: %2 needs attention")
            .arg(target, check);
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
