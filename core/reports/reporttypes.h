// What DMARC aggregate reports (RFC 7489 appendix C, RFC 9990) and SMTP TLS reports (RFC 8460)
// say, as read from the files: plain values, every text untrusted (escape it where it is shown).
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace rebound::reports {

struct DkimAuthResult {
    QString domain;
    QString selector;
    QString result; // lower case: pass, fail, none, neutral, policy, temperror, permerror
    QString humanResult;
};

struct SpfAuthResult {
    QString domain;
    QString scope; // mfrom, helo (RFC 7489); absent in RFC 9990
    QString result;
};

struct PolicyOverride {
    QString type; // forwarded, sampled_out, trusted_forwarder, mailing_list, local_policy, other
    QString comment;
};

struct AggregateRecord {
    QString sourceIp;
    qint64 count = 0;
    QString disposition; // none, quarantine, reject (lower case)
    QString dkim;        // policy_evaluated: the aligned DKIM result, pass or fail
    QString spf;         // policy_evaluated: the aligned SPF result, pass or fail
    QList<PolicyOverride> reasons;
    QString headerFrom;
    QString envelopeFrom;
    QString envelopeTo;
    QList<DkimAuthResult> dkimResults;
    QList<SpfAuthResult> spfResults;

    bool dmarcPass() const { return dkim == u"pass" || spf == u"pass"; }
};

struct PolicyPublished {
    QString domain;
    QString adkim;
    QString aspf;
    QString p;
    QString sp;
    QString np;  // RFC 9990: non-existent subdomains
    QString pct; // RFC 7489 only
    QString fo;
    QString testing;         // RFC 9990: y or n (replaces pct)
    QString discoveryMethod; // RFC 9990: psl or treewalk
};

struct AggregateReport {
    QString source;  // the file, and the member or attachment inside it
    QString schema;  // "rfc7489" or "rfc9990"
    QString version; // the <version> element, when present
    QString orgName;
    QString email;
    QString extraContactInfo;
    QString reportId;
    QString generator; // RFC 9990
    QDateTime begin;   // UTC
    QDateTime end;
    QStringList reportErrors; // report_metadata/error: what the reporter says went wrong
    PolicyPublished policy;
    QList<AggregateRecord> records;
    bool recordsCut = false; // more records than the reader keeps

    qint64 messageCount() const;
    qint64 passCount() const;
};

struct TlsFailureDetail {
    QString resultType;
    QString sendingMtaIp;
    QString receivingMxHostname;
    QString receivingMxHelo;
    QString receivingIp;
    QString failureReasonCode;
    QString additionalInformation;
    qint64 failedSessionCount = 0;
};

struct TlsPolicy {
    QString policyType; // tlsa, sts, no-policy-found
    QString policyDomain;
    QStringList policyString;
    QStringList mxHosts;
    qint64 successfulSessions = 0;
    qint64 failedSessions = 0;
    QList<TlsFailureDetail> failureDetails;
};

struct TlsReport {
    QString source;
    QString organization;
    QString contactInfo;
    QString reportId;
    QDateTime begin;
    QDateTime end;
    QList<TlsPolicy> policies;
};

// A file (or a part of one) that could not be read, and why. The other reports still are.
struct ReportError {
    QString file;
    QString reason;
};

struct ReportSet {
    QList<AggregateReport> dmarc;
    QList<TlsReport> tlsrpt;
    QList<ReportError> errors;
    int duplicates = 0; // reports seen again (same organisation and report id), counted once
    int filesRead = 0;

    bool isEmpty() const { return dmarc.isEmpty() && tlsrpt.isEmpty(); }
};

} // namespace rebound::reports
