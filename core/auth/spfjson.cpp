#include "core/auth/spfjson.h"

#include <QJsonArray>

namespace rebound::auth {
namespace {

QJsonObject nodeToJson(const SpfEvaluation& e, int index, int depth) {
    const SpfNode& node = e.nodes.at(index);
    QJsonObject object{{u"domain"_qs, node.domain},
                       {u"via"_qs, node.via},
                       {u"record"_qs, node.record.isEmpty() ? QJsonValue() : QJsonValue(node.record)},
                       {u"result"_qs, spfResultName(node.result)},
                       {u"reason"_qs, node.reason},
                       {u"lookups_in_branch"_qs, node.lookupsInBranch}};
    if (!node.otherRecords.isEmpty())
        object.insert(u"other_records"_qs, QJsonArray::fromStringList(node.otherRecords));
    QJsonArray terms;
    for (const SpfTermTrace& term : node.terms) {
        QJsonObject t{{u"term"_qs, term.term},
                      {u"position"_qs, term.position},
                      {u"outcome"_qs, spfTermOutcomeName(term.outcome)},
                      {u"detail"_qs, term.detail}};
        if (!term.target.isEmpty())
            t.insert(u"target"_qs, term.target);
        if (term.lookupNumber > 0)
            t.insert(u"lookup_number"_qs, term.lookupNumber);
        // Depth is bounded by the lookup limit; the guard only protects against a malformed tree.
        if (term.child >= 0 && term.child < e.nodes.size() && depth < 64)
            t.insert(u"child"_qs, nodeToJson(e, term.child, depth + 1));
        terms.append(t);
    }
    object.insert(u"terms"_qs, terms);
    return object;
}

} // namespace

QJsonObject toJson(const SpfEvaluation& e) {
    QJsonObject object{{u"domain"_qs, e.domain},
                       {u"record"_qs, e.record.isEmpty() ? QJsonValue() : QJsonValue(e.record)},
                       {u"reason"_qs, e.reason},
                       {u"lookups"_qs, e.lookups},
                       {u"void_lookups"_qs, e.voidLookups},
                       {u"dns_queries"_qs, e.dnsQueries},
                       {u"round_trips"_qs, e.roundTrips},
                       {u"elapsed_ms"_qs, e.elapsedMs}};
    if (e.hasIp) {
        object.insert(u"result"_qs, spfResultName(e.result));
        if (e.result == SpfResult::Fail)
            object.insert(u"explanation"_qs, e.explanation);
    } else {
        // Without an IP the walk shows the path of a host that no ip4/ip6/a/mx term lists.
        object.insert(u"unlisted_host_result"_qs, spfResultName(e.result));
    }
    if (!e.nodes.isEmpty())
        object.insert(u"tree"_qs, nodeToJson(e, 0, 0));
    return object;
}

} // namespace rebound::auth
