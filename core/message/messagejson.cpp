#include "core/message/messagejson.h"

#include "core/auth/spfjson.h"
#include "core/util/jsonutil.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace rebound::message {
namespace {

QJsonValue optionalBool(std::optional<bool> value) {
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonArray hopsJson(const Route& route) {
    QJsonArray hops;
    for (qsizetype i = 0; i < route.hops.size(); ++i) {
        const Hop& h = route.hops.at(i);
        hops.append(QJsonObject{
            {u"from"_s, util::escapeControls(h.from, 300)},
            {u"from_rdns"_s, util::escapeControls(h.fromRdns, 300)},
            {u"by"_s, util::escapeControls(h.by, 300)},
            {u"ip"_s, h.ip},
            {u"time"_s, h.time.isValid() ? QJsonValue(h.time.toUTC().toString(Qt::ISODate)) : QJsonValue()},
            {u"delay_s"_s, h.delaySeconds ? QJsonValue(double(*h.delaySeconds)) : QJsonValue()},
            {u"protocol"_s, util::escapeControls(h.protocol, 60)},
            {u"tls"_s, h.tls},
            {u"first_external"_s, i == route.firstExternal},
        });
    }
    return hops;
}

QJsonArray dkimJson(const MessageReport& report) {
    QJsonArray list;
    for (const DkimReport& d : report.dkim) {
        const DkimVerification& v = d.verification;
        QJsonArray signedHeaders;
        for (const QByteArray& h : d.signature.signedHeaders.mid(0, 100))
            signedHeaders.append(util::escapeUntrusted(h, 100));
        list.append(QJsonObject{
            {u"domain"_s, util::escapeControls(d.signature.domain, 300)},
            {u"selector"_s, util::escapeControls(d.signature.selector, 300)},
            {u"algorithm"_s, util::escapeControls(d.signature.algorithmName, 60)},
            {u"canonicalization"_s, d.signature.canonicalization()},
            {u"result"_s, dkimResultName(v.result)},
            {u"reason"_s, util::escapeControls(v.reason, 500)},
            {u"body_hash_ok"_s, optionalBool(v.bodyHashOk)},
            {u"signature_ok"_s, optionalBool(v.signatureOk)},
            {u"key_bits"_s, v.keyBits},
            {u"weak"_s, v.weak},
            {u"testing"_s, v.testing},
            {u"length"_s, d.signature.length ? QJsonValue(double(*d.signature.length)) : QJsonValue()},
            {u"signed_headers"_s, signedHeaders},
        });
    }
    return list;
}

QJsonArray arcComparisonsJson(const MessageReport& report, int instance) {
    QJsonArray out;
    for (const ArcComparison& c : report.arcComparisons) {
        if (c.instance == instance)
            out.append(QJsonObject{{u"method"_s, c.method},
                                   {u"subject"_s, util::escapeControls(c.subject, 300)},
                                   {u"claimed"_s, util::escapeControls(c.claimed, 60)},
                                   {u"rebound"_s, c.own}});
    }
    return out;
}

QJsonObject arcJson(const MessageReport& report) {
    const ArcChain& chain = report.arc;
    QJsonArray instances;
    for (const ArcInstance& set : chain.instances)
        instances.append(QJsonObject{
            {u"compared"_s, arcComparisonsJson(report, set.instance)},
            {u"instance"_s, set.instance},
            {u"cv"_s, util::escapeControls(set.cv, 20)},
            {u"seal_domain"_s, util::escapeControls(set.sealDomain, 300)},
            {u"seal_selector"_s, util::escapeControls(set.sealSelector, 300)},
            {u"seal_result"_s, dkimResultName(set.sealResult)},
            {u"ams_domain"_s, util::escapeControls(set.ams.domain, 300)},
            {u"ams_result"_s, dkimResultName(set.amsResult)},
            {u"authserv_id"_s, util::escapeControls(set.authservId, 300)},
        });
    return {{u"result"_s, chain.result}, {u"reason"_s, chain.reason}, {u"instances"_s, instances}};
}

QJsonArray authResultsJson(const QList<AuthResults>& list) {
    QJsonArray out;
    for (const AuthResults& ar : list) {
        QJsonArray results;
        for (const AuthMethodResult& r : ar.results) {
            QJsonObject properties;
            for (const AuthProperty& p : r.properties)
                properties.insert(util::escapeControls(p.type + u'.' + p.name, 100),
                                  util::escapeControls(p.value, 300));
            results.append(QJsonObject{{u"method"_s, util::escapeControls(r.method, 60)},
                                       {u"result"_s, util::escapeControls(r.result, 60)},
                                       {u"reason"_s, util::escapeControls(r.reason, 300)},
                                       {u"properties"_s, properties}});
        }
        out.append(QJsonObject{{u"authserv_id"_s, util::escapeControls(ar.authservId, 300)},
                               {u"trusted"_s, ar.trusted},
                               {u"results"_s, results}});
    }
    return out;
}

} // namespace

QJsonObject toJson(const MessageReport& report) {
    QJsonObject spf{{u"ip"_s, report.spfIp},
                    {u"mail_from"_s, util::escapeControls(report.mailFrom, 300)},
                    {u"helo"_s, util::escapeControls(report.helo, 300)}};
    if (report.spf) {
        spf.insert(u"result"_s, auth::spfResultName(report.spf->result));
        spf.insert(u"domain"_s, report.spf->domain);
        spf.insert(u"reason"_s, util::escapeControls(report.spf->reason, 500));
    } else {
        spf.insert(u"result"_s, QJsonValue());
    }
    const DmarcOutcome& d = report.dmarc;
    QJsonArray bulk;
    for (const BulkSenderItem& item : report.bulkSender)
        bulk.append(QJsonObject{{u"id"_s, item.id},
                                {u"title"_s, item.title},
                                {u"result"_s, item.result},
                                {u"detail"_s, util::escapeControls(item.detail, 600)},
                                {u"source"_s, item.source}});
    QJsonArray findings;
    for (const Finding& f : report.findings)
        findings.append(rebound::toJson(f));
    QJsonObject ptr;
    if (report.reverseDns)
        ptr = QJsonObject{{u"ip"_s, report.reverseDns->address},
                          {u"names"_s, util::toJsonArray(report.reverseDns->ptrNames.mid(0, 8))},
                          {u"fcrdns"_s, iphealth::fcrdnsStatusName(report.reverseDns->fcrdns)}};
    return QJsonObject{
        {u"header_fields"_s, report.headerFields},
        {u"has_body"_s, report.hasBody},
        {u"returned_copy"_s, report.returnedCopy},
        {u"headers_only"_s, report.headersOnly},
        {u"hops"_s, hopsJson(report.route)},
        {u"dkim"_s, dkimJson(report)},
        {u"dkim_not_evaluated"_s, report.signaturesNotEvaluated},
        {u"arc"_s, arcJson(report)},
        {u"authentication_results"_s, authResultsJson(report.authResults)},
        {u"spf"_s, spf},
        {u"dmarc"_s,
         QJsonObject{{u"result"_s, d.result},
                     {u"from_domain"_s, d.fromDomain},
                     {u"policy_domain"_s, d.policyDomain},
                     {u"aligned_spf"_s, d.alignedSpf},
                     {u"aligned_dkim"_s, d.alignedDkim},
                     {u"policy"_s, d.policy.isEmpty() ? QJsonValue() : QJsonValue(d.policy)},
                     {u"policy_tag"_s, d.policyTag.isEmpty() ? QJsonValue() : QJsonValue(d.policyTag)},
                     {u"from_domain_exists"_s, optionalBool(d.fromDomainExists)}}},
        {u"reverse_dns"_s, ptr.isEmpty() ? QJsonValue() : QJsonValue(ptr)},
        {u"bulk_sender"_s, bulk},
        {u"findings"_s, findings},
        {u"warnings"_s, util::toJsonArray(report.warnings)},
        {u"could_not_check"_s, report.couldNotCheck},
    };
}

} // namespace rebound::message
