#include "core/auth/domainjson.h"

#include "core/auth/spfjson.h"
#include "core/util/jsonutil.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace rebound::auth {
namespace {

QJsonArray findingsToJson(const QList<Finding>& findings) {
    QJsonArray array;
    for (const Finding& f : findings)
        array.append(rebound::toJson(f));
    return array;
}

QJsonValue policyValue(const std::optional<DmarcPolicy>& policy) {
    return policy ? QJsonValue(dmarcPolicyName(*policy)) : QJsonValue();
}

QJsonArray urisToJson(const QList<DmarcReportUri>& uris) {
    QJsonArray array;
    for (const DmarcReportUri& u : uris)
        array.append(QJsonObject{{u"uri"_s, u.uri},
                                 {u"address"_s, u.address},
                                 {u"domain"_s, u.domain},
                                 {u"size_limit"_s, u.sizeLimit}});
    return array;
}

} // namespace

void addMtaStsJson(const MtaStsReport& report, QJsonObject& object) {
    const https::HttpsResult& f = report.fetch;
    QJsonObject fetch{
        {u"url"_s, report.url},
        {u"status"_s, f.status},
        {u"certificate_ok"_s, f.certificateOk},
        {u"error"_s, f.ok() ? QJsonValue() : QJsonValue(util::escapeControls(f.errorText, 500))},
        {u"error_kind"_s, https::fetchErrorName(f.error)},
        {u"content_type"_s, util::escapeUntrusted(f.contentType.left(200))},
        {u"bytes"_s, qint64(f.body.size())},
        {u"elapsed_ms"_s, f.elapsedMs}};
    if (!f.address.isNull())
        fetch.insert(u"address"_s, f.address.toString());
    object.insert(u"fetch"_s, fetch);
    if (report.policy) {
        const MtaStsPolicy& p = *report.policy;
        QJsonObject policy{{u"version"_s, p.version},
                           {u"mode"_s, p.mode},
                           {u"mx"_s, QJsonArray::fromStringList(p.mx)},
                           {u"max_age"_s, p.maxAge ? QJsonValue(*p.maxAge) : QJsonValue()},
                           {u"valid"_s, p.valid()},
                           {u"errors"_s, QJsonArray::fromStringList(p.errors)},
                           {u"warnings"_s, QJsonArray::fromStringList(p.warnings)}};
        if (!p.id.isEmpty())
            policy.insert(u"id"_s, p.id);
        object.insert(u"policy"_s, policy);
    } else {
        object.insert(u"policy"_s, QJsonValue());
    }
    QJsonArray matches;
    for (const MtaStsMxMatch& m : report.mxMatch)
        matches.append(QJsonObject{{u"mx"_s, m.mx}, {u"matched"_s, m.matched}});
    object.insert(u"mx_match"_s, matches);
    object.insert(u"findings"_s, findingsToJson(report.findings));
}

void addBimiJson(const BimiReport& report, QJsonObject& object) {
    const auto fetchJson = [](const QString& url, const https::HttpsResult& f) {
        return QJsonObject{
            {u"url"_s, url},
            {u"status"_s, f.status},
            {u"certificate_ok"_s, f.certificateOk},
            {u"error"_s, f.ok() ? QJsonValue() : QJsonValue(util::escapeControls(f.errorText, 500))},
            {u"error_kind"_s, https::fetchErrorName(f.error)},
            {u"content_type"_s, util::escapeUntrusted(f.contentType.left(200))},
            {u"bytes"_s, qint64(f.body.size())}};
    };
    QJsonObject logo;
    if (report.logoFetch)
        logo.insert(u"fetch"_s, fetchJson(report.logoUrl, *report.logoFetch));
    if (report.svg) {
        const BimiSvgCheck& s = *report.svg;
        logo.insert(u"svg"_s, QJsonObject{{u"bytes"_s, s.bytes},
                                          {u"sha256"_s, s.sha256},
                                          {u"base_profile"_s, s.baseProfile},
                                          {u"version"_s, s.version},
                                          {u"title"_s, s.title},
                                          {u"square"_s, s.square},
                                          {u"tiny_ps"_s, s.valid()},
                                          {u"errors"_s, QJsonArray::fromStringList(s.errors)},
                                          {u"warnings"_s, QJsonArray::fromStringList(s.warnings)}});
    }
    object.insert(u"logo"_s, logo.isEmpty() ? QJsonValue() : QJsonValue(logo));
    QJsonObject certificate;
    if (report.authorityFetch)
        certificate.insert(u"fetch"_s, fetchJson(report.authorityUrl, *report.authorityFetch));
    if (report.certificate) {
        const BimiCertificateCheck& c = *report.certificate;
        certificate.insert(u"certificates"_s, c.certificates);
        certificate.insert(u"subject"_s, c.subject);
        certificate.insert(u"issuer"_s, c.issuer);
        certificate.insert(u"not_before"_s, c.notBefore.toString(Qt::ISODate));
        certificate.insert(u"not_after"_s, c.notAfter.toString(Qt::ISODate));
        certificate.insert(u"chain_ok"_s, c.chainOk);
        certificate.insert(u"chain_error"_s, c.chainError);
        certificate.insert(u"bimi_usage"_s, c.bimiUsage);
        certificate.insert(u"domain_listed"_s, c.domainListed);
        certificate.insert(u"logotype_found"_s, c.logotypeFound);
        certificate.insert(u"logotype_sha256"_s, c.logotypeSha256);
        certificate.insert(u"logo_matches"_s, c.logoMatches ? QJsonValue(*c.logoMatches) : QJsonValue());
    }
    object.insert(u"certificate"_s, certificate.isEmpty() ? QJsonValue() : QJsonValue(certificate));
    object.insert(u"findings"_s, findingsToJson(report.findings));
}

QJsonObject toJson(const MxReport& report) {
    QJsonArray hosts;
    for (const MxHost& h : report.hosts) {
        QJsonObject host{{u"preference"_s, h.preference},
                         {u"target"_s, h.target},
                         {u"addresses"_s, QJsonArray::fromStringList(h.addresses)},
                         {u"ip_literal"_s, h.ipLiteral}};
        if (!h.aliasOf.isEmpty())
            host.insert(u"cname_to"_s, h.aliasOf);
        if (!h.problem.isEmpty())
            host.insert(u"problem"_s, h.problem);
        hosts.append(host);
    }
    QJsonObject object{{u"state"_s, mxStateName(report.state)}, {u"hosts"_s, hosts}};
    if (!report.error.isEmpty())
        object.insert(u"error"_s, report.error);
    return object;
}

QJsonObject toJson(const DmarcReport& report) {
    QJsonArray walk;
    for (const DmarcWalkStep& step : report.walk) {
        QJsonObject o{{u"name"_s, QString(u"_dmarc."_s + step.name)},
                      {u"result"_s, dmarcWalkResultName(step.result)}};
        if (!step.psd.isEmpty())
            o.insert(u"psd"_s, step.psd);
        if (!step.error.isEmpty())
            o.insert(u"error"_s, step.error);
        walk.append(o);
    }
    const DmarcLegacyView& legacy = report.legacy;
    QJsonObject object{
        {u"state"_s, dmarcStateName(report.state)},
        {u"domain"_s, report.domain},
        {u"discovery"_s, u"tree-walk"_s},
        {u"organizational_domain"_s, report.organizationalDomain},
        {u"policy_domain"_s, report.policyDomain},
        {u"record_name"_s, report.recordName},
        {u"tree_walk"_s, walk},
        {u"domain_exists"_s, report.domainExists ? QJsonValue(*report.domainExists) : QJsonValue()},
        {u"legacy"_s,
         QJsonObject{{u"discovery"_s, u"public-suffix-list"_s},
                     {u"organizational_domain"_s, legacy.organizationalDomain},
                     {u"policy_domain"_s,
                      legacy.policyDomain.isEmpty() ? QJsonValue() : QJsonValue(legacy.policyDomain)},
                     {u"effective_policy"_s, policyValue(legacy.effectivePolicy)}}}};
    if (!report.error.isEmpty())
        object.insert(u"error"_s, report.error);
    if (report.record) {
        const DmarcRecord& r = *report.record;
        object.insert(u"record"_s, r.text);
        object.insert(u"parse_status"_s, dmarcParseStatusName(r.status));
        object.insert(u"p"_s, policyValue(r.policy));
        object.insert(u"sp"_s, policyValue(r.subdomainPolicy));
        object.insert(u"np"_s, policyValue(r.nonexistentPolicy));
        object.insert(u"pct"_s, r.percent);
        object.insert(u"adkim"_s, r.strictDkim ? u"s"_s : u"r"_s);
        object.insert(u"aspf"_s, r.strictSpf ? u"s"_s : u"r"_s);
        object.insert(u"rua"_s, urisToJson(r.aggregate));
        object.insert(u"ruf"_s, urisToJson(r.failure));
        object.insert(u"fo"_s, r.failureOptions);
        object.insert(u"ri"_s, qint64(r.reportInterval));
        object.insert(u"t"_s, r.testing);
        if (!r.psd.isEmpty())
            object.insert(u"psd"_s, r.psd);
        // What a receiver applies to failing mail from this exact domain, and the tag it comes from.
        QString tag;
        object.insert(u"effective_policy"_s, policyValue(effectiveDmarcPolicy(report, &tag)));
        object.insert(u"policy_tag"_s, tag);
        object.insert(u"removed_tags"_s, QJsonArray::fromStringList(r.removedTags));
        object.insert(u"unknown_tags"_s, QJsonArray::fromStringList(r.unknownTags));
        object.insert(u"errors"_s, QJsonArray::fromStringList(r.errors));
        object.insert(u"warnings"_s, QJsonArray::fromStringList(r.warnings));
    }
    QJsonArray external;
    for (const DmarcExternalDestination& d : report.external)
        external.append(QJsonObject{{u"uri"_s, d.uri},
                                    {u"destination_domain"_s, d.destinationDomain},
                                    {u"verification_name"_s, d.verificationName},
                                    {u"authorized"_s, d.authorized},
                                    {u"detail"_s, d.detail}});
    object.insert(u"external_destinations"_s, external);
    return object;
}

QJsonObject toJson(const DkimSelectorReport& report) {
    QJsonObject object{{u"selector"_s, report.selector},
                       {u"name"_s, report.name},
                       {u"state"_s, dkimStateName(report.state)},
                       {u"user_given"_s, report.userGiven},
                       {u"found_by"_s, report.foundBy}};
    if (!report.provider.isEmpty())
        object.insert(u"provider"_s, report.provider);
    if (!report.error.isEmpty())
        object.insert(u"error"_s, report.error);
    if (report.key) {
        const DkimKey& k = *report.key;
        QStringList strings;
        for (const QByteArray& s : k.txtStrings)
            strings << util::escapeUntrusted(s);
        object.insert(u"record"_s, k.text);
        object.insert(u"txt_strings"_s, QJsonArray::fromStringList(strings));
        object.insert(u"key_type"_s, k.keyType);
        object.insert(u"algorithm"_s, k.algorithm);
        object.insert(u"bits"_s, k.bits);
        object.insert(u"revoked"_s, k.revoked);
        object.insert(u"testing"_s, k.testing);
        object.insert(u"flags"_s, QJsonArray::fromStringList(k.flags));
        object.insert(u"hash_algorithms"_s, QJsonArray::fromStringList(k.hashAlgorithms));
        object.insert(u"errors"_s, QJsonArray::fromStringList(k.errors));
        object.insert(u"warnings"_s, QJsonArray::fromStringList(k.warnings));
    }
    return object;
}

QJsonObject toJson(const PolicyTxtReport& report) {
    QJsonObject tags;
    for (auto it = report.tags.constBegin(); it != report.tags.constEnd(); ++it)
        tags.insert(it.key(), it.value());
    QJsonObject object{{u"name"_s, report.name}, {u"state"_s, policyStateName(report.state)}};
    if (!report.record.isEmpty()) {
        object.insert(u"record"_s, report.record);
        object.insert(u"tags"_s, tags);
    }
    return object;
}

QJsonObject toJson(const AddressCheck& check) {
    return QJsonObject{{u"address"_s, util::escapeControls(check.address)},
                       {u"local_part"_s, util::escapeControls(check.localPart)},
                       {u"domain"_s, util::escapeControls(check.domain)},
                       {u"ascii_domain"_s, check.asciiDomain},
                       {u"valid"_s, check.valid},
                       {u"internationalized"_s, check.internationalized},
                       {u"disposable"_s, check.disposable},
                       {u"problems"_s, QJsonArray::fromStringList(check.problems)}};
}

QJsonObject toJson(const AlignmentReport& a) {
    QJsonObject object{{u"from_domain"_s, a.fromDomain},
                       {u"spf_domain"_s, a.spfDomain},
                       {u"mode"_s, a.strict ? u"strict"_s : u"relaxed"_s},
                       {u"spf_aligned"_s, a.spfAligned},
                       {u"dmarc_via_spf"_s, a.verdict}};
    if (a.spfPass)
        object.insert(u"spf_pass"_s, *a.spfPass);
    return object;
}

QJsonObject toJson(const DomainReport& report) {
    // "spf" is check_host() for the given IP when there is one, else the walk of the record tree;
    // structure_lookups always gives the walk's count (the lookups an unlisted host costs).
    QJsonObject spf = toJson(report.spfCheck ? *report.spfCheck : report.spfStructure);
    spf.insert(u"structure_lookups"_s, report.spfStructure.lookups);
    spf.insert(u"structure_void_lookups"_s, report.spfStructure.voidLookups);
    QJsonArray dkim;
    for (const DkimSelectorReport& d : report.dkim) {
        // Discovered selectors that have no key are noise; list them only when asked for.
        if (d.userGiven || d.state != DkimSelectorReport::State::NotFound)
            dkim.append(toJson(d));
    }
    QJsonObject object{{u"domain"_s, report.domain},
                       {u"mx"_s, toJson(report.mx)},
                       {u"spf"_s, spf},
                       {u"dmarc"_s, toJson(report.dmarc)},
                       {u"dkim"_s, dkim},
                       {u"findings"_s, findingsToJson(report.findings)},
                       {u"elapsed_ms"_s, report.elapsedMs}};
    for (const PolicyTxtReport& p : report.policies) {
        QJsonObject policy = toJson(p);
        if (p.kind == PolicyKind::MtaSts && report.mtaSts)
            addMtaStsJson(*report.mtaSts, policy);
        if (p.kind == PolicyKind::Bimi && report.bimi)
            addBimiJson(*report.bimi, policy);
        object.insert(policyKindName(p.kind), policy);
    }
    if (report.sender) {
        QJsonObject sender = toJson(*report.sender);
        if (report.senderMx)
            sender.insert(u"mx"_s, toJson(*report.senderMx));
        object.insert(u"sender"_s, sender);
    }
    if (report.spfHelo) {
        QJsonObject helo = toJson(*report.spfHelo);
        helo.remove(u"tree"_s);
        object.insert(u"spf_helo"_s, helo);
    }
    if (report.alignment)
        object.insert(u"alignment"_s, toJson(*report.alignment));
    return object;
}

} // namespace rebound::auth
