// MTA-STS (RFC 8461): the policy file served at https://mta-sts.<domain>/.well-known/mta-sts.txt, read
// with the bounded HTTPS fetcher (core/https), parsed, and compared with the domain's MX hosts and its
// _mta-sts TXT record (core/auth/policytxt.h reads the record).
#pragma once

#include "core/auth/mxcheck.h"
#include "core/auth/policytxt.h"
#include "core/https/httpsfetcher.h"
#include "core/util/finding.h"

#include <QStringList>

#include <optional>

namespace rebound::auth {

// RFC 8461 3.2.
struct MtaStsPolicy {
    QString version;              // "STSv1"
    QString mode;                 // "enforce", "testing", "none" (as sent, escaped)
    QStringList mx;               // the mx: patterns, in order
    std::optional<qint64> maxAge; // seconds
    QString id;                   // an id: line, which RFC 8461 does not define but some publish
    QStringList errors;           // what makes the policy invalid (a sender ignores it)
    QStringList warnings;

    bool valid() const { return errors.isEmpty(); }
};

// Largest max_age (RFC 8461 3.2: 31557600, about a year) and the policy size this fetcher accepts.
inline constexpr qint64 kMtaStsMaxAge = 31557600;
inline constexpr qint64 kMtaStsMaxPolicyBytes = 64 * 1024;

MtaStsPolicy parseMtaStsPolicy(const QByteArray& body);
// RFC 8461 4.1: a pattern "*.example.com" matches one extra leftmost label; else an exact match. Both
// compared case-insensitively, without a final dot.
bool mtaStsMxMatches(const QString& mx, const QString& pattern);

struct MtaStsMxMatch {
    QString mx;
    bool matched = false;
};

struct MtaStsReport {
    bool fetched = false; // a fetch was made (domain --mta-sts)
    QString url;
    https::HttpsResult fetch;
    std::optional<MtaStsPolicy> policy; // when a body arrived with status 200
    QList<MtaStsMxMatch> mxMatch;
    QList<Finding> findings; // mta_sts.*
};

// The URL of a domain's policy.
QString mtaStsPolicyUrl(const QString& domain);
// Judges one fetch against the TXT record, the MX hosts and the TLS-RPT record of the domain.
MtaStsReport analyseMtaSts(const QString& domain, const https::HttpsResult& fetch, const PolicyTxtReport& txt,
                           const PolicyTxtReport* tlsRpt, const MxReport& mx);

} // namespace rebound::auth
