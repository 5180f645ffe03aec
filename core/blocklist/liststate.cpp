#include "core/blocklist/liststate.h"

#include <QCoreApplication>

namespace rebound::blocklist {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("rebound::blocklist", text);
}

} // namespace

QString listStateWords(const QString& status) {
    if (status == u"listed")
        return tr("Listed");
    if (status == u"clean")
        return tr("Not listed");
    if (status == u"refused")
        return tr("Refused");
    if (status == u"skipped")
        return tr("Not asked");
    return tr("Could not check"); // unknown, broken, unavailable, or a status this build does not know
}

QString listStateText(const QString& status, const QString& reason) {
    const QString words = listStateWords(status);
    if (status == u"listed" || status == u"clean" || reason.trimmed().isEmpty())
        return words;
    return tr("%1: %2").arg(words, reason.trimmed());
}

QString listStateText(const QJsonObject& entry) {
    return listStateText(entry.value(u"status").toString(), entry.value(u"reason").toString());
}

bool showsMeaning(const QString& status) {
    return status == u"listed";
}

int listStateRank(const QString& status) {
    if (status == u"listed")
        return 0;
    if (status == u"clean")
        return 2;
    if (status == u"skipped")
        return 3;
    return 1;
}

bool isCouldNotCheck(const QString& status) {
    return listStateRank(status) == 1;
}

ListStateCounts countListStates(const QJsonArray& entries) {
    ListStateCounts counts;
    for (const QJsonValue& entry : entries) {
        switch (listStateRank(entry[u"status"].toString())) {
        case 0:
            ++counts.listed;
            break;
        case 1:
            ++counts.couldNotCheck;
            break;
        case 2:
            ++counts.clean;
            break;
        default:
            ++counts.notAsked;
            break;
        }
    }
    return counts;
}

QString listStateSummary(const ListStateCounts& counts) {
    return tr("%1 listed, %2 could not be checked (not counted as clean), %3 not listed, %4 not asked.")
        .arg(counts.listed)
        .arg(counts.couldNotCheck)
        .arg(counts.clean)
        .arg(counts.notAsked);
}

} // namespace rebound::blocklist
