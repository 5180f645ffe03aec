// Google Postmaster Tools API v2: what Rebound reads from it, and the parsers of its JSON answers.
//
// The shapes, from the public reference (https://developers.google.com/workspace/gmail/postmaster/
// reference/rest/v2), retrieved December 2026:
//   GET  /v2/domains                        ListDomainsResponse {"domains": [Domain], "nextPageToken"}
//        Domain {"name": "domains/{fqdn}", "permission": READER|OWNER|NONE,
//                "verificationState": UNVERIFIED|VERIFIED, "createTime", "lastVerifyTime"}
//   GET  /v2/domains/{d}/complianceStatus   DomainComplianceStatus {"name", "complianceData":
//        DomainComplianceData, "subdomainComplianceData"}; DomainComplianceData {"domainId",
//        "rowData": [ComplianceRowData]}; ComplianceRowData {"requirement": SPF|DKIM|SPF_AND_DKIM|
//        DMARC_POLICY|DMARC_ALIGNMENT|MESSAGE_FORMATTING|DNS_RECORDS|ENCRYPTION|
//        USER_REPORTED_SPAM_RATE|ONE_CLICK_UNSUBSCRIBE|HONOR_UNSUBSCRIBE,
//        "status": ComplianceStatus {"status": COMPLIANT|NEEDS_WORK|STATE_UNSPECIFIED}}
//   POST /v2/domains/{d}/domainStats:query  QueryDomainStatsRequest {"metricDefinitions":
//        [MetricDefinition {"name", "baseMetric": {"standardMetric": SPAM_RATE|AUTH_SUCCESS_RATE|
//        TLS_ENCRYPTION_RATE|DELIVERY_ERROR_RATE|...}, "filter"}], "timeQuery": {"dateRanges":
//        {"dateRanges": [{"start": Date, "end": Date}]}}, "pageSize", "aggregationGranularity": DAILY}
//        (filters in v2: auth_type = "spf"|"dkim"|"dmarc", traffic_direction = "inbound"|"outbound");
//        QueryDomainStatsResponse {"domainStats": [DomainStat {"name", "metric" (our name),
//        "date": Date {"year","month","day"}, "value": StatisticValue {"doubleValue" | "floatValue" |
//        "intValue" (int64 as a string) | "stringValue" | "stringList"}}], "nextPageToken"}
// The reference does not say whether a rate is a fraction or a percentage; v1's ratios were fractions
// (userReportedSpamRatio 0.003 = 0.3 %), and Rebound reads v2's rates the same way: a rate outside
// 0..1 is a changed format, never silently scaled.
#pragma once

#include "core/util/finding.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rebound::postmaster {

enum class ComplianceState { Unknown, Compliant, NeedsWork };

struct ComplianceRow {
    QString requirement; // the API's enum name, "SPF", "DMARC_ALIGNMENT", ... (untrusted text)
    ComplianceState state = ComplianceState::Unknown;
};

// One rate of one day. A missing field stays nullopt ("unknown"), never 0.
struct DailyRate {
    QDate date;
    double rate = 0; // a fraction, 0..1
};

// What Postmaster Tools says about one domain. Every rate is the latest day the API had data for.
struct DomainStats {
    QString domain;
    QDate statsDate; // the latest day of any statistic; null when the API had none
    std::optional<double> spamRate, spfRate, dkimRate, dmarcRate, tlsRate, deliveryErrorRate;
    QList<DailyRate> spamDaily; // the user-reported spam rate per day, oldest first (the view's chart)
    bool complianceKnown = false;
    QList<ComplianceRow> compliance;
    QList<Finding> findings; // evaluateFindings()
    QDateTime fetchedAtUtc;
    bool fromCache = false;
    QString error;     // empty when the domain was read; else why not (no secrets in it)
    QString errorKind; // "not_verified" (403), "not_found" (404), "auth", "network", "too_large", "format",
                       // "http"
    bool hasData() const { return complianceKnown || statsDate.isValid(); }
};

struct PostmasterData {
    QList<DomainStats> domains;
    QString error; // the whole run could not be done (no account, the token refused, network)
    QString errorKind;
};

struct ParseOutcome {
    bool ok = true;
    QString errorKind; // "format"
    QString error;
};

// The metric names Rebound gives its MetricDefinitions (they come back in DomainStat.metric).
inline constexpr const char* SpamRateMetric = "spam_rate";
// The body of domainStats:query for the days [start, end].
QByteArray statsQueryBody(const QDate& start, const QDate& end);

ParseOutcome parseDomainList(const QByteArray& body, QStringList* domains, QString* nextPageToken);
ParseOutcome parseComplianceStatus(const QByteArray& body, DomainStats* stats);
ParseOutcome parseDomainStats(const QByteArray& body, DomainStats* stats, QString* nextPageToken);

QString complianceStateName(ComplianceState state); // "compliant", "needs_work", "unknown"
// The requirement in lower case ("dmarc_alignment"), for JSON and rules.
QString requirementName(const QString& requirement);

} // namespace rebound::postmaster
