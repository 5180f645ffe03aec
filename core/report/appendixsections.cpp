#include "core/report/blocks.h"
#include "core/report/jsonread.h"
#include "core/report/reportsections.h"
#include "core/report/reportwords.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rebound::report::sections {

using namespace blocks;
using words::tr;

namespace {

struct Span {
    qint64 offset;
    qint64 length;
    QString label;
};

QList<Span> evidenceSpans(const QJsonObject& session) {
    QList<Span> spans;
    const QJsonObject bounce = json::object(session, u"bounce");
    for (const QJsonObject& recipient : json::objects(bounce, u"recipients")) {
        for (const QJsonObject& evidence : json::objects(recipient, u"evidence"))
            spans.append({json::integer(evidence, u"offset"), json::integer(evidence, u"length", 0),
                          words::bounceField(json::text(evidence, u"what"))});
    }
    for (const QJsonObject& cause : causes(session)) {
        for (const QJsonObject& evidence : json::objects(cause, u"evidence")) {
            if (diagnosis::evidenceSourceFromName(json::text(evidence, u"source"))
                == diagnosis::EvidenceSource::Bounce)
                spans.append({json::integer(evidence, u"offset"), json::integer(evidence, u"length", 0),
                              json::text(evidence, u"text")});
        }
    }
    return spans;
}

// DnsResult-shaped objects ({name, type, outcome|rcode, answers...}) anywhere in a check result.
void collectDnsResults(const QJsonValue& value, QList<QJsonObject>& out, int depth) {
    if (depth > 12 || out.size() >= 2000)
        return;
    if (value.isArray()) {
        const QJsonArray items = value.toArray();
        for (const QJsonValue& item : items)
            collectDnsResults(item, out, depth + 1);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    if (json::has(object, u"name") && json::has(object, u"type")
        && (json::has(object, u"outcome") || json::has(object, u"rcode"))
        && object.value(u"answers").isArray()) {
        out.append(object);
        return;
    }
    for (auto it = object.begin(); it != object.end(); ++it)
        collectDnsResults(it.value(), out, depth + 1);
}

QList<RichText> dnsRow(const QJsonObject& result) {
    RichText answers;
    for (const QJsonObject& answer : json::objects(result, u"answers")) {
        if (!answers.isEmpty())
            answers.append(words::plain(u"\n"_s));
        answers.append(words::code(oneLine(json::text(answer, u"data"), 1000)));
        if (const QString ttl = json::text(answer, u"ttl"); !ttl.isEmpty())
            answers.append(words::muted(u" "_s + tr("TTL %1").arg(ttl)));
    }
    QString outcome = json::text(result, u"outcome");
    const qint64 rcode = json::integer(result, u"rcode");
    if (rcode >= 0)
        outcome += (outcome.isEmpty() ? QString() : u", "_s) + tr("rcode %1").arg(rcode);
    if (const QString error = json::text(result, u"error"); !error.isEmpty())
        outcome += u" ("_s + oneLine(error, 300) + u')';
    if (const QString negative = json::text(result, u"negative_ttl"); !negative.isEmpty())
        outcome += u", "_s + tr("negative TTL %1").arg(negative);
    QString server = json::text(result, u"server");
    if (const QString ms = json::text(result, u"elapsed_ms"); !ms.isEmpty())
        server += (server.isEmpty() ? QString() : u", "_s) + tr("%1 ms").arg(ms);
    return {RichText{words::code(oneLine(json::text(result, u"name"), 300))},
            RichText{words::plain(oneLine(json::text(result, u"type"), 20))},
            RichText{words::plain(oneLine(outcome, 400))},
            answers.isEmpty() ? RichText{words::muted(tr("no records"))} : answers,
            RichText{words::plain(oneLine(server, 200))}};
}

// One query of the session's log (dns_queries.queries[]): name, type, server, outcome, TTL, data, time.
QList<RichText> queryRow(const QJsonObject& query) {
    RichText data;
    for (const QJsonValue& item : query.value(u"data").toArray()) {
        if (!data.isEmpty())
            data.append(words::plain(u"\n"_s));
        data.append(words::code(oneLine(item.toString(), 600)));
    }
    if (data.isEmpty()) {
        const QString error = json::text(query, u"error");
        data.append(error.isEmpty() ? words::muted(tr("no records")) : words::plain(oneLine(error, 300)));
    }
    const QString server = json::text(query, u"server");
    return {
        RichText{words::code(oneLine(json::text(query, u"name"), 300))},
        RichText{words::plain(oneLine(json::text(query, u"type"), 20))},
        RichText{server.isEmpty() ? words::muted(tr("none answered")) : words::plain(oneLine(server, 80))},
        RichText{words::plain(oneLine(json::text(query, u"outcome"), 40))},
        RichText{words::plain(oneLine(json::text(query, u"ttl"), 12))},
        data,
        RichText{words::plain(tr("%1 ms").arg(json::integer(query, u"elapsed_ms", 0)))}};
}

// The run's query log as a table, the first MaxReportQueries of it (the JSON keeps the whole log).
constexpr int MaxReportQueries = 500;

void appendQueryLog(const QJsonObject& log, Section& section) {
    const QJsonArray queries = log.value(u"queries").toArray();
    const qint64 total = std::max<qint64>(json::integer(log, u"total", 0), queries.size());
    section.blocks.append(heading(tr("Every DNS query of the run"), 3));
    const qsizetype shown = std::min<qsizetype>(queries.size(), MaxReportQueries);
    QString intro = tr("In the order they ended: the server that answered, what it said, the TTL and the "
                       "records of the type asked.");
    if (shown < total)
        intro += u' '
                 + tr("The first %1 of %2 queries are listed; the session JSON attached to this report keeps "
                      "%3 of them.")
                       .arg(shown)
                       .arg(total)
                       .arg(queries.size());
    section.blocks.append(paragraph(intro));
    QList<QList<RichText>> rows;
    for (qsizetype i = 0; i < shown; ++i)
        rows.append(queryRow(queries.at(i).toObject()));
    section.blocks.append(table({RichText{words::plain(tr("Name"))}, RichText{words::plain(tr("Type"))},
                                 RichText{words::plain(tr("Server"))}, RichText{words::plain(tr("Outcome"))},
                                 RichText{words::plain(tr("TTL"))}, RichText{words::plain(tr("Data"))},
                                 RichText{words::plain(tr("Time"))}},
                                rows, {28, 6, 14, 10, 6, 28, 8}));
}

} // namespace

Section pastedText(const QJsonObject& session, qsizetype maxChars) {
    Section section;
    section.id = u"appendix-input"_s;
    section.title = tr("Appendix A: the pasted text");
    const QJsonObject bounce = json::object(session, u"bounce");
    QString text = json::text(bounce, u"text");
    const bool normalised = !text.isEmpty();
    if (!normalised)
        text = json::text(session, u"input");
    if (text.isEmpty()) {
        section.blocks.append(paragraph(tr("Nothing was pasted.")));
        return section;
    }
    QList<Mark> marks;
    QList<Span> spans;
    if (normalised) {
        spans = evidenceSpans(session);
        for (qsizetype i = 0; i < spans.size(); ++i)
            marks.append({qsizetype(spans[i].offset), qsizetype(spans[i].length), int(i + 1)});
    }
    Block code = literal(text, marks, maxChars);
    // Number the marks that survived in reading order, and list them.
    std::sort(code.marks.begin(), code.marks.end(),
              [](const Mark& a, const Mark& b) { return a.offset < b.offset; });
    QList<QList<RichText>> legend;
    int number = 0;
    for (Mark& mark : code.marks) {
        const Span& span = spans[mark.number - 1];
        mark.number = ++number;
        legend.append({RichText{words::strong(QString::number(number))},
                       RichText{words::plain(oneLine(span.label, 300))},
                       RichText{words::code(
                           oneLine(code.code.mid(mark.offset, qMin<qsizetype>(mark.length, 200)), 200))}});
    }
    section.blocks.append(paragraph(
        normalised
            ? tr("As analysed (decoded, line ends normalised). Highlighted and numbered: the spans that "
                 "support the diagnosis. The text is shown literally; nothing in it was followed or loaded.")
            : tr("As pasted. The text is shown literally; nothing in it was followed or loaded.")));
    if (!legend.isEmpty())
        section.blocks.append(
            table({RichText{words::plain(u"#"_s)}, RichText{words::plain(tr("Evidence for"))},
                   RichText{words::plain(tr("Text"))}},
                  legend, {6, 44, 50}));
    section.blocks.append(code);
    return section;
}

Section dnsAnswers(const QJsonObject& session) {
    Section section;
    section.id = u"appendix-dns"_s;
    section.title = tr("Appendix B: raw DNS answers");
    QList<QJsonObject> results;
    for (const QJsonObject& check : checks(session))
        collectDnsResults(check.value(u"result"), results, 0);
    const QJsonObject log = json::object(session, u"dns_queries");
    const bool hasLog = !log.value(u"queries").toArray().isEmpty();
    if (results.isEmpty()) {
        if (hasLog)
            appendQueryLog(log, section);
        else
            section.blocks.append(paragraph(tr("No raw DNS answers were recorded.")));
        return section;
    }
    section.blocks.append(paragraph(tr("Every answer as the resolver returned it, with TTLs, response codes, "
                                       "the server that answered and the time it took.")));
    QList<QList<RichText>> rows;
    for (const QJsonObject& result : std::as_const(results))
        rows.append(dnsRow(result));
    section.blocks.append(table({RichText{words::plain(tr("Query"))}, RichText{words::plain(tr("Type"))},
                                 RichText{words::plain(tr("Result"))}, RichText{words::plain(tr("Answers"))},
                                 RichText{words::plain(tr("Server, time"))}},
                                rows, {40, 5, 17, 18, 20}));
    if (hasLog)
        appendQueryLog(log, section);
    return section;
}

Section transcripts(const QJsonObject& session) {
    Section section;
    section.id = u"appendix-smtp"_s;
    section.title = tr("Appendix C: SMTP transcripts");
    bool any = false;
    for (const QJsonObject& check : checks(session)) {
        for (const QJsonObject& server : smtpServers(json::object(check, u"result"))) {
            const QString text = transcriptText(server);
            if (text.isEmpty())
                continue;
            any = true;
            const QString host = json::text(server, u"host");
            section.blocks.append(
                heading(oneLine(host.isEmpty() ? json::text(check, u"title") : host, 255), 3));
            section.blocks.append(literal(text, {}, 200'000));
        }
    }
    if (!any)
        section.blocks.append(paragraph(tr("No SMTP conversation was recorded.")));
    return section;
}

} // namespace rebound::report::sections
