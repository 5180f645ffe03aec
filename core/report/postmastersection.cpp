// Google Postmaster Tools data for the sender's domain ("postmaster" checks, core/postmaster toJson):
// the spam rate against Gmail's thresholds, the authentication and TLS rates, delivery errors, the
// compliance rows and the data's own date. The check's findings are in the findings section.
#include "core/postmaster/postmasterfindings.h"
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

// A rate (a fraction in the JSON) for people; "unknown" when the API did not give it.
QString rate(const QJsonObject& result, QStringView key) {
    const QJsonValue value = result.value(key);
    return value.isDouble() ? postmaster::percentText(value.toDouble()) : tr("unknown");
}

// The spam rate with its level as a severity icon and word (never colour alone).
RichText spamRateText(const QJsonObject& result) {
    const QString level = json::text(result, u"spam_rate_level");
    const QString value = rate(result, u"spam_rate");
    if (level == u"error")
        return severityText(u"error"_s, tr("%1: at or over Gmail's 0.3 % limit").arg(value));
    if (level == u"warning")
        return severityText(u"warning"_s, tr("%1: over Gmail's 0.1 % target").arg(value));
    if (level == u"ok")
        return severityText(u"ok"_s, tr("%1: under Gmail's 0.1 % target").arg(value));
    return {words::plain(tr("unknown"))};
}

RichText complianceText(const QString& status) {
    if (status == u"compliant")
        return severityText(u"ok"_s, tr("Compliant"));
    if (status == u"needs_work")
        return severityText(u"error"_s, tr("Needs work"));
    return {words::plain(tr("unknown"))};
}

} // namespace

Section postmaster(const QJsonObject& session) {
    Section section;
    section.id = u"postmaster"_s;
    section.title = tr("Google Postmaster Tools");
    for (const QJsonObject& check : checksWith(session, u"postmaster"_s, u"spam_rate_level"_s)) {
        const QJsonObject result = json::object(check, u"result");
        section.blocks.append(heading(oneLine(json::text(check, u"title"), 255), 3));
        if (json::checkState(check) != diagnosis::CheckState::Done) {
            section.blocks.append(
                notDoneCallout(check, tr("What Gmail measured for this domain is not known.")));
            continue;
        }
        QList<QList<RichText>> rows;
        rows.append({{words::plain(tr("User-reported spam rate"))}, spamRateText(result)});
        rows.append(row(tr("SPF authentication rate"), rate(result, u"spf_rate")));
        rows.append(row(tr("DKIM authentication rate"), rate(result, u"dkim_rate")));
        rows.append(row(tr("DMARC authentication rate"), rate(result, u"dmarc_rate")));
        rows.append(row(tr("TLS encryption rate"), rate(result, u"tls_rate")));
        rows.append(row(tr("Delivery error rate"), rate(result, u"delivery_error_rate")));
        rows.append(
            row(tr("Data of"),
                oneLine(json::text(result, u"stats_date"), 20)
                    + (result.value(u"from_cache").toBool() ? u" "_s + tr("(from the cache)") : QString())));
        section.blocks.append(keyValues(rows));
        const QJsonArray compliance = result.value(u"compliance").toArray();
        if (compliance.isEmpty()) {
            section.blocks.append(paragraph(tr("Google has no compliance status for this domain.")));
            continue;
        }
        QList<QList<RichText>> complianceRows;
        for (const QJsonValue& v : compliance) {
            const QString requirement = oneLine(v[u"requirement"].toString(), 64);
            complianceRows.append({{words::plain(postmaster::requirementTitle(requirement.toUpper()))},
                                   complianceText(v[u"status"].toString())});
        }
        section.blocks.append(
            table({{words::plain(tr("Gmail sender requirement"))}, {words::plain(tr("Status"))}},
                  complianceRows, {70, 30}));
    }
    return section;
}

} // namespace rebound::report::sections
