// Gmail's bulk-sender rules applied to Postmaster Tools data: the thresholds and the finding texts are
// in resources/receivers/postmaster.json (translated in context rebound::data::postmaster).
#pragma once

#include "core/postmaster/postmasterdata.h"

namespace rebound::postmaster {

struct Thresholds {
    double spamRateWarning = 0.001; // overwritten from the data file
    double spamRateError = 0.003;
    double authenticationRateMin = 1.0;
    double tlsRateMin = 1.0;
};

const Thresholds& thresholds();
// The compliance row's name for people ("DMARC alignment"), translated; the API's name when unknown.
QString requirementTitle(const QString& requirement);

// "ok", "warning", "error" or "unknown" (no spam rate): the spam rate against the thresholds.
QString spamRateLevel(const DomainStats& stats);
// A rate for people: "0.42 %".
QString percentText(double fraction);

// The findings of stats (replaces stats->findings): spam rate, authentication and TLS rates below 100 %,
// delivery errors, compliance rows that need work. Nothing is found from what is unknown.
void evaluateFindings(DomainStats* stats);

} // namespace rebound::postmaster
