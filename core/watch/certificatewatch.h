// The MX hosts' STARTTLS certificates in the watch's vocabulary: one "tls_certificate" observation per
// probed MX host (the host in `zone`), and the threshold of "near expiry". A pure function over the SMTP
// probe's result.
#pragma once

#include "core/watch/watchtypes.h"

#include <QList>

namespace rebound::smtp {
struct SmtpDomainResult;
}

namespace rebound::watch {

// The check's name, and the states it can take: ok, near_expiry, expired, invalid (chain or name),
// no_starttls, could_not_check.
inline constexpr QStringView certificateCheck = u"tls_certificate";

// Fewer days left than this is "near expiry": resources/smtp/findings.json's "expiring_days" (14).
// Why 14: ACME clients renew 30 days before notAfter, so 14 days left means renewal has been failing for
// two weeks, and two weeks still leave time to fix it by hand.
int defaultCertificateWarningDays();

// One observation per probed host (the domain as target, the host as zone); nothing for a domain with no
// mail route or a null MX, or whose MX could not be resolved. now: the pass's clock.
QList<Observation> observeCertificates(const smtp::SmtpDomainResult& result, const QDateTime& now,
                                       int warningDays);

} // namespace rebound::watch
