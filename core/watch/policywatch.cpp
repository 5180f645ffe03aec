#include "core/watch/policywatch.h"

#include "core/auth/domaincheck.h"
#include "core/util/jsonutil.h"

using namespace Qt::StringLiterals;

namespace rebound::watch {

std::optional<Observation> observeMtaSts(const auth::DomainReport& report) {
    if (!report.mtaSts)
        return std::nullopt;
    Observation o;
    o.target = report.domain;
    o.check = u"mta_sts"_s;
    const auth::PolicyTxtReport* txt = nullptr;
    for (const auth::PolicyTxtReport& policy : report.policies) {
        if (policy.kind == auth::PolicyKind::MtaSts)
            txt = &policy;
    }
    const auth::MtaStsReport& sts = *report.mtaSts;
    if (txt && txt->state == auth::PolicyTxtReport::State::DnsError) {
        o.state = CheckState::CouldNotCheck;
        o.detail = u"the _mta-sts record could not be read"_s;
    } else if (!txt || txt->state == auth::PolicyTxtReport::State::Missing) {
        o.state = CheckState::Ok;
        o.value = u"none"_s;
        o.detail = u"no _mta-sts record"_s;
    } else if (sts.policy) {
        o.state = CheckState::Ok;
        o.value = util::escapeControls(sts.policy->mode, 40);
        o.detail = util::escapeControls(u"mode %1 (%2)"_s.arg(sts.policy->mode, sts.url), 512);
    } else {
        // A record without a policy that can be read: a network failure is unknown, never a change.
        o.state = CheckState::CouldNotCheck;
        o.detail = util::escapeControls(
            u"the policy at %1 could not be read: %2"_s.arg(sts.url, sts.fetch.errorText), 512);
    }
    return o;
}

} // namespace rebound::watch
