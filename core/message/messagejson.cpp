#include "core/message/messagejson.h"

#include "core/auth/spfjson.h"
#include "core/util/jsonutil.h"

#include <QJsonArray>

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
            {u"from"_qs, util::escapeControls(h.from, 300)},
            {u"from_rdns"_qs, util::escapeControls(h.fromRdns, 300)},
            {u"by"_qs, util::escapeControls(h.by, 300)},
            {u"ip"_qs, h.ip},
            {u"time"_qs, h.time.isValid() ? QJsonValue(h.time.toUTC().toString(Qt::ISODate)) : QJsonValue()},
            {u"delay_s"_qs, h.delaySeconds ? QJsonValue(double(*h.delaySeconds)) : QJsonValue()},
            {u"protocol"_qs, util::escapeControls(h.protocol, 60)},
            {u"tls"_qs, h.tls},
            {u"first_external"_qs, i == route.firstExternal},
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
            {u"domain"_qs, util::escapeControls(d.signature.domain, 300)},
            {u"selector"_qs, util::escapeControls(d.signature.selector, 300)},
            {u"algorithm"_qs, util::escapeControls(d.signature.algorithmName, 60)},
            {u"canonicalization"_qs, d.signature.canonicalization()},
            {u"result"_qs, dkimResultName(v.result)},
            {u"reason"_qs, util::escapeControls(v.reason, 500)},
            {u"body_hash_ok"_qs, optionalBool(v.bodyHashOk)},
            {u"signature_ok"_qs, optionalBool(v.signatureOk)},
            {u"key_bits"_qs, v.keyBits},
            {u"weak"_qs, v.weak},
            {u"testing"_qs, v.testing},
            {u"length"_qs, d.signature.length ? QJsonValue(double(*d.signature.length)) : QJsonValue()},
            {u"signed_headers"_qs, signedHeaders},
        });
    }
    return list;
}

QJsonObject arcJson(const ArcChain& chain) {
    QJsonArray instances;
    for (const ArcInstance& set : chain.instances)
        instances.append(QJsonObject{
            {u"instance"_qs, set.instance},
            {u"cv"_qs, util::escapeControls(set.cv, 20)},
            {u"seal_domain"_qs, util::escapeControls(set.sealDomain, 300)},
            {u"seal_selector"_qs, util::escapeControls(set.sealSelector, 300)},
            {u"seal_result"_qs, dkimResultName(set.sealResult)},
            {u"ams_domain"_qs, util::escapeControls(set.ams.domain, 300)},
            {u"ams_result"_qs, dkimResultName(set.amsResult)},
            {u"authserv_id"_qs, util::escapeControls(set.authservId, 300)},
        });
    return {{u"result"_qs, chain.result}, {u"reason"_qs, chain.reason}, {u"instances"_qs, instances}};
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
            results.append(QJsonObject{{u"method"_qs, util::escapeControls(r.method, 60)},
                                       {u"result"_qs, util::escapeControls(r.result, 60)},
                                       {u"reason"_qs, util::escapeControls(r.reason, 300)},
                                       {u"properties"_qs, properties}});
        }
        out.append(QJsonObject{{u"authserv_id"_qs, util::escapeControls(ar.authservId, 300)},
                               {u"trusted"_qs, ar.trusted},
                               {u"results"_qs, results}});
    }
    return out;
}

} // namespace

QJsonObject toJson(const MessageReport& report) {
    QJsonObject spf{{u"ip"_qs, report.spfIp},
                    {u"mail_from"_qs, util::escapeControls(report.mailFrom, 300)},
                    {u"helo"_qs, util::escapeControls(report.helo, 300)}};
    if (report.spf) {
        spf.insert(u"result"_qs, auth::spfResultName(report.spf->result));
        spf.insert(u"domain"_qs, report.spf->domain);
        spf.insert(u"reason"_qs, util::escapeControls(report.spf->reason, 500));
    } else {
        spf.insert(u"result"_qs, QJsonValue());
    }
    const DmarcOutcome& d = report.dmarc;
    QJsonArray bulk;
    for (const BulkSenderItem& item : report.bulkSender)
        bulk.append(QJsonObject{{u"id"_qs, item.id},
                                {u"title"_qs, item.title},
                                {u"result"_qs, item.result},
                                {u"detail"_qs, util::escapeControls(item.detail, 600)},
                                {u"source"_qs, item.source}});
    QJsonArray findings;
    for (const Finding& f : report.findings)
        findings.append(rebound::toJson(f));
    QJsonObject ptr;
    if (report.reverseDns)
        ptr = QJsonObject{{u"ip"_qs, report.reverseDns->address},
                          {u"names"_qs, util::toJsonArray(report.reverseDns->ptrNames.mid(0, 8))},
                          {u"fcrdns"_qs, iphealth::fcrdnsStatusName(report.reverseDns->fcrdns)}};
    return QJsonObject{
        {u"header_fields"_qs, report.headerFields},
        {u"has_body"_qs, report.hasBody},
        {u"hops"_qs, hopsJson(report.route)},
        {u"dkim"_qs, dkimJson(report)},
        {u"dkim_not_evaluated"_qs, report.signaturesNotEvaluated},
        {u"arc"_qs, arcJson(report.arc)},
        {u"authentication_results"_qs, authResultsJson(report.authResults)},
        {u"spf"_qs, spf},
        {u"dmarc"_qs, QJsonObject{{u"result"_qs, d.result},
                                  {u"from_domain"_qs, d.fromDomain},
                                  {u"policy_domain"_qs, d.policyDomain},
                                  {u"aligned_spf"_qs, d.alignedSpf},
                                  {u"aligned_dkim"_qs, d.alignedDkim},
                                  {u"policy"_qs, d.policy.isEmpty() ? QJsonValue() : QJsonValue(d.policy)}}},
        {u"reverse_dns"_qs, ptr.isEmpty() ? QJsonValue() : QJsonValue(ptr)},
        {u"bulk_sender"_qs, bulk},
        {u"findings"_qs, findings},
        {u"warnings"_qs, util::toJsonArray(report.warnings)},
        {u"could_not_check"_qs, report.couldNotCheck},
    };
}

} // namespace rebound::message
