#include "core/watch/watchtypes.h"

#include "core/util/nametable.h"
#include "core/watch/sndsobserve.h"

#include <array>

using namespace Qt::StringLiterals;

namespace rebound::watch {

namespace {

constexpr std::array<util::EnumName<CheckState>, 14> stateNames{{
    {CheckState::Ok, u"ok"},
    {CheckState::Listed, u"listed"},
    {CheckState::Missing, u"missing"},
    {CheckState::Broken, u"broken"},
    {CheckState::CouldNotCheck, u"could_not_check"},
    {CheckState::NotAsked, u"not_asked"},
    {CheckState::SndsGreen, u"green"},
    {CheckState::SndsYellow, u"yellow"},
    {CheckState::SndsRed, u"red"},
    {CheckState::SndsNone, u"none"},
    {CheckState::NearExpiry, u"near_expiry"},
    {CheckState::NoStartTls, u"no_starttls"},
    {CheckState::Expired, u"expired"},
    {CheckState::Invalid, u"invalid"},
}};

constexpr std::array<util::EnumName<ChangeKind>, 8> kindNames{{
    {ChangeKind::Listed, u"listed"},
    {ChangeKind::Delisted, u"delisted"},
    {ChangeKind::Changed, u"changed"},
    {ChangeKind::Broke, u"broke"},
    {ChangeKind::Fixed, u"fixed"},
    {ChangeKind::CouldNotCheck, u"could_not_check"},
    {ChangeKind::CheckedAgain, u"checked_again"},
    {ChangeKind::Degraded, u"degraded"},
}};

constexpr std::array<util::EnumName<Level>, 4> levelNames{{
    {Level::Info, u"info"},
    {Level::Warning, u"warning"},
    {Level::Critical, u"critical"},
    {Level::Unknown, u"unknown"},
}};

bool isUsable(CheckState state) {
    return state != CheckState::CouldNotCheck && state != CheckState::NotAsked;
}

// The change between two usable states (base nullopt: never seen before), or nullopt.
std::optional<ChangeKind> compare(std::optional<CheckState> base, const QString& baseValue,
                                  const Observation& current) {
    const CheckState now = current.state;
    if (isSndsState(now))
        return compareSnds(base, now);
    if (!base) {
        if (now == CheckState::Listed)
            return ChangeKind::Listed;
        if (isCriticalState(now))
            return ChangeKind::Broke;
        if (isWarningState(now))
            return ChangeKind::Degraded;
        return std::nullopt;
    }
    if (*base == now) {
        if (now == CheckState::Ok && baseValue != current.value)
            return ChangeKind::Changed;
        return std::nullopt;
    }
    if (now == CheckState::Listed)
        return ChangeKind::Listed;
    if (*base == CheckState::Listed)
        return ChangeKind::Delisted;
    if (isCriticalState(now))
        return ChangeKind::Broke;
    if (isWarningState(now))
        return ChangeKind::Degraded; // ok -> near expiry, expired -> no STARTTLS: still wrong
    return ChangeKind::Fixed;        // a missing or broken record is sound again
}

} // namespace

bool isWarningState(CheckState state) {
    return state == CheckState::NearExpiry || state == CheckState::NoStartTls;
}

bool isCriticalState(CheckState state) {
    switch (state) {
    case CheckState::Listed:
    case CheckState::Missing:
    case CheckState::Broken:
    case CheckState::Expired:
    case CheckState::Invalid:
        return true;
    case CheckState::Ok:
    case CheckState::CouldNotCheck:
    case CheckState::NotAsked:
    case CheckState::NearExpiry:
    case CheckState::NoStartTls:
    case CheckState::SndsGreen: // SNDS colours change by their own rule (compareSnds)
    case CheckState::SndsYellow:
    case CheckState::SndsRed:
    case CheckState::SndsNone:
        break;
    }
    return false;
}

QString checkStateName(CheckState state) {
    return util::enumName<CheckState>(stateNames, state);
}

std::optional<CheckState> checkStateFromName(QStringView name) {
    return util::enumFromName<CheckState>(stateNames, name);
}

QString changeKindName(ChangeKind kind) {
    return util::enumName<ChangeKind>(kindNames, kind);
}

std::optional<ChangeKind> changeKindFromName(QStringView name) {
    return util::enumFromName<ChangeKind>(kindNames, name);
}

Level changeLevel(ChangeKind kind) {
    switch (kind) {
    case ChangeKind::Listed:
    case ChangeKind::Broke:
        return Level::Critical;
    case ChangeKind::Changed:
    case ChangeKind::Degraded:
        return Level::Warning;
    case ChangeKind::CouldNotCheck:
        return Level::Unknown;
    case ChangeKind::Delisted:
    case ChangeKind::Fixed:
    case ChangeKind::CheckedAgain:
        break;
    }
    return Level::Info;
}

QString levelName(Level level) {
    return util::enumName<Level>(levelNames, level);
}

int worseCode(int a, int b) {
    const auto rank = [](int code) {
        switch (code) {
        case 2:
            return 3;
        case 1:
            return 2;
        case 3:
            return 1;
        default:
            return 0;
        }
    };
    return rank(a) >= rank(b) ? a : b;
}

std::optional<Change> transition(const std::optional<StoredState>& previous, const Observation& current,
                                 const QDateTime& at) {
    Change change;
    change.target = current.target;
    change.check = current.check;
    change.zone = current.zone;
    change.at = at;
    change.detail = current.detail;
    if (current.state == CheckState::NotAsked)
        return std::nullopt; // a list that needs a key, or one left out: nothing to say
    const bool wasUnknown = previous && previous->state == CheckState::CouldNotCheck;
    if (current.state == CheckState::CouldNotCheck) {
        if (wasUnknown)
            return std::nullopt; // said once when it started
        change.kind = ChangeKind::CouldNotCheck;
        change.from = previous ? checkStateName(previous->state) : u"none"_s;
        change.to = checkStateName(current.state);
        return change;
    }
    const std::optional<CheckState> base = previous ? previous->known : std::nullopt;
    const QString baseValue = previous ? previous->knownValue : QString();
    const std::optional<ChangeKind> kind = compare(base, baseValue, current);
    if (!kind && !wasUnknown)
        return std::nullopt;
    change.kind = kind.value_or(ChangeKind::CheckedAgain);
    if (change.kind == ChangeKind::Changed && !wasUnknown) {
        change.from = baseValue;
        change.to = current.value;
        return change;
    }
    change.from =
        wasUnknown ? checkStateName(CheckState::CouldNotCheck) : (base ? checkStateName(*base) : u"none"_s);
    change.to = checkStateName(current.state);
    if (change.kind == ChangeKind::Changed)
        change.detail = u"%1 (was %2)"_s.arg(current.value, baseValue);
    return change;
}

StoredState advance(const std::optional<StoredState>& previous, const Observation& current,
                    const QDateTime& at) {
    StoredState next;
    next.state = current.state;
    next.value = current.value;
    next.detail = current.detail;
    next.checkedAt = at;
    next.expiresAt = current.expiresAt.isValid() || !previous ? current.expiresAt : previous->expiresAt;
    next.since =
        (previous && previous->state == current.state && previous->since.isValid()) ? previous->since : at;
    if (isUsable(current.state)) {
        next.known = current.state;
        next.knownValue = current.value;
    } else if (previous) {
        next.known = previous->known;
        next.knownValue = previous->knownValue;
    }
    return next;
}

} // namespace rebound::watch
