#include "core/watch/sndsobserve.h"

#include "core/snds/sndsverdict.h"
#include "core/util/jsonutil.h"
#include "core/watch/prometheus.h"

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace rebound::watch {
namespace {

// SNDS's verdict on an address and the watch's state for it.
constexpr std::array<std::pair<snds::IpSndsState, CheckState>, 4> kColours{{
    {snds::IpSndsState::Green, CheckState::SndsGreen},
    {snds::IpSndsState::Yellow, CheckState::SndsYellow},
    {snds::IpSndsState::Red, CheckState::SndsRed},
    {snds::IpSndsState::None, CheckState::SndsNone},
}};

} // namespace

bool isSndsState(CheckState state) {
    return std::any_of(kColours.begin(), kColours.end(),
                       [state](const auto& colour) { return colour.second == state; });
}

Observation observeSnds(const snds::SndsData& data, const QString& ip) {
    Observation o;
    o.target = ip;
    o.check = sndsCheckName();
    const snds::IpSndsState state = snds::ipState(data, ip);
    if (state == snds::IpSndsState::CouldNotCheck) {
        o.state = CheckState::CouldNotCheck;
        o.detail = util::escapeControls(data.error, 300);
        return o;
    }
    for (const auto& [colour, checkState] : kColours) {
        if (colour == state)
            o.state = checkState;
    }
    o.value = checkStateName(o.state);
    o.detail = util::escapeControls(snds::ipSummary(data, ip), 400);
    return o;
}

std::optional<ChangeKind> compareSnds(std::optional<CheckState> base, CheckState now) {
    if (base == now)
        return std::nullopt;
    switch (now) {
    case CheckState::SndsRed:
        return ChangeKind::Listed;
    case CheckState::SndsYellow:
        return ChangeKind::Changed;
    case CheckState::SndsGreen:
        if (base == CheckState::SndsRed)
            return ChangeKind::Delisted;
        if (base == CheckState::SndsYellow)
            return ChangeKind::Fixed;
        break;
    default:
        break;
    }
    return std::nullopt;
}

QString sndsPrometheusText(const QList<StateRow>& states) {
    QString text = u"# HELP rebound_snds_filter Microsoft SNDS filter result of the address: 0 green, 1 "
                   "yellow, 2 red (the last usable data).\n# TYPE rebound_snds_filter gauge\n"_s;
    for (const StateRow& row : states) {
        if (row.check != sndsCheckName() || !row.state.known)
            continue;
        int value = -1;
        if (*row.state.known == CheckState::SndsGreen)
            value = 0;
        else if (*row.state.known == CheckState::SndsYellow)
            value = 1;
        else if (*row.state.known == CheckState::SndsRed)
            value = 2;
        if (value >= 0)
            text += u"rebound_snds_filter{target=\"%1\"} %2\n"_s.arg(escapeLabelValue(row.target)).arg(value);
    }
    return text;
}

} // namespace rebound::watch
