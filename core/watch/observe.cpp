#include "core/watch/observe.h"

#include "core/auth/domaincheck.h"
#include "core/blocklist/liststatus.h"
#include "core/iphealth/iphealthresult.h"
#include "core/util/jsonutil.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rebound::watch {

namespace {

constexpr qsizetype maxValueChars = 1024;
constexpr qsizetype maxDetailChars = 512;

Observation make(const QString& target, const QString& check, CheckState state, const QString& value,
                 const QString& detail) {
    Observation o;
    o.target = target;
    o.check = check;
    o.state = state;
    o.value = util::escapeControls(value, maxValueChars);
    o.detail = util::escapeControls(detail, maxDetailChars);
    return o;
}

CheckState listState(blocklist::ListStatus status) {
    switch (status) {
    case blocklist::ListStatus::Listed:
        return CheckState::Listed;
    case blocklist::ListStatus::Clean:
        return CheckState::Ok;
    case blocklist::ListStatus::Skipped:
        return CheckState::NotAsked;
    case blocklist::ListStatus::Refused:
    case blocklist::ListStatus::Unknown:
    case blocklist::ListStatus::Broken:
    case blocklist::ListStatus::Unavailable:
        break;
    }
    return CheckState::CouldNotCheck;
}

Observation observePtr(const iphealth::IpHealthResult& result) {
    const iphealth::ReverseDnsResult& rdns = result.rdns;
    QStringList names = rdns.ptrNames;
    std::sort(names.begin(), names.end());
    const QString value = names.join(u", "_s);
    switch (rdns.fcrdns) {
    case iphealth::FcrdnsStatus::Pass:
        return make(result.ip, u"ptr"_s, CheckState::Ok, value, value);
    case iphealth::FcrdnsStatus::Fail:
        return make(result.ip, u"ptr"_s, CheckState::Broken, value, rdns.fcrdnsReason);
    case iphealth::FcrdnsStatus::NoPtr:
        return make(result.ip, u"ptr"_s, CheckState::Missing, {}, rdns.fcrdnsReason);
    case iphealth::FcrdnsStatus::Unavailable:
        break;
    }
    return make(result.ip, u"ptr"_s, CheckState::CouldNotCheck, value, rdns.fcrdnsReason);
}

Observation observeMx(const auth::DomainReport& report) {
    const auth::MxReport& mx = report.mx;
    QStringList hosts;
    for (const auth::MxHost& host : mx.hosts)
        hosts << u"%1 %2"_s.arg(host.preference).arg(host.target);
    std::sort(hosts.begin(), hosts.end());
    const QString value = hosts.join(u", "_s);
    switch (mx.state) {
    case auth::MxReport::State::Ok:
    case auth::MxReport::State::ImplicitMx:
        return make(report.domain, u"mx"_s, CheckState::Ok, value, value);
    case auth::MxReport::State::NullMx:
        return make(report.domain, u"mx"_s, CheckState::Ok, u"null MX"_s, u"null MX (no mail accepted)"_s);
    case auth::MxReport::State::NoMailRoute:
    case auth::MxReport::State::NxDomain:
        return make(report.domain, u"mx"_s, CheckState::Missing, {}, auth::mxStateName(mx.state));
    case auth::MxReport::State::DnsError:
        break;
    }
    return make(report.domain, u"mx"_s, CheckState::CouldNotCheck, {}, mx.error);
}

Observation observeSpf(const auth::DomainReport& report) {
    const auth::SpfEvaluation& spf = report.spfStructure;
    if (spf.result == auth::SpfResult::TempError)
        return make(report.domain, u"spf"_s, CheckState::CouldNotCheck, spf.record, spf.reason);
    if (spf.record.isEmpty())
        return make(report.domain, u"spf"_s, CheckState::Missing, {}, u"no SPF record"_s);
    if (spf.result == auth::SpfResult::PermError)
        return make(report.domain, u"spf"_s, CheckState::Broken, spf.record, spf.reason);
    return make(report.domain, u"spf"_s, CheckState::Ok, spf.record, spf.record);
}

Observation observeDmarc(const auth::DomainReport& report) {
    const auth::DmarcReport& dmarc = report.dmarc;
    switch (dmarc.state) {
    case auth::DmarcReport::State::Found: {
        const QString text = dmarc.record ? dmarc.record->text : QString();
        return make(report.domain, u"dmarc"_s, CheckState::Ok, text, text);
    }
    case auth::DmarcReport::State::Missing:
        return make(report.domain, u"dmarc"_s, CheckState::Missing, {}, u"no DMARC record"_s);
    case auth::DmarcReport::State::Multiple:
        return make(report.domain, u"dmarc"_s, CheckState::Broken, {}, u"more than one DMARC record"_s);
    case auth::DmarcReport::State::DnsError:
        break;
    }
    return make(report.domain, u"dmarc"_s, CheckState::CouldNotCheck, {}, dmarc.error);
}

Observation observeDkim(const auth::DomainReport& report) {
    QStringList keys;
    bool failed = false;
    bool invalid = false;
    for (const auth::DkimSelectorReport& selector : report.dkim) {
        if (selector.state == auth::DkimSelectorReport::State::Found && selector.key) {
            keys
                << u"%1 (%2 %3 bits)"_s.arg(selector.selector, selector.key->keyType).arg(selector.key->bits);
        }
        failed = failed || selector.state == auth::DkimSelectorReport::State::DnsError;
        invalid = invalid || selector.state == auth::DkimSelectorReport::State::Invalid;
    }
    std::sort(keys.begin(), keys.end());
    const QString value = keys.join(u", "_s);
    if (failed)
        return make(report.domain, u"dkim"_s, CheckState::CouldNotCheck, value, u"a DKIM lookup failed"_s);
    if (invalid)
        return make(report.domain, u"dkim"_s, CheckState::Broken, value, u"a DKIM key record is invalid"_s);
    if (keys.isEmpty())
        return make(report.domain, u"dkim"_s, CheckState::NotAsked, {}, u"no key at the selectors tried"_s);
    return make(report.domain, u"dkim"_s, CheckState::Ok, value, value);
}

} // namespace

QList<Observation> observeAddress(const iphealth::IpHealthResult& result) {
    QList<Observation> observations;
    if (!result.checked || result.cancelled)
        return observations;
    if (result.reverseDnsChecked)
        observations << observePtr(result);
    for (const blocklist::ListResult& list : result.blocklists) {
        if (list.kind != blocklist::ListKind::Blocklist)
            continue;
        const CheckState state = listState(list.status);
        QString detail;
        if (state == CheckState::Listed)
            detail = u"%1 (%2)"_s.arg(list.meaning(), list.codes.join(u","_s));
        else if (state != CheckState::Ok)
            detail = list.reason;
        Observation o = make(result.ip, u"blocklist"_s, state,
                             state == CheckState::Listed ? list.codes.join(u","_s) : QString(), detail);
        o.zone = list.zone;
        observations << o;
    }
    return observations;
}

QList<Observation> observeDomain(const auth::DomainReport& report) {
    return {observeMx(report), observeSpf(report), observeDmarc(report), observeDkim(report)};
}

} // namespace rebound::watch
