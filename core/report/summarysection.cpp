#include "core/report/blocks.h"
#include "core/report/jsonread.h"
#include "core/report/reportsections.h"
#include "core/report/reportwords.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace rebound::report::sections {

using namespace blocks;
using words::tr;

QList<QJsonObject> checks(const QJsonObject& session) {
    return json::objects(session, u"checks");
}

QList<QJsonObject> causes(const QJsonObject& session) {
    return json::objects(session, u"diagnosis");
}

QList<QJsonObject> checksWith(const QJsonObject& session, const QString& checkId, const QString& resultKey) {
    QList<QJsonObject> out;
    for (const QJsonObject& check : checks(session)) {
        if (json::text(check, u"id") == checkId || json::has(json::object(check, u"result"), resultKey))
            out.append(check);
    }
    return out;
}

namespace {

QString utcText(const QString& iso) {
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!time.isValid())
        return iso.isEmpty() ? QString() : oneLine(iso, 64);
    return time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s);
}

QString whatWasChecked(const QJsonObject& session) {
    const QString kind = json::text(session, u"detected_as");
    QString what = json::text(session, u"detected_explanation");
    const QString value = json::text(session, u"detected_value");
    if (what.isEmpty())
        what = kind.isEmpty() ? QString() : kind;
    if (!value.isEmpty())
        what += (what.isEmpty() ? QString() : u": "_s) + value;
    const QJsonObject bounce = json::object(session, u"bounce");
    QStringList recipients;
    for (const QJsonObject& recipient : json::objects(bounce, u"recipients"))
        recipients << json::text(recipient, u"recipient");
    recipients.removeAll(QString());
    if (!recipients.isEmpty())
        what += u"; "_s + tr("bounced for %1").arg(recipients.mid(0, 5).join(u", "_s))
                + (recipients.size() > 5 ? tr(" and %1 more").arg(recipients.size() - 5) : QString());
    return what;
}

RichText causeLine(const QJsonObject& cause) {
    const QString severity = words::severityMark(json::severity(cause));
    RichText text{words::icon(severity), words::strong(words::severity(severity) + u": "_s),
                  words::strong(oneLine(json::text(cause, u"title"), 300))};
    if (cause.contains(u"confidence"))
        text.append(words::muted(u" ("_s + words::confidence(cause) + u')'));
    const QString summary = json::text(cause, u"summary");
    if (!summary.isEmpty())
        text.append(words::plain(u" — "_s + oneLine(summary, 1000)));
    return text;
}

QString findingsCount(const QJsonObject& check) {
    const QList<QJsonObject> findings = json::objects(check, u"findings");
    int serious = 0;
    for (const QJsonObject& finding : findings) {
        serious += json::severity(finding) >= Severity::Error ? 1 : 0;
    }
    if (findings.isEmpty())
        return tr("no findings");
    return tr("%1 findings, %2 serious").arg(findings.size()).arg(serious);
}

QString stateSeverity(std::optional<diagnosis::CheckState> state, const QJsonObject& check) {
    if (state != diagnosis::CheckState::Done)
        return state == diagnosis::CheckState::Skipped ? u"unknown"_s : u"warning"_s;
    std::optional<Severity> worst;
    for (const QJsonObject& finding : json::objects(check, u"findings"))
        worst = std::max(worst, json::severity(finding));
    return worst && isProblem(*worst) ? severityName(*worst) : u"ok"_s;
}

// What the receiving server said, in its words (the Diagnostic-Code or the SMTP reply), and whether
// it is final: the first thing a reader of the report needs, before any interpretation.
void addReceiverReply(Section& section, const QJsonObject& bounce) {
    QStringList replies;
    int firstCode = 0;
    for (const QJsonObject& recipient : json::objects(bounce, u"recipients")) {
        const QString reply = json::text(recipient, u"diagnostic");
        if (reply.isEmpty() || replies.contains(reply))
            continue;
        if (replies.isEmpty())
            firstCode = int(json::integer(recipient, u"reply_code"));
        replies << reply;
    }
    if (replies.isEmpty())
        return;
    section.blocks.append(heading(tr("What the receiving server replied")));
    section.blocks.append(literal(replies.first(), {}, 2000));
    if (firstCode >= 500 && firstCode < 600)
        section.blocks.append(paragraph(RichText{
            words::strong(tr("Permanent (%1). ").arg(firstCode)),
            words::plain(tr("The receiver will refuse this mail again until the cause below is fixed; "
                            "sending it again unchanged does not help."))}));
    else if (firstCode >= 400 && firstCode < 500)
        section.blocks.append(paragraph(RichText{
            words::strong(tr("Temporary (%1). ").arg(firstCode)),
            words::plain(tr("The sending server keeps retrying for a while on its own; the cause below "
                            "says why it was deferred."))}));
    if (replies.size() > 1)
        section.blocks.append(
            paragraph(tr("Other recipients got %1 other replies; the bounce appendix shows them all.")
                          .arg(replies.size() - 1)));
}

// The verdict, the most likely cause, and why the run may say less than usual.
Block verdictCallout(const QJsonObject& session, const QList<QJsonObject>& ranked) {
    const diagnosis::Verdict verdict =
        diagnosis::parseVerdict(json::text(session, u"verdict")).value_or(diagnosis::Verdict::NotChecked);
    RichText verdictText{words::strong(tr("Verdict: %1").arg(words::verdict(verdict)))};
    if (!ranked.isEmpty())
        verdictText.append(words::plain(
            u". "_s + tr("Most likely cause: %1").arg(oneLine(json::text(ranked.first(), u"title"), 300))));
    if (session.value(u"cancelled").toBool())
        verdictText.append(
            words::plain(u" "_s + tr("The run was cancelled; only the finished checks are reported.")));
    // A refused input says why, in the analyser's words (too large, binary).
    if (const QString why = json::text(json::object(session, u"bounce"), u"error"); !why.isEmpty())
        verdictText.append(words::plain(u". "_s + oneLine(why, 1000)));
    return callout(words::verdictSeverity(verdict), verdictText);
}

} // namespace

RichText stepText(const QJsonObject& step) {
    const auto actor = diagnosis::parseActor(json::text(step, u"actor"));
    RichText text{words::strong(words::actor(actor.value_or(diagnosis::Actor::Unknown)) + u": "_s),
                  words::plain(oneLine(json::text(step, u"text"), 4000))};
    for (const QJsonObject& link : json::objects(step, u"links")) {
        text.append(words::plain(u" — "_s));
        text.append(words::link(oneLine(json::text(link, u"title"), 200), json::text(link, u"url")));
    }
    return text;
}

Section summary(const QJsonObject& session, const QString& attachmentName) {
    Section section;
    section.id = u"summary"_s;
    section.title = tr("Summary");
    section.newPage = false;

    const QList<QJsonObject> ranked = causes(session);
    section.blocks.append(verdictCallout(session, ranked));
    addReceiverReply(section, json::object(session, u"bounce"));

    QString resolver = json::text(session, u"resolver");
    const QStringList servers = json::strings(session, u"resolver_servers");
    // rebound-cli --dns names the servers as the resolver: say them once.
    if (!servers.isEmpty() && resolver != servers.join(u", "_s))
        resolver += (resolver.isEmpty() ? QString() : u" — "_s) + servers.join(u", "_s);
    QList<QList<RichText>> facts{
        row(tr("What was checked"), whatWasChecked(session)),
        row(tr("Started"), utcText(json::text(session, u"started_utc"))),
        row(tr("Finished"), utcText(json::text(session, u"finished_utc"))),
        row(tr("Resolver"), resolver),
        row(tr("Checked from"), json::text(session, u"host")),
        row(tr("Rebound version"), json::text(session, u"app_version")),
        row(tr("Session"), json::text(session, u"id")),
        row(tr("Personal data"), session.value(u"redacted").toBool()
                                     ? tr("masked (local parts of addresses, names, Message-IDs)")
                                     : tr("not masked")),
    };
    if (!attachmentName.isEmpty())
        facts.append(row(tr("Attached"),
                         tr("%1: the machine-readable session; open it in Rebound").arg(attachmentName)));

    section.blocks.append(heading(tr("Most likely causes")));
    if (ranked.isEmpty()) {
        section.blocks.append(paragraph(
            tr("No cause was identified. See the checks below for what could and could not be checked.")));
    } else {
        QList<RichText> items;
        for (const QJsonObject& cause : ranked.mid(0, 3))
            items.append(causeLine(cause));
        section.blocks.append(numbered(items));
        if (ranked.size() > 3)
            section.blocks.append(paragraph(
                tr("%1 less likely causes follow in the Diagnosis section.").arg(ranked.size() - 3)));

        section.blocks.append(heading(tr("What to do now")));
        QList<RichText> steps;
        for (const QJsonObject& step : json::objects(ranked.first(), u"steps"))
            steps.append(stepText(step));
        if (steps.isEmpty())
            section.blocks.append(paragraph(tr("No steps are known for this cause.")));
        else
            section.blocks.append(numbered(steps));
        const QStringList dont = json::strings(ranked.first(), u"dont");
        for (const QString& item : dont)
            section.blocks.append(callout(
                u"warning"_s, RichText{words::strong(tr("Do not: ")), words::plain(oneLine(item, 1000))}));
    }

    section.blocks.append(heading(tr("Checks")));
    QList<QList<RichText>> rows;
    for (const QJsonObject& check : checks(session)) {
        const auto state = json::checkState(check);
        QString title = json::text(check, u"title");
        if (title.isEmpty())
            title = json::text(check, u"id");
        QString detail =
            state == diagnosis::CheckState::Done ? findingsCount(check) : json::text(check, u"note");
        rows.append({RichText{words::plain(oneLine(title, 300))},
                     severityText(stateSeverity(state, check), words::checkState(state)),
                     RichText{words::plain(oneLine(detail, 500))}});
    }
    if (rows.isEmpty())
        section.blocks.append(paragraph(tr("No check was run.")));
    else
        section.blocks.append(table({RichText{words::plain(tr("Check"))}, RichText{words::plain(tr("State"))},
                                     RichText{words::plain(tr("Result"))}},
                                    rows, {45, 20, 35}));
    // Who ran what, when: after the answer, which is what page 1 is for; one paragraph, not a table.
    section.blocks.append(heading(tr("About this run")));
    RichText about;
    for (const QList<RichText>& fact : std::as_const(facts)) {
        if (!about.isEmpty())
            about.append(words::plain(u" · "_s));
        about.append(fact.value(0));
        about.append(words::plain(u": "_s));
        about.append(fact.value(1));
    }
    section.blocks.append(paragraph(about));
    return section;
}

} // namespace rebound::report::sections
