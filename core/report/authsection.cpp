#include "core/report/blocks.h"
#include "core/report/jsonread.h"
#include "core/report/reportsections.h"
#include "core/report/reportwords.h"

using namespace Qt::StringLiterals;

namespace rebound::report::sections {

using namespace blocks;
using words::tr;

namespace {

// RFC 7208 results, DMARC/DKIM statuses: what they mean for delivery.
QString resultSeverity(const QString& result) {
    static const QStringList good{u"pass"_s, u"valid"_s, u"ok"_s, u"found"_s};
    static const QStringList bad{u"fail"_s,    u"permerror"_s, u"invalid"_s,
                                 u"revoked"_s, u"missing"_s,   u"not_found"_s};
    static const QStringList soft{u"softfail"_s,  u"neutral"_s, u"none"_s,
                                  u"temperror"_s, u"testing"_s, u"weak"_s};
    const QString r = result.toLower();
    if (good.contains(r))
        return u"ok"_s;
    if (bad.contains(r))
        return u"error"_s;
    if (soft.contains(r))
        return u"warning"_s;
    return u"unknown"_s;
}

RichText evaluation(const QString& result) {
    if (result.isEmpty())
        return {};
    return severityText(resultSeverity(result), oneLine(result, 60));
}

// The first of the keys with a text: the domain check's names first, older sessions' after.
QString firstText(const QJsonObject& object, std::initializer_list<QStringView> keys) {
    for (const QStringView key : keys) {
        if (const QString text = json::text(object, key); !text.isEmpty())
            return text;
    }
    return {};
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
           + (via.isEmpty() ? QString() : u" ("_s + via + u')');
    if (const QString result = json::text(node, u"result"); !result.isEmpty())
        out += u" → "_s + oneLine(result, 40);
    if (const QString reason = json::text(node, u"reason"); !reason.isEmpty())
        out += u": "_s + oneLine(reason, 300);
    out += u'\n';
    const QString rec = json::text(node, u"record");
    out += indent + u"  "_s + (rec.isEmpty() ? tr("(no SPF record)") : oneLine(rec, 2000)) + u'\n';
    for (const QJsonObject& term : json::objects(node, u"terms")) {
        const QString outcome = json::text(term, u"outcome");
        const QString mark = outcome == u"matched"   ? u"✓"_s
                             : outcome == u"error"   ? u"✗"_s
                             : outcome == u"skipped" ? u"–"_s
                                                     : u"·"_s;
        out += indent + u"  "_s + mark + u' ' + oneLine(json::text(term, u"term"), 300);
        if (const QString detail = json::text(term, u"detail"); !detail.isEmpty())
            out += u"  "_s + oneLine(detail, 300);
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
        limits += (limits.isEmpty() ? QString() : u", "_s) + tr("%1 of 2 void lookups").arg(voids);
    QList<QList<RichText>> rows{
        row(tr("Record"), record(json::text(spf, u"record"))),
        row(tr("Result"), json::text(spf, u"result").isEmpty() && json::text(spf, u"ip").isEmpty()
                              ? RichText{words::muted(tr("not evaluated: no sending IP was known"))}
                              : evaluation(json::text(spf, u"result")))};
    if (const QString unlisted = json::text(spf, u"unlisted_host_result"); !unlisted.isEmpty())
        rows.append(row(tr("Mail from other hosts"), evaluation(unlisted)));
    if (const QString ip = json::text(spf, u"ip"); !ip.isEmpty())
        rows.append(row(tr("For IP"), ip));
    if (const QString reason = json::text(spf, u"reason"); !reason.isEmpty())
        rows.append(row(tr("Decided by"), reason));
    rows.append(row(tr("Limits"), limits));
    section.blocks.append(keyValues(rows));
    if (const QString tree = spfTree(spf); !tree.isEmpty()) {
        section.blocks.append(paragraph(
            RichText{words::strong(tr("Evaluation tree")),
                     words::muted(u" "_s + tr("(✓ matched, · did not match, – not evaluated, ✗ error)"))}));
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
                                row(tr("Found at"), firstText(dmarc, {u"record_name", u"domain"})),
                                row(tr("Policy"), firstText(dmarc, {u"effective_policy", u"p", u"policy"})),
                                row(tr("Evaluation"), evaluation(firstText(dmarc, {u"result", u"state"})))};
    if (const QString org = json::text(dmarc, u"organizational_domain"); !org.isEmpty())
        rows.append(row(tr("Organizational domain"), tr("%1 (DNS tree walk, RFC 9989)").arg(org)));
    const QJsonObject legacy = json::object(dmarc, u"legacy");
    if (const QString older = json::text(legacy, u"organizational_domain");
        !older.isEmpty() && older != json::text(dmarc, u"organizational_domain"))
        rows.append(
            row(tr("Older receivers"), tr("organizational domain %1 (Public Suffix List), policy %2")
                                           .arg(older, json::text(legacy, u"effective_policy").isEmpty()
                                                           ? tr("none found")
                                                           : json::text(legacy, u"effective_policy"))));
    if (const QString status = json::text(dmarc, u"parse_status"); !status.isEmpty() && status != u"ok")
        rows.append(row(tr("Record syntax"), evaluation(status)));
    for (const QString& problem : json::strings(dmarc, u"errors") + json::strings(dmarc, u"warnings"))
        rows.append(row(tr("Note"), problem));
    if (const QString alignment = json::text(dmarc, u"alignment"); !alignment.isEmpty())
        rows.append(row(tr("Alignment"), alignment));
    section.blocks.append(keyValues(rows));
}

// How a DKIM selector was found, in words ("provider:<name>" names the provider).
QString dkimFoundBy(const QString& foundBy) {
    if (foundBy == u"signature")
        return tr("the message's DKIM signature");
    if (foundBy == u"given")
        return tr("given");
    if (foundBy == u"common")
        return tr("the list of common selectors");
    if (foundBy.startsWith(u"provider:"))
        return tr("the provider %1 (from the MX hosts or SPF includes)").arg(oneLine(foundBy.mid(9), 100));
    return oneLine(foundBy, 100);
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
        qint64 bits = json::integer(key, u"bits");
        if (bits <= 0)
            bits = json::integer(key, u"key_bits");
        if (bits > 0)
            keyText += u' ' + tr("%1 bits").arg(bits);
        QString name = json::text(key, u"name");
        if (name.isEmpty())
            name = json::text(key, u"selector") + u"._domainkey."_s + json::text(key, u"domain");
        QString text = json::text(key, u"record");
        if (text.isEmpty())
            text = json::strings(key, u"txt_strings").join(QString());
        QList<QList<RichText>> rows{row(tr("Selector"), RichText{words::code(oneLine(name, 300))}),
                                    row(tr("Evaluation"), evaluation(firstText(key, {u"status", u"state"}))),
                                    row(tr("Key"), keyText), row(tr("Record"), record(text))};
        if (const QString foundBy = json::text(key, u"found_by"); !foundBy.isEmpty())
            rows.insert(1, row(tr("Found by"), dkimFoundBy(foundBy)));
        section.blocks.append(keyValues(rows));
    }
}

// The `rebound-cli smtp --mx` JSON (the smtp check) keeps an MX host's addresses with its probes in
// result.hosts, not in result.mx.
QStringList probedAddresses(const QJsonObject& result, const QString& host) {
    QStringList out;
    for (const QJsonObject& probed : json::objects(result, u"hosts")) {
        if (host.isEmpty() || json::text(probed, u"host").compare(host, Qt::CaseInsensitive) != 0)
            continue;
        QList<QJsonObject> probes = json::objects(probed, u"probes");
        if (probes.isEmpty())
            probes.append(probed);
        for (const QJsonObject& probe : probes)
            if (const QString address = json::text(probe, u"address");
                !address.isEmpty() && !out.contains(address))
                out << address;
    }
    return out;
}

// result.mx as the domain check writes it, {state, hosts: [{preference, target, addresses, cname_to,
// problem}], error}, or as a plain array of {preference, exchange|host, addresses, ttl}.
void mx(Section& section, const QJsonObject& result) {
    section.blocks.append(heading(tr("MX"), 4));
    const QJsonValue value = result.value(u"mx");
    const QJsonObject report = value.toObject();
    const QList<QJsonObject> records =
        value.isObject() ? json::objects(report, u"hosts") : json::objects(result, u"mx");
    if (records.isEmpty()) {
        QString text = value.isUndefined() ? tr("MX was not checked.") : tr("No MX record.");
        if (const QString state = json::text(report, u"state"); !state.isEmpty())
            text = tr("No MX host (%1).").arg(oneLine(state, 60));
        if (const QString error = json::text(report, u"error"); !error.isEmpty())
            text += u' ' + oneLine(error, 1000);
        section.blocks.append(paragraph(text));
        return;
    }
    QList<QList<RichText>> rows;
    for (const QJsonObject& mx : records) {
        QString host = json::text(mx, u"target");
        if (host.isEmpty())
            host = json::text(mx, u"exchange");
        if (host.isEmpty())
            host = json::text(mx, u"host");
        RichText hostText{words::code(oneLine(host, 255))};
        if (const QString alias = json::text(mx, u"cname_to"); !alias.isEmpty())
            hostText.append(words::muted(u" "_s + tr("(a CNAME to %1)").arg(oneLine(alias, 255))));
        if (const QString problem = json::text(mx, u"problem"); !problem.isEmpty()) {
            hostText.append(words::plain(u" "_s));
            hostText.append(words::icon(u"warning"_s));
            hostText.append(words::plain(oneLine(problem, 500)));
        }
        QStringList addressList = json::strings(mx, u"addresses");
        if (addressList.isEmpty())
            addressList = probedAddresses(result, host);
        const QString addresses = addressList.join(u", "_s);
        rows.append({RichText{words::plain(json::text(mx, u"preference"))}, hostText,
                     RichText{addresses.isEmpty() ? words::muted(tr("no address"))
                                                  : words::plain(oneLine(addresses, 500))},
                     RichText{words::plain(json::text(mx, u"ttl"))}});
    }
    section.blocks.append(
        table({RichText{words::plain(tr("Preference"))}, RichText{words::plain(tr("Host"))},
               RichText{words::plain(tr("Addresses"))}, RichText{words::plain(tr("TTL (s)"))}},
              rows, {14, 40, 34, 12}));
}

// One HTTPS fetch (the fetch object of mta_sts, bimi.logo, bimi.certificate): its status or its error.
RichText fetchOutcome(const QJsonObject& fetch) {
    if (const QString error = json::text(fetch, u"error"); !error.isEmpty())
        return severityText(u"error"_s, oneLine(error, 500));
    const qint64 status = json::integer(fetch, u"status");
    return severityText(status == 200 ? u"ok"_s : u"error"_s, tr("HTTP %1").arg(status));
}

RichText yesNo(const QJsonObject& object, QStringView key, const QString& yes, const QString& no) {
    if (!json::has(object, key))
        return {};
    const bool value = object.value(key).toBool();
    return severityText(value ? u"ok"_s : u"error"_s, value ? yes : no);
}

// The MTA-STS policy as fetched over HTTPS (domain --mta-sts, or the recipient's mta_sts check).
void mtaSts(Section& section, const QJsonObject& result) {
    const QJsonObject mta = json::object(result, u"mta_sts");
    const QJsonObject fetch = json::object(mta, u"fetch");
    if (fetch.isEmpty())
        return; // only the TXT record was read
    section.blocks.append(heading(tr("MTA-STS"), 4));
    const QJsonObject policy = json::object(mta, u"policy");
    QList<QList<RichText>> rows{
        row(tr("Record"), record(json::text(mta, u"record"))),
        row(tr("Policy"), RichText{words::code(oneLine(json::text(fetch, u"url"), 300))}),
        row(tr("Fetch"), fetchOutcome(fetch)),
        row(tr("Certificate"), yesNo(fetch, u"certificate_ok", tr("valid for the policy host"),
                                     tr("not valid for the policy host")))};
    if (!policy.isEmpty()) {
        rows.append(row(tr("Mode"), oneLine(json::text(policy, u"mode"), 40)));
        rows.append(row(tr("max_age"), oneLine(json::text(policy, u"max_age"), 20)));
        rows.append(row(tr("MX patterns"), oneLine(json::strings(policy, u"mx").join(u", "_s), 1000)));
        for (const QString& problem : json::strings(policy, u"errors"))
            rows.append(row(tr("Note"), problem));
    }
    section.blocks.append(keyValues(rows));
    QList<QList<RichText>> matches;
    for (const QJsonObject& match : json::objects(mta, u"mx_match"))
        matches.append({RichText{words::code(oneLine(json::text(match, u"mx"), 255))},
                        yesNo(match, u"matched", tr("covered"), tr("not covered"))});
    if (!matches.isEmpty())
        section.blocks.append(
            table({RichText{words::plain(tr("MX host"))}, RichText{words::plain(tr("Policy"))}}, matches,
                  {60, 40}));
}

// The BIMI logo and mark certificate as fetched (domain --bimi).
void bimi(Section& section, const QJsonObject& result) {
    const QJsonObject b = json::object(result, u"bimi");
    const QJsonObject logo = json::object(b, u"logo");
    const QJsonObject certificate = json::object(b, u"certificate");
    if (logo.isEmpty() && certificate.isEmpty())
        return;
    section.blocks.append(heading(tr("BIMI"), 4));
    QList<QList<RichText>> rows{row(tr("Record"), record(json::text(b, u"record")))};
    if (const QJsonObject fetch = json::object(logo, u"fetch"); !fetch.isEmpty())
        rows.append(row(tr("Logo"), fetchOutcome(fetch)));
    if (const QJsonObject svg = json::object(logo, u"svg"); !svg.isEmpty()) {
        rows.append(row(tr("SVG Tiny PS"), yesNo(svg, u"tiny_ps", tr("conforms"), tr("does not conform"))));
        for (const QString& problem : json::strings(svg, u"errors"))
            rows.append(row(tr("Note"), problem));
    }
    if (const QJsonObject fetch = json::object(certificate, u"fetch"); !fetch.isEmpty())
        rows.append(row(tr("Mark certificate"), fetchOutcome(fetch)));
    if (json::has(certificate, u"subject")) {
        rows.append(row(tr("Subject"), oneLine(json::text(certificate, u"subject"), 500)));
        rows.append(row(tr("Chain"), yesNo(certificate, u"chain_ok", tr("verified"),
                                           oneLine(json::text(certificate, u"chain_error"), 300))));
        rows.append(row(tr("Logo in the certificate"),
                        yesNo(certificate, u"logo_matches", tr("the published SVG"), tr("another SVG"))));
    }
    section.blocks.append(keyValues(rows));
}

} // namespace

Section mxRecords(const QJsonObject& session) {
    Section section;
    section.id = u"mx"_s;
    section.title = tr("MX records");
    const QList<QJsonObject> found = checksWith(session, u"domain"_s, u"mx"_s);
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
    section.id = u"authentication"_s;
    section.title = tr("Authentication records");
    const QList<QJsonObject> found = checksWith(session, u"domain"_s, u"spf"_s);
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
        if (json::checkState(check) != diagnosis::CheckState::Done)
            section.blocks.append(notDoneCallout(check));
        spf(section, result);
        dmarc(section, result);
        dkim(section, result);
        mx(section, result);
        mtaSts(section, result);
        bimi(section, result);
    }
    // The recipient domain's MTA-STS policy, which the diagnosis of a TLS bounce reads.
    for (const QJsonObject& check : checksWith(session, u"mta_sts"_s, u"mta_sts"_s)) {
        if (json::text(check, u"id") != u"mta_sts"_s)
            continue; // a domain check, shown above
        const QJsonObject result = json::object(check, u"result");
        section.blocks.append(
            heading(tr("Recipient domain %1").arg(oneLine(json::text(result, u"domain"), 255)), 3));
        if (json::checkState(check) != diagnosis::CheckState::Done)
            section.blocks.append(notDoneCallout(check));
        mtaSts(section, result);
    }
    return section;
}

} // namespace rebound::report::sections
