#include "core/auth/spfresult.h"

namespace rebound::auth {

QString spfResultName(SpfResult result) {
    switch (result) {
    case SpfResult::None:
        return u"none"_qs;
    case SpfResult::Neutral:
        return u"neutral"_qs;
    case SpfResult::Pass:
        return u"pass"_qs;
    case SpfResult::Fail:
        return u"fail"_qs;
    case SpfResult::SoftFail:
        return u"softfail"_qs;
    case SpfResult::TempError:
        return u"temperror"_qs;
    case SpfResult::PermError:
        return u"permerror"_qs;
    }
    return u"none"_qs;
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
        return u"matched"_qs;
    case SpfTermTrace::Outcome::NotMatched:
        return u"not-matched"_qs;
    case SpfTermTrace::Outcome::Error:
        return u"error"_qs;
    case SpfTermTrace::Outcome::Skipped:
        return u"skipped"_qs;
    }
    return {};
}

} // namespace rebound::auth
