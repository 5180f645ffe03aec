// Microsoft SNDS data for the sending IPs ("snds" checks, core/snds ipJson): filter colour, complaint
// rate, trap hits, block status and the data's own date. SNDS texts come from the network: oneLine().
#include "core/report/blocks.h"
#include "core/report/jsonread.h"
#include "core/report/reportsections.h"
#include "core/report/reportwords.h"

using namespace Qt::StringLiterals;

namespace rebound::report::sections {

using namespace blocks;
using words::tr;

namespace {

// The colour as a severity icon and its word (never colour alone).
RichText colorText(const QString& color) {
    if (color == u"green")
        return severityText(u"ok"_s, tr("Green"));
    if (color == u"yellow")
        return severityText(u"warning"_s, tr("Yellow"));
    if (color == u"red")
        return severityText(u"error"_s, tr("Red"));
    return {words::plain(tr("No data for this IP"))};
}

} // namespace

QList<RichText> sndsRow(const QJsonObject& session, const QString& ip) {
    for (const QJsonObject& check : checksWith(session, u"snds"_s, u"listed_in_snds"_s)) {
        const QJsonObject result = json::object(check, u"result");
        if (json::text(result, u"ip") != ip)
            continue;
        if (json::checkState(check) != diagnosis::CheckState::Done)
            return row(tr("Microsoft SNDS"), tr("Microsoft's data for this IP is not known."));
        RichText value = colorText(json::text(result, u"filter_result"));
        QString more;
        if (result.value(u"listed_in_snds").toBool())
            more += u", "_s + tr("%1 trap hits").arg(json::text(result, u"trap_hits"));
        if (result.value(u"blocked").toBool())
            more += u", "_s
                    + tr("blocked by Microsoft: %1").arg(oneLine(json::text(result, u"block_reason"), 300));
        more += u" ("_s + tr("data of %1").arg(oneLine(json::text(result, u"data_date"), 20))
                + (result.value(u"from_cache").toBool() ? u" "_s + tr("(from the cache)") : QString()) + u')';
        value.append(words::plain(more));
        return row(tr("Microsoft SNDS"), value);
    }
    return {};
}

Section snds(const QJsonObject& session) {
    Section section;
    section.id = u"snds"_s;
    section.title = tr("Microsoft SNDS");
    for (const QJsonObject& check : checksWith(session, u"snds"_s, u"listed_in_snds"_s)) {
        const QJsonObject result = json::object(check, u"result");
        section.blocks.append(heading(oneLine(json::text(check, u"title"), 255), 3));
        if (json::checkState(check) != diagnosis::CheckState::Done) {
            section.blocks.append(notDoneCallout(check, tr("Microsoft's data for this IP is not known.")));
            continue;
        }
        const QJsonObject activity = json::object(result, u"activity");
        QList<QList<RichText>> rows;
        rows.append({{words::plain(tr("Filter result"))}, colorText(json::text(result, u"filter_result"))});
        rows.append(row(tr("Complaint rate"), oneLine(json::text(activity, u"complaint_rate"), 40)));
        rows.append(row(tr("Trap hits"), json::text(result, u"trap_hits")));
        rows.append(row(tr("Recipients"), json::text(activity, u"recipients")));
        rows.append(row(tr("Blocked by Microsoft"), result.value(u"blocked").toBool() ? tr("yes: %1").arg(
                                                        oneLine(json::text(result, u"block_reason"), 300))
                                                                                      : tr("no")));
        rows.append(
            row(tr("Sample HELO, MAIL FROM"), oneLine(json::text(activity, u"sample_helo"), 255) + u", "_s
                                                  + oneLine(json::text(activity, u"sample_mail_from"), 255)));
        rows.append(
            row(tr("Data of"),
                oneLine(json::text(result, u"data_date"), 20)
                    + (result.value(u"from_cache").toBool() ? u" "_s + tr("(from the cache)") : QString())));
        section.blocks.append(keyValues(rows));
    }
    return section;
}

} // namespace rebound::report::sections
