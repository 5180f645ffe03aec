#include "core/report/blocks.h"
#include "core/report/jsonread.h"
#include "core/report/reportsections.h"
#include "core/report/reportwords.h"

namespace rebound::report::sections {

using namespace blocks;
using words::tr;

namespace {

// RFC 7208 results, DMARC/DKIM statuses: what they mean for delivery.
QString resultSeverity(const QString& result) {
    static const QStringList good{u"pass"_qs, u"valid"_qs, u"ok"_qs};
    static const QStringList bad{u"fail"_qs, u"permerror"_qs, u"invalid"_qs, u"revoked"_qs, u"missing"_qs};
    static const QStringList soft{u"softfail"_qs,  u"neutral"_qs, u"none"_qs,
                                  u"temperror"_qs, u"testing"_qs, u"weak"_qs};
    const QString r = result.toLower();
    if (good.contains(r))
        return u"ok"_qs;
    if (bad.contains(r))
        return u"error"_qs;
    if (soft.contains(r))
        return u"warning"_qs;
    return u"unknown"_qs;
}

RichText evaluation(const QString& result) {
    if (result.isEmpty())
        return {};
    return severityText(resultSeverity(result), oneLine(result, 60));
}

RichText record(const QString& text) {
    if (text.isEmpty())
        return {};
    return RichText{words::code(oneLine(text, 4000))};
}

// The SPF evaluation tree as indented text: nodes (array with "parent", or nested "children").
void appendSpfNode(QString& out, const QList<QJsonObject>& nodes, int index, int depth, int budget) {
    if (index < 0 || index >= nodes.size() || depth > 12 || out.size() > budget)
        return;
    const QJsonObject& node = nodes[index];
    const QString indent(depth * 4, u' ');
    QString via = json::text(node, u"via");
    out += indent + oneLine(json::text(node, u"domain"), 255)
           + (via.isEmpty() ? QString() : u" ("_qs + via + u')');
    if (const QString result = json::text(node, u"result"); !result.isEmpty())
        out += u" → "_qs + oneLine(result, 40);
    if (const QString reason = json::text(node, u"reason"); !reason.isEmpty())
        out += u": "_qs + oneLine(reason, 300);
    out += u'\n';
    const QString rec = json::text(node, u"record");
    out += indent + u"  "_qs + (rec.isEmpty() ? tr("(no SPF record)") : oneLine(rec, 2000)) + u'\n';
    for (const QJsonObject& term : json::objects(node, u"terms")) {
        const QString outcome = json::text(term, u"outcome");
        const QString mark = outcome == u"matched"   ? u"✓"_qs
                             : outcome == u"error"   ? u"✗"_qs
                             : outcome == u"skipped" ? u"–"_qs
                                                     : u"·"_qs;
        out += indent + u"  "_qs + mark + u' ' + oneLine(json::text(term, u"term"), 300);
        if (const QString detail = json::text(term, u"detail"); !detail.isEmpty())
            out += u"  "_qs + oneLine(detail, 300);
        out += u'\n';
        const qint64 child = json::integer(term, u"child");
        if (child > index && child < nodes.size())
            appendSpfNode(out, nodes, int(child), depth + 1, budget);
    }
    // Nested form: {"children": [...]} instead of an array with parent/child indexes.
    const QList<QJsonObject> children = json::objects(node, u"children");
    for (const QJsonObject& child : children)
        appendSpfNode(out, {child}, 0, depth + 1, budget);
}

QString spfTree(const QJsonObject& spf) {
    QString out;
    const QJsonValue tree = spf.value(u"tree");
    if (tree.isArray())
        appendSpfNode(out, json::objects(spf, u"tree"), 0, 0, 100'000);
    else if (tree.isObject())
        appendSpfNode(out, {tree.toObject()}, 0, 0, 100'000);
    return out;
}

void spf(Section& section, const QJsonObject& result) {
    section.blocks.append(heading(tr("SPF"), 4));
    const QJsonObject spf = json::object(result, u"spf");
    if (spf.isEmpty()) {
        section.blocks.append(paragraph(tr("SPF was not checked.")));
        return;
    }
    QString limits;
    if (const qint64 lookups = json::integer(spf, u"lookups"); lookups >= 0)
        limits = tr("%1 of 10 DNS lookups").arg(lookups);
    if (const qint64 voids = json::integer(spf, u"void_lookups"); voids >= 0)
        limits += (limits.isEmpty() ? QString() : u", "_qs) + tr("%1 of 2 void lookups").arg(voids);
    QList<QList<RichText>> rows{row(tr("Record"), record(json::text(spf, u"record"))),
                                row(tr("Result"), evaluation(json::text(spf, u"result")))};
    if (const QString ip = json::text(spf, u"ip"); !ip.isEmpty())
        rows.append(row(tr("For IP"), ip));
    if (const QString reason = json::text(spf, u"reason"); !reason.isEmpty())
        rows.append(row(tr("Decided by"), reason));
    rows.append(row(tr("Limits"), limits));
    section.blocks.append(keyValues(rows));
    if (const QString tree = spfTree(spf); !tree.isEmpty()) {
        section.blocks.append(paragraph(
            RichText{words::strong(tr("Evaluation tree")),
                     words::muted(u" "_qs + tr("(✓ matched, · did not match, – not evaluated, ✗ error)"))}));
        section.blocks.append(literal(tree));
    }
}

void dmarc(Section& section, const QJsonObject& result) {
    section.blocks.append(heading(tr("DMARC"), 4));
    const QJsonObject dmarc = json::object(result, u"dmarc");
    if (dmarc.isEmpty()) {
        section.blocks.append(paragraph(tr("DMARC was not checked.")));
        return;
    }
    QList<QList<RichText>> rows{row(tr("Record"), record(json::text(dmarc, u"record"))),
                                row(tr("Found at"), json::text(dmarc, u"domain")),
                                row(tr("Policy"), json::text(dmarc, u"policy")),
                                row(tr("Evaluation"), evaluation(json::text(dmarc, u"result")))};
    if (const QString alignment = json::text(dmarc, u"alignment"); !alignment.isEmpty())
        rows.append(row(tr("Alignment"), alignment));
    section.blocks.append(keyValues(rows));
}

void dkim(Section& section, const QJsonObject& result) {
    section.blocks.append(heading(tr("DKIM"), 4));
    QList<QJsonObject> keys = json::objects(result, u"dkim");
    if (keys.isEmpty() && json::object(result, u"dkim").size() > 0)
        keys.append(json::object(result, u"dkim"));
    if (keys.isEmpty()) {
        section.blocks.append(paragraph(tr("No DKIM key was checked (no selector was known).")));
        return;
    }
    for (const QJsonObject& key : keys) {
        QString keyText = json::text(key, u"key_type");
        if (const qint64 bits = json::integer(key, u"key_bits"); bits > 0)
            keyText += u' ' + tr("%1 bits").arg(bits);
        section.blocks.append(keyValues(
            {row(tr("Selector"),
                 RichText{words::code(oneLine(
                     json::text(key, u"selector") + u"._domainkey."_qs + json::text(key, u"domain"), 300))}),
             row(tr("Evaluation"), evaluation(json::text(key, u"status"))), row(tr("Key"), keyText),
             row(tr("Record"), record(json::text(key, u"record")))}));
    }
}

void mx(Section& section, const QJsonObject& result) {
    section.blocks.append(heading(tr("MX"), 4));
    const QList<QJsonObject> records = json::objects(result, u"mx");
    if (records.isEmpty()) {
        section.blocks.append(
            paragraph(json::has(result, u"mx") ? tr("No MX record.") : tr("MX was not checked.")));
        return;
    }
    QList<QList<RichText>> rows;
    for (const QJsonObject& mx : records) {
        QString host = json::text(mx, u"exchange");
        if (host.isEmpty())
            host = json::text(mx, u"host");
        rows.append({RichText{words::plain(json::text(mx, u"preference"))},
                     RichText{words::code(oneLine(host, 255))},
                     RichText{words::plain(oneLine(json::strings(mx, u"addresses").join(u", "_qs), 500))},
                     RichText{words::plain(json::text(mx, u"ttl"))}});
    }
    section.blocks.append(
        table({RichText{words::plain(tr("Preference"))}, RichText{words::plain(tr("Host"))},
               RichText{words::plain(tr("Addresses"))}, RichText{words::plain(tr("TTL (s)"))}},
              rows, {14, 40, 34, 12}));
}

} // namespace

Section mxRecords(const QJsonObject& session) {
    Section section;
    section.id = u"mx"_qs;
    section.title = tr("MX records");
    const QList<QJsonObject> found = checksWith(session, u"domain"_qs, u"mx"_qs);
    if (found.isEmpty())
        section.blocks.append(paragraph(tr("MX was not checked in this run.")));
    for (const QJsonObject& check : found) {
        const QJsonObject result = json::object(check, u"result");
        if (const QString domain = json::text(result, u"domain"); !domain.isEmpty())
            section.blocks.append(heading(tr("Domain %1").arg(oneLine(domain, 255)), 3));
        mx(section, result);
    }
    return section;
}

Section authentication(const QJsonObject& session) {
    Section section;
    section.id = u"authentication"_qs;
    section.title = tr("Authentication records");
    const QList<QJsonObject> found = checksWith(session, u"domain"_qs, u"spf"_qs);
    if (found.isEmpty()) {
        section.blocks.append(
            paragraph(tr("The sending domain's SPF, DKIM, DMARC and MX were not checked in this run.")));
        return section;
    }
    for (const QJsonObject& check : found) {
        const QJsonObject result = json::object(check, u"result");
        section.blocks.append(heading(tr("Domain %1")
                                          .arg(json::text(result, u"domain").isEmpty()
                                                   ? words::notChecked()
                                                   : oneLine(json::text(result, u"domain"), 255)),
                                      3));
        if (json::text(check, u"state") != u"done")
            section.blocks.append(
                callout(u"warning"_qs,
                        RichText{words::strong(words::checkState(json::text(check, u"state")) + u". "_qs),
                                 words::plain(oneLine(json::text(check, u"note"), 2000))}));
        spf(section, result);
        dmarc(section, result);
        dkim(section, result);
        mx(section, result);
    }
    return section;
}

} // namespace rebound::report::sections
