// What the watch remembered of the diagnosed targets (the "watch" check, core/watch/watchhistory.h): each
// target's current non-sound states with since when, and its latest changes. Every value was written by
// the watch from network answers: oneLine() everywhere.
#include "core/report/blocks.h"
#include "core/report/jsonread.h"
#include "core/report/reportsections.h"
#include "core/report/reportwords.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace rebound::report::sections {

using namespace blocks;
using words::tr;

namespace {

constexpr int MaxChangesShown = 10;

QString whereOf(const QJsonObject& item) {
    const QString zone = json::text(item, u"zone");
    const QString check = json::text(item, u"check");
    return oneLine(zone.isEmpty() ? check : u"%1 %2"_s.arg(check, zone), 300);
}

QString dateOf(const QJsonObject& item, QStringView key) {
    return oneLine(json::text(item, key).replace(u'T', u' '), 30);
}

} // namespace

Section watchHistory(const QJsonObject& session) {
    Section section;
    section.id = u"watch"_s;
    section.title = tr("Watch history");
    for (const QJsonObject& check : checksWith(session, u"watch"_s, u"record_changes"_s)) {
        if (json::checkState(check) != diagnosis::CheckState::Done) {
            section.blocks.append(heading(oneLine(json::text(check, u"title"), 255), 3));
            section.blocks.append(notDoneCallout(check, tr("The watch's database could not be read.")));
            continue;
        }
        const QJsonObject result = json::object(check, u"result");
        for (const QJsonValue& value : result.value(u"targets").toArray()) {
            const QJsonObject target = value.toObject();
            section.blocks.append(heading(oneLine(json::text(target, u"target"), 255), 3));
            QList<QList<RichText>> states;
            for (const QJsonValue& s : target.value(u"states").toArray()) {
                const QJsonObject state = s.toObject();
                if (json::text(state, u"state") == u"ok")
                    continue; // the sound checks are the many; the report names what is wrong
                states.append({{words::plain(whereOf(state))},
                               {words::plain(oneLine(json::text(state, u"state"), 40))},
                               {words::plain(dateOf(state, u"since"))},
                               {words::plain(oneLine(json::text(state, u"detail"), 300))}});
            }
            if (states.isEmpty())
                section.blocks.append(paragraph(tr("Every check the watch makes of this target is sound.")));
            else
                section.blocks.append(table({{words::plain(tr("Check"))},
                                             {words::plain(tr("State"))},
                                             {words::plain(tr("Since"))},
                                             {words::plain(tr("Detail"))}},
                                            states, {25, 15, 20, 40}));
            QList<QList<RichText>> changes;
            for (const QJsonValue& c : target.value(u"changes").toArray()) {
                if (changes.size() == MaxChangesShown)
                    break;
                const QJsonObject change = c.toObject();
                changes.append(
                    {{words::plain(dateOf(change, u"at"))},
                     {words::plain(whereOf(change))},
                     {words::plain(oneLine(json::text(change, u"change"), 40))},
                     {words::plain(oneLine(
                         u"%1 → %2"_s.arg(json::text(change, u"from"), json::text(change, u"to")), 400))}});
            }
            if (!changes.isEmpty()) {
                section.blocks.append(paragraph(tr("Latest changes, newest first:")));
                section.blocks.append(table({{words::plain(tr("When"))},
                                             {words::plain(tr("Check"))},
                                             {words::plain(tr("Change"))},
                                             {words::plain(tr("From → to"))}},
                                            changes, {20, 25, 15, 40}));
            }
        }
    }
    return section;
}

} // namespace rebound::report::sections
