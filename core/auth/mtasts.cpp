#include "core/auth/mtasts.h"

#include "core/auth/authknowledge.h"
#include "core/dns/dnsname.h"
#include "core/util/jsonutil.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace rebound::auth {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("rebound::auth", text);
}

QString normalizedHost(QString name) {
    name = name.trimmed().toLower();
    if (name.endsWith(u'.'))
        name.chop(1);
    return name;
}

bool validPattern(const QString& pattern) {
    const QString host = pattern.startsWith(u"*."_s) ? pattern.mid(2) : pattern;
    return host.contains(u'.') && !host.contains(u'*') && dns::normalizeDomainName(host).has_value();
}

const AuthKnowledge& knowledge() {
    return AuthKnowledge::instance();
}

// The finding for a fetch that produced no usable answer, by the fetcher's error kind.
Finding fetchFinding(const QString& url, const https::HttpsResult& fetch) {
    QString why = util::escapeControls(fetch.errorText, 500);
    if (!why.isEmpty() && !why.endsWith(u'.'))
        why += u'.';
    switch (fetch.error) {
    case https::FetchError::Certificate:
        return knowledge().finding(u"mta_sts.certificate"_s, {fetch.host}, {why},
                                   {fetch.certificateErrors.mid(0, 4)});
    case https::FetchError::Redirect:
        return knowledge().finding(u"mta_sts.redirect"_s, {url}, {}, {util::escapeUntrusted(fetch.location)});
    case https::FetchError::TooLarge:
        return knowledge().finding(u"mta_sts.too_large"_s, {url, QString::number(kMtaStsMaxPolicyBytes)});
    case https::FetchError::Timeout:
        return knowledge().finding(u"mta_sts.timeout"_s, {url}, {why});
    case https::FetchError::AddressRefused:
        return knowledge().finding(u"mta_sts.address_refused"_s, {fetch.host}, {why});
    default:
        return knowledge().finding(u"mta_sts.fetch_failed"_s, {url}, {why});
    }
}

void addPolicyFindings(const MtaStsPolicy& policy, const PolicyTxtReport& txt, const QString& url,
                       MtaStsReport& report) {
    if (!policy.valid()) {
        Finding syntax = knowledge().finding(u"mta_sts.syntax"_s, {url});
        syntax.detail = policy.errors.join(u"; "_s) + u' ' + syntax.detail;
        report.findings << syntax;
        return;
    }
    for (const QString& warning : policy.warnings)
        report.findings << knowledge().finding(u"mta_sts.policy_warning"_s, {warning});
    if (policy.mode == u"testing"_s)
        report.findings << knowledge().finding(u"mta_sts.mode_testing"_s, {});
    else if (policy.mode == u"none"_s)
        report.findings << knowledge().finding(u"mta_sts.mode_none"_s, {});
    if (policy.maxAge && *policy.maxAge < 86400)
        report.findings << knowledge().finding(u"mta_sts.max_age_short"_s, {QString::number(*policy.maxAge)});
    const QString txtId = txt.tags.value(u"id"_s);
    if (!policy.id.isEmpty() && !txtId.isEmpty() && policy.id != txtId)
        report.findings << knowledge().finding(u"mta_sts.id_mismatch"_s, {policy.id, txtId});
    QStringList unmatched;
    for (const MtaStsMxMatch& m : std::as_const(report.mxMatch))
        if (!m.matched)
            unmatched << m.mx;
    if (!unmatched.isEmpty() && policy.mode != u"none"_s) {
        Finding mismatch = knowledge().finding(u"mta_sts.mx_mismatch"_s, {unmatched.join(u", "_s)},
                                               {policy.mx.join(u", "_s)}, {}, policy.mode);
        if (policy.mode == u"testing"_s)
            mismatch.severity = knowledge().severity(u"mta_sts.mx_mismatch"_s, u"testing"_s);
        report.findings << mismatch;
    }
}

} // namespace

MtaStsPolicy parseMtaStsPolicy(const QByteArray& body) {
    MtaStsPolicy policy;
    if (body.contains('\n') && !body.contains("\r\n"))
        policy.warnings << tr("lines end with LF alone; RFC 8461 3.2 asks for CRLF");
    const QList<QByteArray> lines = body.split('\n');
    bool sawVersion = false, sawMode = false, sawMaxAge = false;
    int number = 0;
    for (QByteArray line : lines) {
        ++number;
        if (number > 1000) {
            policy.errors << tr("more than 1000 lines");
            break;
        }
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            policy.errors << tr("line %1 is not \"key: value\": %2")
                                 .arg(number)
                                 .arg(util::escapeUntrusted(line.left(80)));
            continue;
        }
        const QString key = util::escapeUntrusted(line.left(colon).trimmed());
        const QString value = util::escapeUntrusted(line.mid(colon + 1).trimmed().left(300));
        auto once = [&](bool& seen) {
            if (seen)
                policy.warnings << tr("%1 appears more than once; the first is used").arg(key);
            const bool first = !seen;
            seen = true;
            return first;
        };
        if (key == u"version"_s) {
            if (once(sawVersion))
                policy.version = value;
        } else if (key == u"mode"_s) {
            if (once(sawMode))
                policy.mode = value;
        } else if (key == u"max_age"_s) {
            if (!once(sawMaxAge))
                continue;
            static const QRegularExpression digits(u"^[0-9]{1,10}$"_s);
            if (!digits.match(value).hasMatch())
                policy.errors << tr("max_age \"%1\" is not a number of seconds").arg(value);
            else if (value.toLongLong() > kMtaStsMaxAge)
                policy.errors
                    << tr("max_age %1 is above the largest allowed, %2").arg(value).arg(kMtaStsMaxAge);
            else
                policy.maxAge = value.toLongLong();
        } else if (key == u"mx"_s) {
            if (!validPattern(value))
                policy.errors << tr("mx \"%1\" is not a host name or a *.domain pattern").arg(value);
            policy.mx << value.toLower();
        } else if (key == u"id"_s) {
            policy.id = value;
        }
        // Other keys are extensions: ignored (RFC 8461 3.2).
    }
    if (!sawVersion)
        policy.errors << tr("the version field is missing");
    else if (policy.version != u"STSv1"_s)
        policy.errors << tr("version is \"%1\", not STSv1").arg(policy.version);
    if (!sawMode)
        policy.errors << tr("the mode field is missing");
    else if (policy.mode != u"enforce"_s && policy.mode != u"testing"_s && policy.mode != u"none"_s)
        policy.errors << tr("mode is \"%1\", not enforce, testing or none").arg(policy.mode);
    if (!sawMaxAge)
        policy.errors << tr("the max_age field is missing");
    if (policy.mx.isEmpty() && policy.mode != u"none"_s)
        policy.errors << tr("no mx field: the policy names no mail host");
    return policy;
}

bool mtaStsMxMatches(const QString& mx, const QString& pattern) {
    const QString host = normalizedHost(mx);
    const QString p = normalizedHost(pattern);
    if (p.startsWith(u"*."_s)) {
        const QString suffix = p.mid(1); // ".example.com"
        if (!host.endsWith(suffix))
            return false;
        const QString label = host.left(host.size() - suffix.size());
        return !label.isEmpty() && !label.contains(u'.');
    }
    return host == p;
}

QString mtaStsPolicyUrl(const QString& domain) {
    return u"https://mta-sts."_s + normalizedHost(domain) + u"/.well-known/mta-sts.txt"_s;
}

MtaStsReport analyseMtaSts(const QString& domain, const https::HttpsResult& fetch, const PolicyTxtReport& txt,
                           const PolicyTxtReport* tlsRpt, const MxReport& mx) {
    MtaStsReport report;
    report.fetched = true;
    report.url = mtaStsPolicyUrl(domain);
    report.fetch = fetch;
    // A TXT lookup that failed says nothing either way (its own finding says so).
    const bool txtFound =
        txt.state != PolicyTxtReport::State::Missing && txt.state != PolicyTxtReport::State::DnsError;
    if (!fetch.ok()) {
        // Without the TXT record and without the host, the domain simply has no MTA-STS.
        if (!txtFound && fetch.error == https::FetchError::Dns)
            return report;
        report.findings << fetchFinding(report.url, fetch);
    } else if (fetch.status != 200) {
        report.findings << knowledge().finding(u"mta_sts.http_status"_s,
                                               {report.url, QString::number(fetch.status)});
    } else {
        const QByteArray type = fetch.contentType.split(';').first().trimmed().toLower();
        if (type != "text/plain")
            report.findings << knowledge().finding(u"mta_sts.content_type"_s,
                                                   {util::escapeUntrusted(fetch.contentType.left(100))});
        report.policy = parseMtaStsPolicy(fetch.body);
        for (const MxHost& host : mx.hosts) {
            if (host.target.isEmpty() || host.target == u"."_s)
                continue;
            bool matched = false;
            for (const QString& pattern : std::as_const(report.policy->mx))
                matched = matched || mtaStsMxMatches(host.target, pattern);
            report.mxMatch << MtaStsMxMatch{normalizedHost(host.target), matched};
        }
        addPolicyFindings(*report.policy, txt, report.url, report);
        if (!txtFound)
            report.findings << knowledge().finding(u"mta_sts.no_txt_record"_s, {txt.name});
        if (report.policy->valid() && report.policy->mode != u"none"_s && tlsRpt
            && tlsRpt->state == PolicyTxtReport::State::Missing)
            report.findings << knowledge().finding(u"mta_sts.no_tls_rpt"_s, {tlsRpt->name}, {tlsRpt->name});
    }
    if (txtFound && !fetch.ok())
        report.findings.first().detail +=
            u' ' + knowledge().text(u"mta_sts_txt_without_policy"_s, {txt.name});
    return report;
}

} // namespace rebound::auth
