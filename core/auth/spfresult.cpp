#include "core/auth/spfresult.h"

using namespace Qt::StringLiterals;

namespace rebound::auth {

QString spfResultName(SpfResult result) {
    switch (result) {
    case SpfResult::None:
        return u"none"_s;
    case SpfResult::Neutral:
        return u"neutral"_s;
    case SpfResult::Pass:
        return u"pass"_s;
    case SpfResult::Fail:
        return u"fail"_s;
    case SpfResult::SoftFail:
        return u"softfail"_s;
    case SpfResult::TempError:
        return u"temperror"_s;
    case SpfResult::PermError:
        return u"permerror"_s;
    }
    return u"none"_s;
}

std::optional<SpfResult> spfResultFromName(const QString& name) {
    for (SpfResult r : {SpfResult::None, SpfResult::Neutral, SpfResult::Pass, SpfResult::Fail,
                        SpfResult::SoftFail, SpfResult::TempError, SpfResult::PermError}) {
        if (name.compare(spfResultName(r), Qt::CaseInsensitive) == 0)
            return r;
    }
    return std::nullopt;
}

QString spfTermOutcomeName(SpfTermTrace::Outcome outcome) {
    switch (outcome) {
    case SpfTermTrace::Outcome::Matched:
        return u"matched"_s;
    case SpfTermTrace::Outcome::NotMatched:
        return u"not-matched"_s;
    case SpfTermTrace::Outcome::Error:
        return u"error"_s;
    case SpfTermTrace::Outcome::Skipped:
        return u"skipped"_s;
    }
    return {};
}

} // namespace rebound::auth
