#include "core/auth/domainjson.h"

#include "core/auth/spfjson.h"
#include "core/util/jsonutil.h"

#include <QJsonArray>

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
        array.append(QJsonObject{{u"uri"_qs, u.uri},
                                 {u"address"_qs, u.address},
                                 {u"domain"_qs, u.domain},
                                 {u"size_limit"_qs, u.sizeLimit}});
    return array;
}

} // namespace

QJsonObject toJson(const MxReport& report) {
    QJsonArray hosts;
    for (const MxHost& h : report.hosts) {
        QJsonObject host{{u"preference"_qs, h.preference},
                         {u"target"_qs, h.target},
                         {u"addresses"_qs, QJsonArray::fromStringList(h.addresses)},
                         {u"ip_literal"_qs, h.ipLiteral}};
        if (!h.aliasOf.isEmpty())
            host.insert(u"cname_to"_qs, h.aliasOf);
        if (!h.problem.isEmpty())
            host.insert(u"problem"_qs, h.problem);
        hosts.append(host);
    }
    QJsonObject object{{u"state"_qs, mxStateName(report.state)}, {u"hosts"_qs, hosts}};
    if (!report.error.isEmpty())
        object.insert(u"error"_qs, report.error);
    return object;
}

QJsonObject toJson(const DmarcReport& report) {
    QJsonObject object{{u"state"_qs, dmarcStateName(report.state)},
                       {u"domain"_qs, report.domain},
                       {u"organizational_domain"_qs, report.organizationalDomain},
                       {u"policy_domain"_qs, report.policyDomain},
                       {u"record_name"_qs, report.recordName}};
    if (!report.error.isEmpty())
        object.insert(u"error"_qs, report.error);
    if (report.record) {
        const DmarcRecord& r = *report.record;
        object.insert(u"record"_qs, r.text);
        object.insert(u"parse_status"_qs, dmarcParseStatusName(r.status));
        object.insert(u"p"_qs, policyValue(r.policy));
        object.insert(u"sp"_qs, policyValue(r.subdomainPolicy));
        object.insert(u"np"_qs, policyValue(r.nonexistentPolicy));
        object.insert(u"pct"_qs, r.percent);
        object.insert(u"adkim"_qs, r.strictDkim ? u"s"_qs : u"r"_qs);
        object.insert(u"aspf"_qs, r.strictSpf ? u"s"_qs : u"r"_qs);
        object.insert(u"rua"_qs, urisToJson(r.aggregate));
        object.insert(u"ruf"_qs, urisToJson(r.failure));
        object.insert(u"fo"_qs, r.failureOptions);
        object.insert(u"ri"_qs, qint64(r.reportInterval));
        object.insert(u"t"_qs, r.testing);
        if (!r.psd.isEmpty())
            object.insert(u"psd"_qs, r.psd);
        // What a receiver applies to failing mail from this exact domain.
        std::optional<DmarcPolicy> effective = r.policy;
        if (report.policyDomain != report.domain && r.subdomainPolicy)
            effective = r.subdomainPolicy;
        object.insert(u"effective_policy"_qs,
                      policyValue(r.status == DmarcParseStatus::Ok ? effective : std::nullopt));
        object.insert(u"errors"_qs, QJsonArray::fromStringList(r.errors));
        object.insert(u"warnings"_qs, QJsonArray::fromStringList(r.warnings));
    }
    QJsonArray external;
    for (const DmarcExternalDestination& d : report.external)
        external.append(QJsonObject{{u"uri"_qs, d.uri},
                                    {u"destination_domain"_qs, d.destinationDomain},
                                    {u"verification_name"_qs, d.verificationName},
                                    {u"authorized"_qs, d.authorized},
                                    {u"detail"_qs, d.detail}});
    object.insert(u"external_destinations"_qs, external);
    return object;
}

QJsonObject toJson(const DkimSelectorReport& report) {
    QJsonObject object{{u"selector"_qs, report.selector},
                       {u"name"_qs, report.name},
                       {u"state"_qs, dkimStateName(report.state)},
                       {u"user_given"_qs, report.userGiven}};
    if (!report.provider.isEmpty())
        object.insert(u"provider"_qs, report.provider);
    if (!report.error.isEmpty())
        object.insert(u"error"_qs, report.error);
    if (report.key) {
        const DkimKey& k = *report.key;
        QStringList strings;
        for (const QByteArray& s : k.txtStrings)
            strings << util::escapeUntrusted(s);
        object.insert(u"record"_qs, k.text);
        object.insert(u"txt_strings"_qs, QJsonArray::fromStringList(strings));
        object.insert(u"key_type"_qs, k.keyType);
        object.insert(u"algorithm"_qs, k.algorithm);
        object.insert(u"bits"_qs, k.bits);
        object.insert(u"revoked"_qs, k.revoked);
        object.insert(u"testing"_qs, k.testing);
        object.insert(u"flags"_qs, QJsonArray::fromStringList(k.flags));
        object.insert(u"hash_algorithms"_qs, QJsonArray::fromStringList(k.hashAlgorithms));
        object.insert(u"errors"_qs, QJsonArray::fromStringList(k.errors));
        object.insert(u"warnings"_qs, QJsonArray::fromStringList(k.warnings));
    }
    return object;
}

QJsonObject toJson(const PolicyTxtReport& report) {
    QJsonObject tags;
    for (auto it = report.tags.constBegin(); it != report.tags.constEnd(); ++it)
        tags.insert(it.key(), it.value());
    QJsonObject object{{u"name"_qs, report.name}, {u"state"_qs, policyStateName(report.state)}};
    if (!report.record.isEmpty()) {
        object.insert(u"record"_qs, report.record);
        object.insert(u"tags"_qs, tags);
    }
    return object;
}

QJsonObject toJson(const AddressCheck& check) {
    return QJsonObject{{u"address"_qs, util::escapeControls(check.address)},
                       {u"local_part"_qs, util::escapeControls(check.localPart)},
                       {u"domain"_qs, util::escapeControls(check.domain)},
                       {u"ascii_domain"_qs, check.asciiDomain},
                       {u"valid"_qs, check.valid},
                       {u"internationalized"_qs, check.internationalized},
                       {u"disposable"_qs, check.disposable},
                       {u"problems"_qs, QJsonArray::fromStringList(check.problems)}};
}

QJsonObject toJson(const AlignmentReport& a) {
    QJsonObject object{{u"from_domain"_qs, a.fromDomain},
                       {u"spf_domain"_qs, a.spfDomain},
                       {u"mode"_qs, a.strict ? u"strict"_qs : u"relaxed"_qs},
                       {u"spf_aligned"_qs, a.spfAligned},
                       {u"dmarc_via_spf"_qs, a.verdict}};
    if (a.spfPass)
        object.insert(u"spf_pass"_qs, *a.spfPass);
    return object;
}

QJsonObject toJson(const DomainReport& report) {
    // "spf" is check_host() for the given IP when there is one, else the walk of the record tree;
    // structure_lookups always gives the walk's count (the lookups an unlisted host costs).
    QJsonObject spf = toJson(report.spfCheck ? *report.spfCheck : report.spfStructure);
    spf.insert(u"structure_lookups"_qs, report.spfStructure.lookups);
    spf.insert(u"structure_void_lookups"_qs, report.spfStructure.voidLookups);
    QJsonArray dkim;
    for (const DkimSelectorReport& d : report.dkim) {
        // Discovered selectors that have no key are noise; list them only when asked for.
        if (d.userGiven || d.state != DkimSelectorReport::State::NotFound)
            dkim.append(toJson(d));
    }
    QJsonObject object{{u"domain"_qs, report.domain},
                       {u"mx"_qs, toJson(report.mx)},
                       {u"spf"_qs, spf},
                       {u"dmarc"_qs, toJson(report.dmarc)},
                       {u"dkim"_qs, dkim},
                       {u"findings"_qs, findingsToJson(report.findings)},
                       {u"elapsed_ms"_qs, report.elapsedMs}};
    for (const PolicyTxtReport& p : report.policies)
        object.insert(policyKindName(p.kind), toJson(p));
    if (report.sender) {
        QJsonObject sender = toJson(*report.sender);
        if (report.senderMx)
            sender.insert(u"mx"_qs, toJson(*report.senderMx));
        object.insert(u"sender"_qs, sender);
    }
    if (report.spfHelo) {
        QJsonObject helo = toJson(*report.spfHelo);
        helo.remove(u"tree"_qs);
        object.insert(u"spf_helo"_qs, helo);
    }
    if (report.alignment)
        object.insert(u"alignment"_qs, toJson(*report.alignment));
    return object;
}

} // namespace rebound::auth
