#include "core/diagnosis/checktask.h"

using namespace Qt::StringLiterals;

namespace rebound::diagnosis {

QString checkStateName(CheckState state) {
    switch (state) {
    case CheckState::Pending:
        return u"pending"_s;
    case CheckState::Running:
        return u"running"_s;
    case CheckState::Done:
        return u"done"_s;
    case CheckState::Failed:
        return u"failed"_s;
    case CheckState::Skipped:
        return u"skipped"_s;
    case CheckState::Cancelled:
        return u"cancelled"_s;
    }
    return u"pending"_s;
}

} // namespace rebound::diagnosis
