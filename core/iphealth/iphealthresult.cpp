#include "core/iphealth/iphealthresult.h"

namespace rebound::iphealth {

NagiosCode nagiosCode(const IpHealthResult& result) {
    if (!result.checked || result.cancelled)
        return NagiosUnknown;
    bool major = false, lesser = false, couldNotCheck = false;
    for (const blocklist::ListResult& list : result.blocklists) {
        if (list.status == blocklist::ListStatus::Listed && list.kind != blocklist::ListKind::Allowlist) {
            if (list.impact == blocklist::Impact::Major)
                major = true;
            else if (list.impact != blocklist::Impact::None)
                lesser = true;
        }
        couldNotCheck = couldNotCheck || blocklist::isCouldNotCheck(list.status)
                        || (list.status == blocklist::ListStatus::Skipped && list.reason == u"cancelled");
    }
    if (major)
        return NagiosCritical;
    if (lesser)
        return NagiosWarning;
    return couldNotCheck ? NagiosUnknown : NagiosOk;
}

NagiosCode worseNagiosCode(NagiosCode a, NagiosCode b) {
    auto rank = [](NagiosCode code) {
        switch (code) {
        case NagiosCritical:
            return 3;
        case NagiosWarning:
            return 2;
        case NagiosUnknown:
            return 1;
        case NagiosOk:
            break;
        }
        return 0;
    };
    return rank(a) >= rank(b) ? a : b;
}

} // namespace rebound::iphealth
