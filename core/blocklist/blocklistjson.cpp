#include "core/blocklist/blocklistjson.h"

#include "core/util/jsonutil.h"

using namespace Qt::StringLiterals;

namespace rebound::blocklist {

namespace {

QJsonValue orNull(const QString& text) {
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QJsonObject toJson(const ListResult& result) {
    QJsonObject object;
    object.insert(u"zone"_s, result.zone);
    object.insert(u"name"_s, result.name);
    object.insert(u"id"_s, result.id);
    object.insert(u"kind"_s, listKindName(result.kind));
    object.insert(u"status"_s, listStatusName(result.status));
    object.insert(u"codes"_s, util::toJsonArray(result.codes));
    object.insert(u"meaning"_s, result.meaning());
    object.insert(u"meanings"_s, util::toJsonArray(result.meanings));
    object.insert(u"txt"_s, util::toJsonArray(result.txt));
    object.insert(u"lookup_url"_s, orNull(result.lookupUrl));
    object.insert(u"removal_url"_s, orNull(result.removalUrl));
    object.insert(u"reason"_s, result.reason);
    object.insert(u"remedy"_s, result.remedy);
    object.insert(u"severity"_s, impactName(result.impact));
    object.insert(u"severity_reason"_s, result.impactReason);
    object.insert(u"delisting"_s, util::toJsonArray(result.delisting));
    object.insert(u"delisting_note"_s, result.delistingNote);
    object.insert(u"test_passed"_s, result.testPassed);
    object.insert(u"list_health"_s, listHealthName(result.listHealth));
    object.insert(u"query"_s, result.query);
    object.insert(u"elapsed_ms"_s, result.elapsedMs);
    return object;
}

QJsonArray toJson(const QList<ListResult>& results) {
    QJsonArray array;
    for (const ListResult& result : results)
        array.append(toJson(result));
    return array;
}

} // namespace rebound::blocklist
