#include "core/iphealth/iphealthjson.h"

#include "core/blocklist/blocklistjson.h"
#include "core/util/jsonutil.h"

#include <QJsonArray>

namespace rebound::iphealth {

namespace {

QString escaped(const QString& untrusted) {
    return util::escapeControls(untrusted, 512);
}

QJsonObject summaryJson(const IpHealthResult& result) {
    int listed = 0, major = 0, clean = 0, couldNotCheck = 0, skipped = 0, allowlisted = 0;
    for (const blocklist::ListResult& list : result.blocklists) {
        switch (list.status) {
        case blocklist::ListStatus::Listed:
            if (list.kind == blocklist::ListKind::Allowlist) {
                ++allowlisted;
            } else {
                ++listed;
                major += list.impact == blocklist::Impact::Major ? 1 : 0;
            }
            break;
        case blocklist::ListStatus::Clean:
            ++clean;
            break;
        case blocklist::ListStatus::Skipped:
            ++skipped;
            break;
        default:
            ++couldNotCheck;
            break;
        }
    }
    QJsonObject summary;
    summary.insert(u"listed"_qs, listed);
    summary.insert(u"listed_major"_qs, major);
    summary.insert(u"allowlisted"_qs, allowlisted);
    summary.insert(u"clean"_qs, clean);
    summary.insert(u"could_not_check"_qs, couldNotCheck);
    summary.insert(u"skipped"_qs, skipped);
    summary.insert(u"nagios_code"_qs, int(nagiosCode(result)));
    return summary;
}

} // namespace

QJsonObject toJson(const ReverseDnsResult& rdns) {
    QJsonObject object;
    object.insert(u"query"_qs, rdns.ptrQuery);
    object.insert(u"ptr_outcome"_qs, dns::outcomeName(rdns.ptrOutcome));
    object.insert(u"status"_qs, fcrdnsStatusName(rdns.fcrdns));
    object.insert(u"reason"_qs, escaped(rdns.fcrdnsReason));
    QJsonArray forward;
    for (const ForwardLookup& lookup : rdns.forward) {
        QJsonObject f;
        f.insert(u"name"_qs, escaped(lookup.name));
        f.insert(u"type"_qs, lookup.type);
        f.insert(u"outcome"_qs, dns::outcomeName(lookup.outcome));
        f.insert(u"addresses"_qs, util::toJsonArray(lookup.addresses));
        f.insert(u"matches"_qs, lookup.matches);
        forward.append(f);
    }
    object.insert(u"forward"_qs, forward);
    QJsonObject generic;
    generic.insert(u"name"_qs, escaped(rdns.genericName));
    generic.insert(u"generic"_qs, rdns.generic.generic);
    generic.insert(u"reasons"_qs, util::toJsonArray(rdns.generic.reasons));
    object.insert(u"generic"_qs, generic);
    return object;
}

QJsonObject toJson(const IpHealthResult& result) {
    QJsonObject object;
    object.insert(u"ip"_qs, result.ip);
    if (!result.input.isEmpty())
        object.insert(u"input"_qs, escaped(result.input));
    object.insert(u"checked"_qs, result.checked);
    object.insert(u"special_purpose"_qs, result.notCheckedReason.isEmpty()
                                             ? QJsonValue(QJsonValue::Null)
                                             : QJsonValue(result.notCheckedReason));
    object.insert(u"cancelled"_qs, result.cancelled);
    QStringList ptr;
    for (const QString& name : result.rdns.ptrNames)
        ptr << escaped(name);
    object.insert(u"ptr"_qs, util::toJsonArray(ptr));
    object.insert(u"fcrdns"_qs,
                  result.reverseDnsChecked ? QJsonValue(toJson(result.rdns)) : QJsonValue(QJsonValue::Null));
    object.insert(u"blocklists"_qs, blocklist::toJson(result.blocklists));
    object.insert(u"summary"_qs, summaryJson(result));
    return object;
}

} // namespace rebound::iphealth
