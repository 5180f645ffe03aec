// The message analysis (core/message, rebound-cli message --json) of a pasted message or of the copy a
// bounce returned: route, DKIM, ARC, Authentication-Results, SPF, DMARC and the bulk-sender checklist.
// Every value comes from the message, so every value is untrusted: oneLine() escapes and bounds it.
#include "core/report/blocks.h"
#include "core/report/jsonread.h"
#include "core/report/reportsections.h"
#include "core/report/reportwords.h"

using namespace Qt::StringLiterals;

namespace rebound::report::sections {

using namespace blocks;
using words::tr;

namespace {

// An authentication result word (pass, fail, softfail, neutral, none, temperror, permerror) with its icon.
RichText resultText(const QString& result) {
    if (result.isEmpty())
        return {words::plain(words::notChecked())};
    const QString r = result.toLower();
    const QString severity = r == u"pass"                                         ? u"ok"_s
                             : r == u"fail" || r == u"permerror"                  ? u"error"_s
                             : r == u"softfail" || r == u"temperror"              ? u"warning"_s
                             : r == u"unknown" || r == u"none" || r == u"neutral" ? u"unknown"_s
                                                                                  : u"info"_s;
    return severityText(severity, oneLine(result, 40));
}

Block routeTable(const QJsonObject& result) {
    QList<QList<RichText>> rows;
    int number = 0;
    for (const QJsonObject& hop : json::objects(result, u"hops")) {
        ++number;
        QString protocol = oneLine(json::text(hop, u"protocol"), 40);
        if (hop.value(u"tls").toBool())
            protocol += u" · TLS"_s;
        const qint64 delay = json::integer(hop, u"delay_s", LLONG_MIN);
        RichText place{words::plain(QString::number(number))};
        if (hop.value(u"first_external").toBool())
            place << words::muted(u" "_s + tr("first external hop"));
        rows.append({place,
                     {words::code(oneLine(json::text(hop, u"from"), 200))},
                     {words::code(oneLine(json::text(hop, u"by"), 200))},
                     {words::code(oneLine(json::text(hop, u"ip"), 60))},
                     {words::plain(protocol)},
                     {words::plain(oneLine(json::text(hop, u"time"), 40))},
                     {words::plain(delay == LLONG_MIN ? QString() : tr("%1 s").arg(delay))}});
    }
    return table({{words::plain(tr("Hop"))},
                  {words::plain(tr("From"))},
                  {words::plain(tr("By"))},
                  {words::plain(tr("IP"))},
                  {words::plain(tr("Protocol"))},
                  {words::plain(tr("Time (UTC)"))},
                  {words::plain(tr("Delay"))}},
                 rows, {8, 20, 20, 14, 12, 16, 10});
}

Block dkimTable(const QJsonObject& result) {
    QList<QList<RichText>> rows;
    for (const QJsonObject& d : json::objects(result, u"dkim")) {
        QString reason = json::text(d, u"reason");
        if (const qint64 bits = json::integer(d, u"key_bits", 0); bits > 0)
            reason = (reason.isEmpty() ? QString() : reason + u"; "_s) + tr("%1-bit key").arg(bits);
        rows.append({{words::code(oneLine(json::text(d, u"domain"), 200))},
                     {words::code(oneLine(json::text(d, u"selector"), 200))},
                     {words::plain(oneLine(json::text(d, u"algorithm"), 40) + u' '
                                   + oneLine(json::text(d, u"canonicalization"), 40))},
                     resultText(json::text(d, u"result")),
                     {words::plain(yesNo(d, u"body_hash_ok"))},
                     {words::plain(oneLine(reason, 500))}});
    }
    return table({{words::plain(tr("Domain"))},
                  {words::plain(tr("Selector"))},
                  {words::plain(tr("Algorithm"))},
                  {words::plain(tr("Result"))},
                  {words::plain(tr("Body hash"))},
                  {words::plain(tr("Reason"))}},
                 rows, {18, 14, 18, 12, 10, 28});
}

void appendArc(Section& section, const QJsonObject& result) {
    const QJsonObject arc = json::object(result, u"arc");
    const QList<QJsonObject> instances = json::objects(arc, u"instances");
    if (instances.isEmpty())
        return;
    section.blocks.append(heading(tr("ARC"), 3));
    RichText chain = resultText(json::text(arc, u"result"));
    if (const QString reason = json::text(arc, u"reason"); !reason.isEmpty())
        chain << words::plain(u": "_s + oneLine(reason, 500));
    section.blocks.append(keyValues({row(tr("Chain"), chain)}));
    QList<QList<RichText>> rows;
    for (const QJsonObject& set : instances) {
        QStringList compared;
        for (const QJsonObject& c : json::objects(set, u"compared"))
            compared << tr("%1 for %2: sealer %3, Rebound %4")
                            .arg(oneLine(json::text(c, u"method"), 20),
                                 oneLine(json::text(c, u"subject"), 200),
                                 oneLine(json::text(c, u"claimed"), 20),
                                 oneLine(json::text(c, u"rebound"), 20));
        rows.append({{words::plain(json::text(set, u"instance"))},
                     {words::code(oneLine(json::text(set, u"cv"), 20))},
                     {words::code(oneLine(json::text(set, u"seal_domain"), 200))},
                     resultText(json::text(set, u"seal_result")),
                     resultText(json::text(set, u"ams_result")),
                     {words::code(oneLine(json::text(set, u"authserv_id"), 200))},
                     {words::plain(compared.join(u"; "_s))}});
    }
    section.blocks.append(table({{words::plain(tr("i="))},
                                 {words::plain(tr("cv="))},
                                 {words::plain(tr("Sealed by"))},
                                 {words::plain(tr("Seal"))},
                                 {words::plain(tr("Message signature"))},
                                 {words::plain(tr("Recorded by"))},
                                 {words::plain(tr("Compared with Rebound"))}},
                                rows, {5, 7, 18, 10, 12, 18, 30}));
}

Block authResultsTable(const QJsonObject& result) {
    QList<QList<RichText>> rows;
    for (const QJsonObject& ar : json::objects(result, u"authentication_results")) {
        QStringList methods;
        for (const QJsonObject& m : json::objects(ar, u"results"))
            methods << oneLine(json::text(m, u"method"), 40) + u'=' + oneLine(json::text(m, u"result"), 40);
        rows.append(
            {{words::code(oneLine(json::text(ar, u"authserv_id"), 200))},
             {words::plain(ar.value(u"trusted").toBool() ? tr("trusted (the receiver)") : tr("a claim"))},
             {words::code(methods.join(u' '))}});
    }
    return table(
        {{words::plain(tr("Written by"))}, {words::plain(tr("Trust"))}, {words::plain(tr("Results"))}}, rows,
        {30, 20, 50});
}

QList<QList<RichText>> policyRows(const QJsonObject& result) {
    const QJsonObject spf = json::object(result, u"spf");
    const QJsonObject dmarc = json::object(result, u"dmarc");
    RichText spfText = resultText(json::text(spf, u"result"));
    if (json::has(spf, u"result"))
        spfText << words::plain(
            u" "_s
            + tr("for %1 sending as %2")
                  .arg(oneLine(json::text(spf, u"ip"), 60), oneLine(json::text(spf, u"domain"), 200)));
    RichText dmarcText = resultText(json::text(dmarc, u"result"));
    dmarcText << words::plain(u" "_s + tr("for %1").arg(oneLine(json::text(dmarc, u"from_domain"), 200)));
    QString policy = json::text(dmarc, u"policy");
    if (!policy.isEmpty() && !json::text(dmarc, u"policy_tag").isEmpty())
        policy += u" ("_s + json::text(dmarc, u"policy_tag") + u"=)"_s;
    return {row(tr("SPF"), spfText), row(tr("DMARC"), dmarcText),
            row(tr("SPF aligned"), yesNo(dmarc, u"aligned_spf")),
            row(tr("DKIM aligned"), yesNo(dmarc, u"aligned_dkim")),
            row(tr("DMARC policy"), oneLine(policy, 100))};
}

Block bulkSenderTable(const QJsonObject& result) {
    QList<QList<RichText>> rows;
    for (const QJsonObject& item : json::objects(result, u"bulk_sender")) {
        const QString r = json::text(item, u"result");
        rows.append({{words::plain(oneLine(json::text(item, u"title"), 200))},
                     resultText(r),
                     {words::plain(oneLine(json::text(item, u"detail"), 600))},
                     {words::muted(oneLine(json::text(item, u"source"), 300))}});
    }
    return table({{words::plain(tr("Rule"))},
                  {words::plain(tr("Result"))},
                  {words::plain(tr("Detail"))},
                  {words::plain(tr("Source"))}},
                 rows, {28, 12, 35, 25});
}

void appendMessage(Section& section, const QJsonObject& check) {
    const QJsonObject result = json::object(check, u"result");
    section.blocks.append(heading(oneLine(json::text(check, u"title"), 255), 2));
    if (json::checkState(check) != diagnosis::CheckState::Done) {
        section.blocks.append(notDoneCallout(check, tr("The message was not analysed.")));
        return;
    }
    if (result.value(u"returned_copy").toBool())
        section.blocks.append(callout(
            u"info"_s, RichText{words::plain(
                           result.value(u"headers_only").toBool()
                               ? tr("This is the header block a bounce returned. The route, the domains and "
                                    "the sending address can be trusted; no DKIM signature can pass without "
                                    "the body.")
                               : tr("This is the copy a bounce returned. The route, the domains and the "
                                    "sending address can be trusted; a DKIM failure may come from the "
                                    "reporting server re-encoding the copy."))}));
    section.blocks.append(heading(tr("Route (oldest hop first)"), 3));
    section.blocks.append(json::objects(result, u"hops").isEmpty() ? paragraph(tr("No Received fields."))
                                                                   : routeTable(result));
    section.blocks.append(heading(tr("DKIM signatures"), 3));
    section.blocks.append(json::objects(result, u"dkim").isEmpty()
                              ? paragraph(tr("The message is not signed."))
                              : dkimTable(result));
    appendArc(section, result);
    section.blocks.append(heading(tr("Authentication-Results"), 3));
    section.blocks.append(json::objects(result, u"authentication_results").isEmpty()
                              ? paragraph(tr("No Authentication-Results fields."))
                              : authResultsTable(result));
    section.blocks.append(heading(tr("SPF and DMARC"), 3));
    section.blocks.append(keyValues(policyRows(result)));
    section.blocks.append(heading(tr("Bulk-sender checklist"), 3));
    section.blocks.append(bulkSenderTable(result));
}

} // namespace

Section message(const QJsonObject& session) {
    Section section;
    section.id = u"message"_s;
    section.title = tr("Message");
    for (const QJsonObject& check : checks(session)) {
        if (json::text(check, u"id") == u"message")
            appendMessage(section, check);
    }
    return section;
}

} // namespace rebound::report::sections
