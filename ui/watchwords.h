// What the Watch window, the tray and its notifications say about watch states and changes, and the two
// decisions the tray makes (kept here as plain functions so a test decides them without a tray).
#pragma once

#include "core/watch/watchtypes.h"

#include <QList>
#include <QString>

namespace rebound::ui {

// "Listed", "OK", "Missing", "Broken", "Could not check", "Not asked" (translated).
QString watchStateWords(watch::CheckState state);
// One change as a sentence: "203.0.113.7: newly listed on bl.spamcop.net" (translated; untrusted parts
// escaped).
QString watchChangeSentence(const watch::Change& change);
// "Newly listed", "Delisted", "Changed", ... (translated).
QString watchChangeWords(watch::ChangeKind kind);

// The window hides to the tray on close only when the user chose it, the desktop has a tray and there
// is something to watch; otherwise closing quits as always.
bool hidesToTray(bool keepWatching, bool trayAvailable, bool hasTargets);
// The notification for a pass: empty when nothing changed (no notification), else at most maxLines
// sentences and "and N more".
QString watchNotificationText(const QList<watch::Change>& changes, int maxLines = 5);

} // namespace rebound::ui
