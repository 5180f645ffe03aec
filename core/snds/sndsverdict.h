// What one IP's SNDS data means, for rebound-cli ip's exit code and text and for the watch: its state
// (the filter colour, "none" without a row, "could_not_check" when the data could not be read at all) and
// its Nagios code.
#pragma once

#include "core/snds/sndsdata.h"

namespace rebound::snds {

enum class IpSndsState { Green, Yellow, Red, None, CouldNotCheck };
// "green", "yellow", "red", "none", "could_not_check"
QString stateName(IpSndsState state);

// None: SNDS has no row for the IP (or only a colour it did not recognise); CouldNotCheck: the fetch failed
// and no cache was there to fall back on.
IpSndsState ipState(const SndsData& data, const QString& ip);
// Whether Microsoft blocks the IP (ipStatus.aspx).
bool isBlocked(const SndsData& data, const QString& ip);
// 2 red or blocked, 1 yellow, 3 could not check, else 0 (rebound-cli ip counts it like a listing).
int nagiosCode(const SndsData& data, const QString& ip);
// One line for rebound-cli ip's text and the watch's detail: "RED, 37 trap hits, complaints > 4%,
// BLOCKED: ...  (data of 2026-12-30)" (unescaped: SNDS's texts come from the network).
QString ipSummary(const SndsData& data, const QString& ip);

} // namespace rebound::snds
