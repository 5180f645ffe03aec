// The DMARC aggregate and TLS reports loaded in the desktop app, or diagnosed as the input, as a section
// of the exported report: reads the session's "reports" object (the "summary" of `rebound-cli reports
// --json`), else the summary in the result of the session's check "reports".
#include "core/report/blocks.h"
#include "core/report/jsonread.h"
#include "core/report/reportsections.h"
#include "core/report/reportwords.h"

using namespace Qt::StringLiterals;

namespace rebound::report::sections {

using namespace blocks;
using words::tr;

namespace {

constexpr int kMaxSourceRows = 30;

QString percent(const QJsonObject& o) {
    return json::has(o, u"pass_rate") ? u"%1 %"_s.arg(o.value(u"pass_rate").toDouble() * 100.0, 0, 'f', 1)
                                      : u"-"_s;
}

QString day(const QString& isoTime) {
    return isoTime.left(10);
}

void addDomain(Section* section, const QJsonObject& domain, const QList<QJsonObject>& sources) {
    section->blocks
        << heading(tr("DMARC for %1").arg(oneLine(json::text(domain, u"domain"), 255)), 2)
        << keyValues(
               {row(tr("Period"),
                    tr("%1 to %2").arg(day(json::text(domain, u"begin")), day(json::text(domain, u"end")))),
                row(tr("Reports"), json::text(domain, u"reports")),
                row(tr("Messages"), json::text(domain, u"messages")),
                row(tr("DMARC pass rate"), percent(domain)),
                row(tr("Policy"), oneLine(json::text(domain, u"policy"), 20))});
    QList<QList<RichText>> rows;
    for (const QJsonObject& s : sources) {
        if (json::text(s, u"domain") != json::text(domain, u"domain"))
            continue;
        if (rows.size() >= kMaxSourceRows)
            break;
        const QString who = json::has(s, u"sender") ? json::text(s, u"sender") : json::text(s, u"who");
        rows.append({RichText{words::code(oneLine(json::text(s, u"source_ip"), 60))},
                     RichText{words::plain(json::text(s, u"count"))},
                     RichText{words::plain(json::text(s, u"dmarc_fail"))},
                     RichText{words::plain(oneLine(who, 100))},
                     RichText{words::plain(json::text(s, u"verdict"))}});
    }
    if (!rows.isEmpty())
        section->blocks << table({RichText{words::plain(tr("Source IP"))},
                                  RichText{words::plain(tr("Messages"))},
                                  RichText{words::plain(tr("Failed DMARC"))},
                                  RichText{words::plain(tr("Who"))}, RichText{words::plain(tr("Verdict"))}},
                                 rows, {25, 12, 13, 30, 20});
}

// The reports loaded in the Reports window ("reports"), else those of a diagnosed report (the summary
// of its check "reports").
QJsonObject reportsSummary(const QJsonObject& session) {
    if (session.contains(u"reports"))
        return json::object(session, u"reports");
    for (const QJsonObject& check : json::objects(session, u"checks")) {
        if (json::text(check, u"id") == u"reports")
            return json::object(json::object(check, u"result"), u"summary");
    }
    return {};
}

} // namespace

Section dmarcReports(const QJsonObject& session) {
    Section section;
    section.id = u"reports"_s;
    section.title = tr("DMARC and TLS reports");
    const QJsonObject reports = reportsSummary(session);
    const QList<QJsonObject> sources = json::objects(reports, u"sources");
    for (const QJsonObject& domain : json::objects(reports, u"domains"))
        addDomain(&section, domain, sources);
    QList<QList<RichText>> tlsRows;
    for (const QJsonObject& policy : json::objects(reports, u"tls"))
        tlsRows.append({RichText{words::plain(oneLine(json::text(policy, u"policy_domain"), 255))},
                        RichText{words::plain(oneLine(json::text(policy, u"policy_type"), 40))},
                        RichText{words::plain(json::text(policy, u"successful_sessions"))},
                        RichText{words::plain(json::text(policy, u"failed_sessions"))}});
    if (!tlsRows.isEmpty())
        section.blocks << heading(tr("TLS reports"), 2)
                       << table({RichText{words::plain(tr("Policy domain"))},
                                 RichText{words::plain(tr("Policy"))},
                                 RichText{words::plain(tr("Successful sessions"))},
                                 RichText{words::plain(tr("Failed sessions"))}},
                                tlsRows, {40, 20, 20, 20});
    for (const QJsonObject& finding : json::objects(reports, u"findings"))
        section.blocks << callout(
            json::text(finding, u"severity"),
            RichText{words::strong(oneLine(json::text(finding, u"title"), 500)),
                     words::plain(u" "_s + oneLine(json::text(finding, u"detail"), 2000))});
    return section;
}

} // namespace rebound::report::sections
