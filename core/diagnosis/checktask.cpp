#include "core/diagnosis/checktask.h"

#include "core/util/nametable.h"

namespace rebound::diagnosis {
namespace {

constexpr util::EnumName<CheckState> StateNames[]{
    {CheckState::Pending, u"pending"}, {CheckState::Running, u"running"},
    {CheckState::Done, u"done"},       {CheckState::Failed, u"failed"},
    {CheckState::Skipped, u"skipped"}, {CheckState::Cancelled, u"cancelled"}};

} // namespace

QString checkStateName(CheckState state) {
    return util::enumName<CheckState>(StateNames, state);
}

std::optional<CheckState> parseCheckState(const QString& name) {
    return util::enumFromName<CheckState>(StateNames, name);
}

} // namespace rebound::diagnosis
