#include "core/snds/sndsverdict.h"

#include "core/util/nametable.h"

#include <array>

using namespace Qt::StringLiterals;

namespace rebound::snds {

namespace {

constexpr std::array<util::EnumName<IpSndsState>, 5> stateNames{{
    {IpSndsState::Green, u"green"},
    {IpSndsState::Yellow, u"yellow"},
    {IpSndsState::Red, u"red"},
    {IpSndsState::None, u"none"},
    {IpSndsState::CouldNotCheck, u"could_not_check"},
}};

} // namespace

QString stateName(IpSndsState state) {
    return util::enumName<IpSndsState>(stateNames, state);
}

IpSndsState ipState(const SndsData& data, const QString& ip) {
    if (!data.error.isEmpty() && !data.fromCache)
        return IpSndsState::CouldNotCheck;
    const IpActivity* row = data.activityFor(ip);
    if (!row)
        return IpSndsState::None;
    switch (row->filter) {
    case FilterColor::Green:
        return IpSndsState::Green;
    case FilterColor::Yellow:
        return IpSndsState::Yellow;
    case FilterColor::Red:
        return IpSndsState::Red;
    case FilterColor::Unknown:
        break;
    }
    return IpSndsState::None;
}

bool isBlocked(const SndsData& data, const QString& ip) {
    const BlockedRange* range = data.rangeFor(ip);
    return range && range->blocked;
}

int nagiosCode(const SndsData& data, const QString& ip) {
    const IpSndsState state = ipState(data, ip);
    if (state == IpSndsState::Red || (state != IpSndsState::CouldNotCheck && isBlocked(data, ip)))
        return 2;
    if (state == IpSndsState::Yellow)
        return 1;
    return state == IpSndsState::CouldNotCheck ? 3 : 0;
}

QString ipSummary(const SndsData& data, const QString& ip) {
    const IpSndsState state = ipState(data, ip);
    if (state == IpSndsState::CouldNotCheck)
        return u"could not check: %1"_s.arg(data.error);
    const IpActivity* row = data.activityFor(ip);
    const BlockedRange* range = data.rangeFor(ip);
    // One arg() call: a "%1" in the data is not a place for the next value.
    return u"%1%2%3  (data of %4%5)"_s.arg(
        row ? u"%1, %2 trap hits, complaints %3"_s.arg(colorName(row->filter).toUpper(),
                                                       QString::number(row->trapHits), row->complaintRate)
            : u"no data for this IP"_s,
        range && range->blocked ? u", BLOCKED: "_s + range->reason : QString(),
        data.error.isEmpty() ? QString() : u" (fetch failed: %1)"_s.arg(data.error),
        data.dataDate.isValid() ? data.dataDate.toString(Qt::ISODate) : u"-"_s,
        data.fromCache ? u", from the cache"_s : QString());
}

} // namespace rebound::snds
