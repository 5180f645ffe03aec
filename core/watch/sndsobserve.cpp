#include "core/watch/sndsobserve.h"

#include "core/snds/sndsverdict.h"
#include "core/util/jsonutil.h"
#include "core/watch/prometheus.h"

using namespace Qt::StringLiterals;

namespace rebound::watch {

bool isSndsState(CheckState state) {
    return state == CheckState::SndsGreen || state == CheckState::SndsYellow || state == CheckState::SndsRed
           || state == CheckState::SndsNone;
}

Observation observeSnds(const snds::SndsData& data, const QString& ip) {
    Observation o;
    o.target = ip;
    o.check = sndsCheckName();
    const snds::IpSndsState state = snds::ipState(data, ip);
    switch (state) {
    case snds::IpSndsState::Green:
        o.state = CheckState::SndsGreen;
        break;
    case snds::IpSndsState::Yellow:
        o.state = CheckState::SndsYellow;
        break;
    case snds::IpSndsState::Red:
        o.state = CheckState::SndsRed;
        break;
    case snds::IpSndsState::None:
        o.state = CheckState::SndsNone;
        break;
    case snds::IpSndsState::CouldNotCheck:
        o.state = CheckState::CouldNotCheck;
        o.detail = util::escapeControls(data.error, 300);
        return o;
    }
    o.value = checkStateName(o.state);
    // "SNDS    " off the CLI's line: the detail is the rest (escaped: SNDS's texts come from the network).
    o.detail = util::escapeControls(snds::ipLine(data, ip).mid(8), 400);
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
