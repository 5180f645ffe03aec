#include "core/auth/spfjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace rebound::auth {
namespace {

QJsonObject nodeToJson(const SpfEvaluation& e, int index, int depth) {
    const SpfNode& node = e.nodes.at(index);
    QJsonObject object{{u"domain"_s, node.domain},
                       {u"via"_s, node.via},
                       {u"record"_s, node.record.isEmpty() ? QJsonValue() : QJsonValue(node.record)},
                       {u"result"_s, spfResultName(node.result)},
                       {u"reason"_s, node.reason},
                       {u"lookups_in_branch"_s, node.lookupsInBranch}};
    if (!node.otherRecords.isEmpty())
        object.insert(u"other_records"_s, QJsonArray::fromStringList(node.otherRecords));
    QJsonArray terms;
    for (const SpfTermTrace& term : node.terms) {
        QJsonObject t{{u"term"_s, term.term},
                      {u"position"_s, term.position},
                      {u"outcome"_s, spfTermOutcomeName(term.outcome)},
                      {u"detail"_s, term.detail}};
        if (!term.target.isEmpty())
            t.insert(u"target"_s, term.target);
        if (term.lookupNumber > 0)
            t.insert(u"lookup_number"_s, term.lookupNumber);
        // Depth is bounded by the lookup limit; the guard only protects against a malformed tree.
        if (term.child >= 0 && term.child < e.nodes.size() && depth < 64)
            t.insert(u"child"_s, nodeToJson(e, term.child, depth + 1));
        terms.append(t);
    }
    object.insert(u"terms"_s, terms);
    return object;
}

} // namespace

QJsonObject toJson(const SpfEvaluation& e) {
    QJsonObject object{{u"domain"_s, e.domain},
                       {u"record"_s, e.record.isEmpty() ? QJsonValue() : QJsonValue(e.record)},
                       {u"reason"_s, e.reason},
                       {u"lookups"_s, e.lookups},
                       {u"void_lookups"_s, e.voidLookups},
                       {u"dns_queries"_s, e.dnsQueries},
                       {u"round_trips"_s, e.roundTrips},
                       {u"elapsed_ms"_s, e.elapsedMs}};
    if (e.hasIp) {
        object.insert(u"result"_s, spfResultName(e.result));
        if (e.result == SpfResult::Fail)
            object.insert(u"explanation"_s, e.explanation);
    } else {
        // Without an IP the walk shows the path of a host that no ip4/ip6/a/mx term lists.
        object.insert(u"unlisted_host_result"_s, spfResultName(e.result));
    }
    if (!e.nodes.isEmpty())
        object.insert(u"tree"_s, nodeToJson(e, 0, 0));
    return object;
}

} // namespace rebound::auth
