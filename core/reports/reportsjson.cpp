#include "core/reports/reportsjson.h"

#include "core/util/jsonutil.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace rebound::reports {
namespace {

using util::toJsonArray;

QJsonValue time(const QDateTime& t) {
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue rate(qint64 part, qint64 whole) {
    return whole > 0 ? QJsonValue(double(part) / double(whole)) : QJsonValue();
}

QJsonObject recordJson(const AggregateRecord& r) {
    QJsonArray reasons;
    for (const PolicyOverride& o : r.reasons)
        reasons.append(QJsonObject{{u"type"_s, o.type}, {u"comment"_s, o.comment}});
    QJsonArray dkim;
    for (const DkimAuthResult& d : r.dkimResults)
        dkim.append(QJsonObject{{u"domain"_s, d.domain},
                                {u"selector"_s, d.selector},
                                {u"result"_s, d.result},
                                {u"human_result"_s, d.humanResult}});
    QJsonArray spf;
    for (const SpfAuthResult& s : r.spfResults)
        spf.append(QJsonObject{{u"domain"_s, s.domain}, {u"scope"_s, s.scope}, {u"result"_s, s.result}});
    return {{u"source_ip"_s, r.sourceIp},
            {u"count"_s, r.count},
            {u"policy_evaluated"_s, QJsonObject{{u"disposition"_s, r.disposition},
                                                {u"dkim"_s, r.dkim},
                                                {u"spf"_s, r.spf},
                                                {u"reasons"_s, reasons}}},
            {u"header_from"_s, r.headerFrom},
            {u"envelope_from"_s, r.envelopeFrom},
            {u"envelope_to"_s, r.envelopeTo},
            {u"auth_results"_s, QJsonObject{{u"dkim"_s, dkim}, {u"spf"_s, spf}}}};
}

QJsonObject aggregateJson(const AggregateReport& a) {
    const PolicyPublished& p = a.policy;
    QJsonArray records;
    for (const AggregateRecord& r : a.records)
        records.append(recordJson(r));
    return {{u"source"_s, a.source},
            {u"schema"_s, a.schema},
            {u"org_name"_s, a.orgName},
            {u"email"_s, a.email},
            {u"report_id"_s, a.reportId},
            {u"begin"_s, time(a.begin)},
            {u"end"_s, time(a.end)},
            {u"domain"_s, p.domain},
            {u"errors"_s, toJsonArray(a.reportErrors)},
            {u"policy"_s, QJsonObject{{u"p"_s, p.p},
                                      {u"sp"_s, p.sp},
                                      {u"np"_s, p.np},
                                      {u"adkim"_s, p.adkim},
                                      {u"aspf"_s, p.aspf},
                                      {u"pct"_s, p.pct},
                                      {u"fo"_s, p.fo},
                                      {u"testing"_s, p.testing},
                                      {u"discovery_method"_s, p.discoveryMethod}}},
            {u"messages"_s, a.messageCount()},
            {u"dmarc_pass"_s, a.passCount()},
            {u"records_cut"_s, a.recordsCut},
            {u"records"_s, records}};
}

QJsonObject tlsJson(const TlsReport& t) {
    QJsonArray policies;
    for (const TlsPolicy& p : t.policies) {
        QJsonArray details;
        for (const TlsFailureDetail& f : p.failureDetails)
            details.append(QJsonObject{{u"result_type"_s, f.resultType},
                                       {u"sending_mta_ip"_s, f.sendingMtaIp},
                                       {u"receiving_mx_hostname"_s, f.receivingMxHostname},
                                       {u"receiving_mx_helo"_s, f.receivingMxHelo},
                                       {u"receiving_ip"_s, f.receivingIp},
                                       {u"failed_session_count"_s, f.failedSessionCount},
                                       {u"failure_reason_code"_s, f.failureReasonCode},
                                       {u"additional_information"_s, f.additionalInformation}});
        policies.append(QJsonObject{
            {u"policy_type"_s, p.policyType},
            {u"policy_domain"_s, p.policyDomain},
            {u"policy_string"_s, toJsonArray(p.policyString)},
            {u"mx_host"_s, toJsonArray(p.mxHosts)},
            {u"summary"_s, QJsonObject{{u"total_successful_session_count"_s, p.successfulSessions},
                                       {u"total_failure_session_count"_s, p.failedSessions}}},
            {u"failure_details"_s, details}});
    }
    return {
        {u"source"_s, t.source},      {u"organization"_s, t.organization}, {u"contact_info"_s, t.contactInfo},
        {u"report_id"_s, t.reportId}, {u"begin"_s, time(t.begin)},         {u"end"_s, time(t.end)},
        {u"policies"_s, policies}};
}

} // namespace

QJsonObject toJson(const SourceSummary& s) {
    QJsonObject dispositions;
    for (auto it = s.dispositions.begin(); it != s.dispositions.end(); ++it)
        dispositions.insert(it.key(), it.value());
    return {{u"domain"_s, s.domain},
            {u"source_ip"_s, s.ip},
            {u"ptr"_s, s.ptr.isEmpty() ? QJsonValue() : QJsonValue(s.ptr)},
            {u"count"_s, s.messages},
            {u"dmarc_pass"_s, s.dmarcPass},
            {u"dmarc_fail"_s, s.failing()},
            {u"spf_aligned"_s, s.spfAligned},
            {u"dkim_aligned"_s, s.dkimAligned},
            {u"spf_pass"_s, s.spfPass},
            {u"dkim_pass"_s, s.dkimPass},
            {u"dispositions"_s, dispositions},
            {u"reporting_orgs"_s, toJsonArray(s.organisations)},
            {u"header_from"_s, toJsonArray(s.headerFrom)},
            {u"dkim_domains"_s, toJsonArray(s.dkimDomains)},
            {u"spf_domains"_s, toJsonArray(s.spfDomains)},
            {u"overrides"_s, toJsonArray(s.overrides)},
            {u"who"_s, sourceKindName(s.who)},
            {u"sender"_s, s.senderId.isEmpty() ? QJsonValue() : QJsonValue(s.senderName)},
            {u"sender_id"_s, s.senderId.isEmpty() ? QJsonValue() : QJsonValue(s.senderId)},
            {u"verdict"_s, sourceVerdictName(s.verdict)}};
}

QJsonObject toJson(const ReportsSummary& summary) {
    QJsonArray domains;
    QJsonArray sources;
    for (const DomainSummary& d : summary.domains) {
        QJsonArray days;
        for (const DayPoint& p : d.days)
            days.append(QJsonObject{{u"date"_s, p.day.toString(Qt::ISODate)},
                                    {u"messages"_s, p.messages},
                                    {u"dmarc_pass"_s, p.passed}});
        domains.append(QJsonObject{{u"domain"_s, d.domain},
                                   {u"begin"_s, time(d.begin)},
                                   {u"end"_s, time(d.end)},
                                   {u"reports"_s, d.reports},
                                   {u"policy"_s, d.policy},
                                   {u"messages"_s, d.messages},
                                   {u"dmarc_pass"_s, d.passed},
                                   {u"pass_rate"_s, rate(d.passed, d.messages)},
                                   {u"sources"_s, d.sources.size()},
                                   {u"days"_s, days}});
        for (const SourceSummary& s : d.sources)
            sources.append(toJson(s));
    }
    QJsonArray tls;
    for (const TlsPolicySummary& p : summary.tls) {
        QJsonArray results;
        for (const TlsResultCount& r : p.results)
            results.append(QJsonObject{
                {u"result_type"_s, r.resultType}, {u"sessions"_s, r.sessions}, {u"meaning"_s, r.meaning}});
        tls.append(QJsonObject{{u"policy_domain"_s, p.domain},
                               {u"policy_type"_s, p.policyType},
                               {u"reports"_s, p.reports},
                               {u"successful_sessions"_s, p.successful},
                               {u"failed_sessions"_s, p.failed},
                               {u"organizations"_s, toJsonArray(p.organisations)},
                               {u"results"_s, results}});
    }
    QJsonArray findings;
    for (const Finding& f : summary.findings)
        findings.append(rebound::toJson(f));
    return {{u"dmarc_reports"_s, summary.dmarcReports},
            {u"tls_reports"_s, summary.tlsReports},
            {u"messages"_s, summary.messages},
            {u"dmarc_pass"_s, summary.passed},
            {u"dmarc_fail"_s, summary.messages - summary.passed},
            {u"pass_rate"_s, rate(summary.passed, summary.messages)},
            {u"tls_successful_sessions"_s, summary.tlsSuccessful},
            {u"tls_failed_sessions"_s, summary.tlsFailed},
            {u"domains"_s, domains},
            {u"sources"_s, sources},
            {u"tls"_s, tls},
            {u"findings"_s, findings}};
}

QJsonObject toJson(const ReportSet& set, const ReportsSummary& summary) {
    QJsonArray dmarc;
    for (const AggregateReport& a : set.dmarc)
        dmarc.append(aggregateJson(a));
    QJsonArray tlsrpt;
    for (const TlsReport& t : set.tlsrpt)
        tlsrpt.append(tlsJson(t));
    QJsonArray errors;
    for (const ReportError& e : set.errors)
        errors.append(QJsonObject{{u"file"_s, e.file}, {u"error"_s, e.reason}});
    return {{u"schema"_s, u"rebound.reports"_s}, {u"version"_s, 1},    {u"files"_s, set.filesRead},
            {u"duplicates"_s, set.duplicates},   {u"dmarc"_s, dmarc},  {u"tlsrpt"_s, tlsrpt},
            {u"summary"_s, toJson(summary)},     {u"errors"_s, errors}};
}

} // namespace rebound::reports
