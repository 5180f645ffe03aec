// Microsoft SNDS in the watch's vocabulary (issues #22, #24): the check "snds" of an address, whose state
// is SNDS's filter colour (green, yellow, red, or none when SNDS has no row for it), the transitions
// between colours, and the Prometheus gauge rebound_snds_filter. Pure functions.
#pragma once

#include "core/snds/sndsdata.h"
#include "core/watch/watchstore.h"
#include "core/watch/watchtypes.h"

#include <optional>

namespace rebound::watch {

inline QString sndsCheckName() {
    return QStringLiteral("snds");
}

bool isSndsState(CheckState state);

// The observation of one address: its colour (value: the colour's name, so that "changed" reads
// green -> yellow; detail: trap hits, complaint rate, block, the data's date). A fetch that failed with no
// cache to fall back on is CouldNotCheck.
Observation observeSnds(const snds::SndsData& data, const QString& ip);

// Between two colours (base nullopt: never seen): to red "listed" (critical), to yellow "changed"
// (warning), back to green "delisted" from red or "fixed" from yellow (good news); to none, or green
// first seen, nothing.
std::optional<ChangeKind> compareSnds(std::optional<CheckState> base, CheckState now);

// rebound_snds_filter{target="..."} 0 green, 1 yellow, 2 red (the last usable colour; none is left out).
QString sndsPrometheusText(const QList<StateRow>& states);

} // namespace rebound::watch
