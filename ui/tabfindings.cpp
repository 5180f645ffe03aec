#include "ui/tabfindings.h"

#include "core/auth/spfevaluator.h"
#include "core/util/jsonutil.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace rebound::ui {

namespace {

QStringList strings(const QJsonValue& value) {
    QStringList list;
    for (const QJsonValue& v : value.toArray())
        list << v.toString();
    return list;
}

// SPF results (RFC 7208 2.6) as a test report reads them.
QString spfOutcome(const QString& result) {
    if (result == u"pass"_s)
        return u"pass"_s;
    if (result == u"fail"_s || result == u"permerror"_s)
        return u"fail"_s;
    if (result == u"softfail"_s || result == u"temperror"_s)
        return u"warning"_s;
    return u"note"_s;
}

// The top-level term that ended the evaluation: the first one that matched.
QJsonObject decidingTerm(const QJsonObject& tree) {
    for (const QJsonValue& term : tree[u"terms"].toArray())
        if (term[u"outcome"].toString() == u"matched"_s)
            return term.toObject();
    return {};
}

} // namespace

QList<FindingsModel::Row> TabFindings::spfRows(const QJsonObject& domainResult) {
    QList<FindingsModel::Row> rows;
    const QJsonObject spf = domainResult[u"spf"].toObject();
    const QString domain = spf[u"domain"].toString(domainResult[u"domain"].toString());
    const QJsonObject tree = spf[u"tree"].toObject();
    QStringList records;
    if (!spf[u"record"].toString().isEmpty())
        records << spf[u"record"].toString();
    records += strings(tree[u"other_records"]);
    if (records.size() == 1)
        rows << FindingsModel::Row{u"pass"_s, tr("One SPF record published for %1").arg(domain), {}, records};
    else if (records.size() > 1)
        rows << FindingsModel::Row{
            u"fail"_s,
            tr("%1 SPF records published for %2: receivers treat that as an error")
                .arg(records.size())
                .arg(domain),
            tr("RFC 7208 allows one v=spf1 record per name; with more, the result is a permanent error. "
               "Merge them into one."),
            records};
    const QString result = spf[u"result"].toString();
    if (!result.isEmpty()) {
        const QJsonObject term = decidingTerm(tree);
        const QString why =
            term.isEmpty()
                ? spf[u"reason"].toString()
                : tr("decided by %1: %2").arg(term[u"term"].toString(), term[u"detail"].toString());
        rows << FindingsModel::Row{spfOutcome(result),
                                   tr("SPF result: %1, %2").arg(result, why),
                                   spf[u"explanation"].toString(),
                                   {}};
    }
    if (!spf.isEmpty() && !records.isEmpty()) {
        const int lookups = spf[u"lookups"].toInt();
        const auth::SpfRequest limits;
        rows << FindingsModel::Row{lookups > limits.maxLookups ? u"fail"_s : u"pass"_s,
                                   tr("DNS lookups: %1 of the %2 allowed; void lookups: %3 of %4")
                                       .arg(lookups)
                                       .arg(limits.maxLookups)
                                       .arg(spf[u"void_lookups"].toInt())
                                       .arg(limits.maxVoidLookups),
                                   {},
                                   {}};
    }
    return rows;
}

QList<FindingsModel::Row> TabFindings::dmarcDkimRows(const QJsonObject& domainResult) {
    QList<FindingsModel::Row> rows;
    const QJsonObject dmarc = domainResult[u"dmarc"].toObject();
    const QString record = dmarc[u"record"].toString();
    if (!record.isEmpty()) {
        rows << FindingsModel::Row{
            u"pass"_s,
            tr("DMARC record found at %1")
                .arg(dmarc[u"record_name"].toString(u"_dmarc."_s + domainResult[u"domain"].toString())),
            {},
            {record}};
    }
    if (const QString org = dmarc[u"organizational_domain"].toString(); !org.isEmpty()) {
        QStringList walked;
        for (const QJsonValue& step : dmarc[u"tree_walk"].toArray())
            walked << step[u"name"].toString() + u": "_s + step[u"result"].toString();
        rows << FindingsModel::Row{
            u"note"_s, tr("Organizational domain (DNS tree walk): %1").arg(org), {}, walked};
    }
    for (const QJsonValue& value : domainResult[u"dkim"].toArray()) {
        const QJsonObject key = value.toObject();
        const QString selector = key[u"selector"].toString();
        const QString name =
            key[u"name"].toString(selector + u"._domainkey."_s + domainResult[u"domain"].toString());
        const QString foundBy = key[u"found_by"].toString();
        if (!key[u"record"].toString().isEmpty())
            rows << FindingsModel::Row{
                u"pass"_s,
                foundBy.isEmpty() ? tr("DKIM key found for selector %1").arg(selector)
                                  : tr("DKIM key found for selector %1 (found by %2)").arg(selector, foundBy),
                name,
                {key[u"record"].toString()}};
        else
            rows << FindingsModel::Row{
                u"note"_s, tr("No DKIM key for selector %1").arg(selector), key[u"error"].toString(name), {}};
    }
    return rows;
}

QList<FindingsModel::Row> TabFindings::mailServerRows(const QJsonObject& domainResult) {
    QList<FindingsModel::Row> rows;
    for (const QJsonValue& value : domainResult[u"mx"][u"hosts"].toArray()) {
        const QJsonObject host = value.toObject();
        const QString target = host[u"target"].toString();
        const QStringList addresses = strings(host[u"addresses"]);
        const QString problem = host[u"problem"].toString();
        if (!problem.isEmpty())
            rows << FindingsModel::Row{u"fail"_s, tr("MX %1: %2").arg(target, problem), {}, addresses};
        else if (!addresses.isEmpty())
            rows << FindingsModel::Row{u"pass"_s,
                                       tr("Mail server %1 (preference %2) has an address")
                                           .arg(target)
                                           .arg(host[u"preference"].toInt()),
                                       {},
                                       addresses};
    }
    return rows;
}

QList<FindingsModel::Row> TabFindings::mtaStsRows(const QJsonObject& result) {
    QList<FindingsModel::Row> rows;
    const QJsonObject mta = result[u"mta_sts"].toObject();
    const QJsonObject fetch = mta[u"fetch"].toObject();
    const QJsonObject policy = mta[u"policy"].toObject();
    if (fetch.isEmpty() || policy.isEmpty())
        return rows; // not fetched, or no policy read: the findings say why
    const QString domain = util::escapeControls(result[u"domain"].toString(), 200);
    rows << FindingsModel::Row{policy[u"valid"].toBool() ? u"pass"_s : u"fail"_s,
                               tr("MTA-STS policy of %1: mode %2, max_age %3")
                                   .arg(domain, util::escapeControls(policy[u"mode"].toString(), 40))
                                   .arg(policy[u"max_age"].toInteger()),
                               util::escapeControls(fetch[u"url"].toString(), 300), strings(policy[u"mx"])};
    for (const QJsonValue& match : mta[u"mx_match"].toArray()) {
        const QString mx = util::escapeControls(match[u"mx"].toString(), 255);
        rows << (match[u"matched"].toBool()
                     ? FindingsModel::Row{u"pass"_s,
                                          tr("MX %1 is covered by the MTA-STS policy").arg(mx),
                                          {},
                                          {}}
                     : FindingsModel::Row{
                         u"fail"_s, tr("MX %1 is not covered by the MTA-STS policy").arg(mx), {}, {}});
    }
    return rows;
}

QList<FindingsModel::Row> TabFindings::bimiRows(const QJsonObject& domainResult) {
    QList<FindingsModel::Row> rows;
    const QJsonObject bimi = domainResult[u"bimi"].toObject();
    const QJsonObject svg = bimi[u"logo"][u"svg"].toObject();
    if (!svg.isEmpty())
        rows << FindingsModel::Row{svg[u"tiny_ps"].toBool() ? u"pass"_s : u"fail"_s,
                                   svg[u"tiny_ps"].toBool() ? tr("The BIMI logo is SVG Tiny PS")
                                                            : tr("The BIMI logo is not SVG Tiny PS"),
                                   strings(svg[u"errors"]).join(u"; "_s),
                                   {}};
    const QJsonObject certificate = bimi[u"certificate"].toObject();
    if (certificate.contains(u"chain_ok"_s))
        rows << FindingsModel::Row{certificate[u"chain_ok"].toBool() && certificate[u"logo_matches"].toBool()
                                       ? u"pass"_s
                                       : u"fail"_s,
                                   tr("BIMI mark certificate: %1")
                                       .arg(util::escapeControls(certificate[u"subject"].toString(), 300)),
                                   certificate[u"chain_ok"].toBool()
                                       ? QString()
                                       : util::escapeControls(certificate[u"chain_error"].toString(), 300),
                                   {}};
    return rows;
}

QList<FindingsModel::Row> TabFindings::reverseDnsRows(const QJsonObject& blocklistsResult) {
    QList<FindingsModel::Row> rows;
    const QJsonObject fcrdns = blocklistsResult[u"fcrdns"].toObject();
    if (fcrdns[u"status"].toString() == u"pass"_s)
        rows << FindingsModel::Row{
            u"pass"_s,
            tr("%1 has reverse DNS that resolves back to it").arg(blocklistsResult[u"ip"].toString()),
            fcrdns[u"reason"].toString(), strings(blocklistsResult[u"ptr"])};
    return rows;
}

} // namespace rebound::ui

namespace rebound::ui {

QString TabFindings::authResultOutcome(const QString& result) {
    if (result == u"none"_s || result == u"unknown"_s || result == u"neutral"_s || result.isEmpty())
        return u"note"_s;
    return spfOutcome(result);
}

QList<FindingsModel::Row> TabFindings::messageRows(const QJsonObject& messageResult) {
    QList<FindingsModel::Row> rows;
    if (messageResult.isEmpty())
        return rows;
    const QJsonArray dkim = messageResult[u"dkim"].toArray();
    if (dkim.isEmpty())
        rows << FindingsModel::Row{u"warning"_s, tr("The message carries no DKIM signature"), {}, {}};
    for (const QJsonValue& value : dkim) {
        const QString result = value[u"result"].toString();
        rows << FindingsModel::Row{authResultOutcome(result),
                                   tr("DKIM d=%1 s=%2: %3")
                                       .arg(util::escapeControls(value[u"domain"].toString(), 200),
                                            util::escapeControls(value[u"selector"].toString(), 200), result),
                                   util::escapeControls(value[u"reason"].toString(), 500),
                                   {}};
    }
    const QJsonObject spf = messageResult[u"spf"].toObject();
    if (spf[u"result"].isString())
        rows << FindingsModel::Row{spfOutcome(spf[u"result"].toString()),
                                   tr("SPF %1 for %2 sending as %3")
                                       .arg(spf[u"result"].toString(), spf[u"ip"].toString(),
                                            util::escapeControls(spf[u"domain"].toString(), 200)),
                                   util::escapeControls(spf[u"reason"].toString(), 500),
                                   {}};
    const QJsonObject dmarc = messageResult[u"dmarc"].toObject();
    const QString dmarcResult = dmarc[u"result"].toString();
    rows << FindingsModel::Row{
        authResultOutcome(dmarcResult),
        tr("DMARC %1 for %2").arg(dmarcResult, util::escapeControls(dmarc[u"from_domain"].toString(), 200)),
        {},
        {}};
    const QJsonObject arc = messageResult[u"arc"].toObject();
    if (!arc[u"instances"].toArray().isEmpty())
        rows << FindingsModel::Row{authResultOutcome(arc[u"result"].toString()),
                                   tr("ARC chain: %1").arg(arc[u"result"].toString()),
                                   util::escapeControls(arc[u"reason"].toString(), 500),
                                   {}};
    int passed = 0;
    const QJsonArray bulk = messageResult[u"bulk_sender"].toArray();
    for (const QJsonValue& item : bulk)
        passed += item[u"result"].toString() == u"pass"_s ? 1 : 0;
    if (!bulk.isEmpty())
        rows << FindingsModel::Row{passed == bulk.size() ? u"pass"_s : u"note"_s,
                                   tr("Bulk-sender rules: %1 of %2 pass").arg(passed).arg(bulk.size()),
                                   {},
                                   {}};
    return rows;
}

} // namespace rebound::ui
