#include "core/blocklist/blocklistjson.h"

#include "core/util/jsonutil.h"

namespace rebound::blocklist {

namespace {

QJsonValue orNull(const QString& text) {
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QJsonObject toJson(const ListResult& result) {
    QJsonObject object;
    object.insert(u"zone"_qs, result.zone);
    object.insert(u"name"_qs, result.name);
    object.insert(u"id"_qs, result.id);
    object.insert(u"kind"_qs, listKindName(result.kind));
    object.insert(u"status"_qs, listStatusName(result.status));
    object.insert(u"codes"_qs, util::toJsonArray(result.codes));
    object.insert(u"meaning"_qs, result.meaning());
    object.insert(u"meanings"_qs, util::toJsonArray(result.meanings));
    object.insert(u"txt"_qs, util::toJsonArray(result.txt));
    object.insert(u"lookup_url"_qs, orNull(result.lookupUrl));
    object.insert(u"removal_url"_qs, orNull(result.removalUrl));
    object.insert(u"reason"_qs, result.reason);
    object.insert(u"remedy"_qs, result.remedy);
    object.insert(u"severity"_qs, impactName(result.impact));
    object.insert(u"severity_reason"_qs, result.impactReason);
    object.insert(u"delisting"_qs, util::toJsonArray(result.delisting));
    object.insert(u"delisting_note"_qs, result.delistingNote);
    object.insert(u"test_passed"_qs, result.testPassed);
    object.insert(u"list_health"_qs, listHealthName(result.listHealth));
    object.insert(u"query"_qs, result.query);
    object.insert(u"elapsed_ms"_qs, result.elapsedMs);
    return object;
}

QJsonArray toJson(const QList<ListResult>& results) {
    QJsonArray array;
    for (const ListResult& result : results)
        array.append(toJson(result));
    return array;
}

} // namespace rebound::blocklist
