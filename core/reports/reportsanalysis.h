// What a set of reports says: per domain and period the messages and the DMARC pass rate, per
// source IP its results, who it is and why it fails; per TLS policy the sessions and failures by
// result type. The failing sources and TLS failures become findings.
#pragma once

#include "core/reports/reporttypes.h"
#include "core/util/finding.h"

#include <QDate>
#include <QHash>
#include <QMap>

namespace rebound::reports {

// Who a source is.
enum class SourceKind {
    OwnSender,   // passes the domain's own SPF record (live checks only)
    KnownSender, // a sending service or mailbox provider of resources/reports/senders.json
    Unknown,
};
QString sourceKindName(SourceKind kind); // "own_spf", "known_sender", "unknown"

// Why a source's messages fail DMARC (Pass when none does).
enum class SourceVerdict { Pass, Unauthorised, EspUnaligned, Forwarding };
QString sourceVerdictName(SourceVerdict verdict); // "pass", "unauthorised", "esp_unaligned", "forwarding"

struct SourceSummary {
    QString domain; // the policy domain of the reports
    QString ip;
    QString ptr; // live checks only
    qint64 messages = 0;
    qint64 dmarcPass = 0;
    qint64 spfAligned = 0;  // policy_evaluated spf=pass
    qint64 dkimAligned = 0; // policy_evaluated dkim=pass
    qint64 spfPass = 0;     // auth_results: SPF passed for some domain
    qint64 dkimPass = 0;    // auth_results: a DKIM signature passed
    QMap<QString, qint64> dispositions;
    QStringList organisations; // that reported it
    QStringList headerFrom;
    QStringList dkimDomains; // that signed (any result)
    QStringList spfDomains;
    QStringList overrides; // policy override reasons the receivers applied
    SourceKind who = SourceKind::Unknown;
    QString senderId; // of a known sender
    QString senderName;
    SourceVerdict verdict = SourceVerdict::Pass;

    qint64 failing() const { return messages - dmarcPass; }
};

struct DayPoint {
    QDate day; // the UTC day the report period starts
    qint64 messages = 0;
    qint64 passed = 0;
};

struct DomainSummary {
    QString domain;
    QDateTime begin;
    QDateTime end;
    int reports = 0;
    qint64 messages = 0;
    qint64 passed = 0;
    QString policy;               // the latest p= seen
    QList<SourceSummary> sources; // most messages first
    QList<DayPoint> days;         // oldest first
};

struct TlsResultCount {
    QString resultType;
    qint64 sessions = 0;
    QString meaning; // translated
};

struct TlsPolicySummary {
    QString domain;
    QString policyType;
    int reports = 0;
    qint64 successful = 0;
    qint64 failed = 0;
    QStringList organisations;
    QList<TlsResultCount> results; // most failures first
};

struct ReportsSummary {
    int dmarcReports = 0;
    int tlsReports = 0;
    qint64 messages = 0;
    qint64 passed = 0;
    qint64 tlsSuccessful = 0;
    qint64 tlsFailed = 0;
    QList<DomainSummary> domains;
    QList<TlsPolicySummary> tls;
    QList<Finding> findings;

    bool hasFailures() const { return messages > passed || tlsFailed > 0; }
};

// What live checks found out about the sources, when they were allowed.
struct LiveFacts {
    QHash<QString, bool> spfAuthorised; // "domain ip" -> the domain's SPF passes the IP
    QHash<QString, QString> ptr;        // ip -> its reverse DNS name
    static QString key(const QString& domain, const QString& ip) { return domain + u' ' + ip; }
};

ReportsSummary analyseReports(const ReportSet& set, const LiveFacts& live = {});

// "98.5 %" style percentage of part in whole, one decimal; "-" when whole is 0.
QString passRateText(qint64 part, qint64 whole);

} // namespace rebound::reports
