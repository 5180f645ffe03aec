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

QList<RichText> findingRow(const QJsonObject& finding) {
    const QString severity = words::severityMark(json::severity(finding));
    RichText detail{words::strong(oneLine(json::text(finding, u"title"), 500))};
    if (const QString text = json::text(finding, u"detail"); !text.isEmpty())
        detail.append(words::plain(u" "_s + oneLine(text, 3000)));
    for (const QString& evidence : json::strings(finding, u"evidence").mid(0, 10)) {
        detail.append(words::plain(u" "_s));
        detail.append(words::code(oneLine(evidence, 1000)));
    }
    return {severityText(severity, words::severity(severity)), detail};
}

// One finding per list that could not be checked reads as a page of near-identical rows: those of one
// kind (the id without its list) become one row naming them all, each distinct reason once.
bool isPerListFinding(const QString& id) {
    return id.startsWith(u"blocklist.not_checked."_s) || id.startsWith(u"blocklist.refused."_s);
}

QList<RichText> groupRow(const QString& severity, const QList<QJsonObject>& group) {
    QStringList titles;
    QStringList details;
    for (const QJsonObject& finding : group) {
        titles << oneLine(json::text(finding, u"title"), 300);
        const QString detail = oneLine(json::text(finding, u"detail"), 1000);
        if (!detail.isEmpty() && !details.contains(detail))
            details << detail;
    }
    RichText text{words::strong(tr("%1 lists: ").arg(group.size())), words::plain(titles.join(u"; "_s))};
    if (!details.isEmpty())
        text.append(words::muted(u" — "_s + details.mid(0, 5).join(u" "_s)));
    return {severityText(severity, words::severity(severity)), text};
}

} // namespace

Section findings(const QJsonObject& session) {
    Section section;
    section.id = u"findings"_s;
    section.title = tr("Findings by area");
    const QList<QJsonObject> all = checks(session);
    if (all.isEmpty())
        section.blocks.append(
            paragraph(tr("No check was run, so nothing was found and nothing was cleared.")));
    for (const QJsonObject& check : all) {
        QString title = json::text(check, u"title");
        if (title.isEmpty())
            title = json::text(check, u"id");
        section.blocks.append(heading(oneLine(title, 300), 3));
        const auto state = json::checkState(check);
        if (state != diagnosis::CheckState::Done) {
            QString note = json::text(check, u"note");
            section.blocks.append(callout(
                state == diagnosis::CheckState::Skipped ? u"unknown"_s : u"warning"_s,
                RichText{words::strong(words::checkState(state) + u". "_s),
                         words::plain(note.isEmpty()
                                          ? tr("Its results are not known: this is not a clean result.")
                                          : oneLine(note, 2000))}));
        }
        QList<QJsonObject> items = json::objects(check, u"findings");
        std::stable_sort(items.begin(), items.end(), [](const QJsonObject& a, const QJsonObject& b) {
            return json::severity(a) > json::severity(b); // the more severe first, unknown last
        });
        if (items.isEmpty()) {
            if (state == diagnosis::CheckState::Done)
                section.blocks.append(paragraph(tr("Nothing to report.")));
            continue;
        }
        QList<QList<RichText>> rows;
        QList<QString> groupKeys;
        QHash<QString, QList<QJsonObject>> groups;
        for (const QJsonObject& finding : items) {
            const QString id = json::text(finding, u"id");
            if (isPerListFinding(id)) {
                const QString key = id.section(u'.', 0, 1) + u' ' + json::text(finding, u"severity");
                if (!groups.contains(key))
                    groupKeys << key;
                groups[key].append(finding);
                continue;
            }
            rows.append(findingRow(finding));
        }
        for (const QString& key : std::as_const(groupKeys)) {
            const QList<QJsonObject> group = groups.value(key);
            rows.append(group.size() == 1
                            ? findingRow(group.first())
                            : groupRow(words::severityMark(json::severity(group.first())), group));
        }
        section.blocks.append(table(
            {RichText{words::plain(tr("Severity"))}, RichText{words::plain(tr("Finding"))}}, rows, {16, 84}));
    }
    return section;
}

} // namespace rebound::report::sections
