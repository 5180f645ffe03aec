#include "core/iphealth/iphealthjson.h"

#include "core/blocklist/blocklistjson.h"
#include "core/util/jsonutil.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

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
    summary.insert(u"listed"_s, listed);
    summary.insert(u"listed_major"_s, major);
    summary.insert(u"allowlisted"_s, allowlisted);
    summary.insert(u"clean"_s, clean);
    summary.insert(u"could_not_check"_s, couldNotCheck);
    summary.insert(u"skipped"_s, skipped);
    summary.insert(u"nagios_code"_s, int(nagiosCode(result)));
    return summary;
}

} // namespace

QJsonObject toJson(const ReverseDnsResult& rdns) {
    QJsonObject object;
    object.insert(u"query"_s, rdns.ptrQuery);
    object.insert(u"ptr_outcome"_s, dns::outcomeName(rdns.ptrOutcome));
    object.insert(u"status"_s, fcrdnsStatusName(rdns.fcrdns));
    object.insert(u"reason"_s, escaped(rdns.fcrdnsReason));
    QJsonArray forward;
    for (const ForwardLookup& lookup : rdns.forward) {
        QJsonObject f;
        f.insert(u"name"_s, escaped(lookup.name));
        f.insert(u"type"_s, lookup.type);
        f.insert(u"outcome"_s, dns::outcomeName(lookup.outcome));
        f.insert(u"addresses"_s, util::toJsonArray(lookup.addresses));
        f.insert(u"matches"_s, lookup.matches);
        forward.append(f);
    }
    object.insert(u"forward"_s, forward);
    QJsonObject generic;
    generic.insert(u"name"_s, escaped(rdns.genericName));
    generic.insert(u"generic"_s, rdns.generic.generic);
    generic.insert(u"reasons"_s, util::toJsonArray(rdns.generic.reasons));
    object.insert(u"generic"_s, generic);
    return object;
}

QJsonObject toJson(const IpHealthResult& result) {
    QJsonObject object;
    object.insert(u"ip"_s, result.ip);
    if (!result.input.isEmpty())
        object.insert(u"input"_s, escaped(result.input));
    object.insert(u"checked"_s, result.checked);
    object.insert(u"special_purpose"_s, result.notCheckedReason.isEmpty()
                                             ? QJsonValue(QJsonValue::Null)
                                             : QJsonValue(result.notCheckedReason));
    object.insert(u"cancelled"_s, result.cancelled);
    QStringList ptr;
    for (const QString& name : result.rdns.ptrNames)
        ptr << escaped(name);
    object.insert(u"ptr"_s, util::toJsonArray(ptr));
    object.insert(u"fcrdns"_s,
                  result.reverseDnsChecked ? QJsonValue(toJson(result.rdns)) : QJsonValue(QJsonValue::Null));
    object.insert(u"blocklists"_s, blocklist::toJson(result.blocklists));
    object.insert(u"summary"_s, summaryJson(result));
    return object;
}

} // namespace rebound::iphealth
