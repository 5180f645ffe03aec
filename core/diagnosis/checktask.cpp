#include "core/diagnosis/checktask.h"

namespace rebound::diagnosis {

QString checkStateName(CheckState state) {
    switch (state) {
    case CheckState::Pending:
        return u"pending"_qs;
    case CheckState::Running:
        return u"running"_qs;
    case CheckState::Done:
        return u"done"_qs;
    case CheckState::Failed:
        return u"failed"_qs;
    case CheckState::Skipped:
        return u"skipped"_qs;
    case CheckState::Cancelled:
        return u"cancelled"_qs;
    }
    return u"pending"_qs;
}

} // namespace rebound::diagnosis
