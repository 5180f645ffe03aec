#include "core/blocklist/liststate.h"
#include "core/report/blocks.h"
#include "core/report/jsonread.h"
#include "core/report/reportsections.h"
#include "core/report/reportwords.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rebound::report::sections {

using namespace blocks;
using words::tr;

namespace {

QList<RichText> listRow(const QJsonObject& list) {
    const QString status = json::text(list, u"status");
    RichText name{words::strong(oneLine(json::text(list, u"name"), 200))};
    const QString zone = json::text(list, u"zone");
    if (!zone.isEmpty())
        name.append(words::muted(u" "_s + oneLine(zone, 255)));
    RichText meaning;
    // Only a listing has a meaning; any other state says why it is not a usable answer.
    if (!blocklist::showsMeaning(status)) {
        if (const QString why = json::text(list, u"reason"); !why.isEmpty() && status != u"clean")
            meaning.append(words::plain(oneLine(why, 1000)));
    } else if (const QString text = json::text(list, u"meaning"); !text.isEmpty()) {
        meaning.append(words::plain(oneLine(text, 1000)));
    }
    for (const QString& txt : json::strings(list, u"txt")) {
        meaning.append(words::plain(meaning.isEmpty() ? QString() : u" "_s));
        meaning.append(words::code(u"TXT \""_s + oneLine(txt, 1000) + u'"'));
    }
    RichText links;
    const QString lookup = json::text(list, u"lookup_url");
    const QString removal = json::text(list, u"removal_url");
    if (!lookup.isEmpty())
        links.append(words::link(tr("Lookup"), lookup, false));
    if (!removal.isEmpty()) {
        if (!links.isEmpty())
            links.append(words::plain(u" · "_s));
        links.append(words::link(tr("Removal"), removal, false));
    }
    return {severityText(words::blocklistSeverity(status), words::blocklistStatus(status)), name,
            RichText{words::code(oneLine(json::strings(list, u"codes").join(u", "_s), 200))}, meaning, links};
}

// Lists that answered nothing worth a row of their own (not listed; could not check for the same
// reason) as one row per status and reason: the names, the count, the reason once.
QList<QList<RichText>> groupedRows(const QList<QJsonObject>& lists) {
    QList<QList<RichText>> rows;
    QList<QPair<QString, QString>> keys; // (status, reason), in first-seen order
    QHash<QPair<QString, QString>, QStringList> names;
    for (const QJsonObject& list : lists) {
        const QPair<QString, QString> key{json::text(list, u"status"),
                                          oneLine(json::text(list, u"reason"), 500)};
        if (!names.contains(key))
            keys.append(key);
        names[key].append(oneLine(json::text(list, u"name"), 200));
    }
    for (const auto& key : std::as_const(keys)) {
        const QStringList group = names.value(key);
        // The names go in the widest column: a group of thirty stays a few lines high.
        RichText names{words::plain(group.join(u", "_s))};
        if (!key.second.isEmpty())
            names.append(words::muted(u" — "_s + key.second));
        rows.append({severityText(words::blocklistSeverity(key.first), words::blocklistStatus(key.first)),
                     RichText{words::strong(tr("%1 lists").arg(group.size()))}, RichText{}, names,
                     RichText{}});
    }
    return rows;
}

// The IP's heading, the check's state when it did not finish, and its PTR and forward confirmation.
void addReverseDns(Section& section, const QJsonObject& check, bool withHeading) {
    const QJsonObject result = json::object(check, u"result");
    const QString ip = json::text(result, u"ip");
    if (withHeading || !ip.isEmpty())
        section.blocks.append(
            heading(tr("IP address %1").arg(ip.isEmpty() ? words::notChecked() : oneLine(ip, 64)), 3));
    if (json::checkState(check) != diagnosis::CheckState::Done)
        section.blocks.append(notDoneCallout(check));
    const QJsonObject fcrdns = json::object(result, u"fcrdns");
    QString fcrdnsText = json::text(fcrdns, u"status");
    if (const QString detail = json::text(fcrdns, u"detail"); !detail.isEmpty())
        fcrdnsText += u" — "_s + detail;
    if (fcrdnsText.isEmpty())
        fcrdnsText = json::text(result, u"fcrdns");
    section.blocks.append(
        keyValues({row(tr("Reverse DNS (PTR)"), json::strings(result, u"ptr").join(u", "_s)),
                   row(tr("Forward-confirmed"), fcrdnsText)}));
}

} // namespace

Section reverseDns(const QJsonObject& session) {
    Section section;
    section.id = u"reverse-dns"_s;
    section.title = tr("Reverse DNS");
    const QList<QJsonObject> found = checksWith(session, u"blocklists"_s, u"ptr"_s);
    if (found.isEmpty())
        section.blocks.append(paragraph(tr("Not checked. Reverse DNS is checked for an IP address, or for "
                                           "the sending IP found in a bounce.")));
    for (const QJsonObject& check : found)
        addReverseDns(section, check, found.size() > 1);
    return section;
}

Section blocklists(const QJsonObject& session) {
    Section section;
    section.id = u"blocklists"_s;
    section.title = tr("Blocklists and reverse DNS");
    const QList<QJsonObject> found = checksWith(session, u"blocklists"_s, u"blocklists"_s);
    if (found.isEmpty()) {
        section.blocks.append(paragraph(tr("The blocklists were not checked in this run.")));
        return section;
    }
    for (const QJsonObject& check : found) {
        const QJsonObject result = json::object(check, u"result");
        addReverseDns(section, check, found.size() > 1);
        if (const QList<RichText> snds = sndsRow(session, json::text(result, u"ip")); !snds.isEmpty())
            section.blocks.append(keyValues({snds}));

        QList<QJsonObject> lists = json::objects(result, u"blocklists");
        if (lists.isEmpty()) {
            section.blocks.append(
                paragraph(tr("No blocklist result is recorded: the blocklists were not checked.")));
            continue;
        }
        std::stable_sort(lists.begin(), lists.end(), [](const QJsonObject& a, const QJsonObject& b) {
            const int ra = words::blocklistRank(json::text(a, u"status"));
            const int rb = words::blocklistRank(json::text(b, u"status"));
            if (ra != rb)
                return ra < rb;
            return json::text(a, u"name").compare(json::text(b, u"name"), Qt::CaseInsensitive) < 0;
        });
        QList<QList<RichText>> rows;
        QJsonArray entries;
        QList<QJsonObject> grouped;
        for (const QJsonObject& list : std::as_const(lists)) {
            entries.append(list);
            // A listing, or an answer code to show, is a row of its own; the rest are grouped.
            if (words::blocklistRank(json::text(list, u"status")) == 0
                || !json::strings(list, u"codes").isEmpty())
                rows.append(listRow(list));
            else
                grouped.append(list);
        }
        rows += groupedRows(grouped);
        const blocklist::ListStateCounts counts = blocklist::countListStates(entries);
        section.blocks.append(paragraph(RichText{words::strong(tr("%1 lists: ").arg(counts.total())),
                                                 words::plain(blocklist::listStateSummary(counts))}));
        section.blocks.append(
            table({RichText{words::plain(tr("Status"))}, RichText{words::plain(tr("List"))},
                   RichText{words::plain(tr("Answer"))}, RichText{words::plain(tr("Meaning"))},
                   RichText{words::plain(tr("Links"))}},
                  rows, {16, 24, 13, 36, 11}));
    }
    return section;
}

} // namespace rebound::report::sections
