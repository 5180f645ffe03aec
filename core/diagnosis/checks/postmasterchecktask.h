#pragma once

#include "core/diagnosis/checkregistry.h"

namespace rebound::diagnosis {

// "postmaster": what Google Postmaster Tools says about request.domain (the From domain of a Gmail
// bounce): spam rate against Gmail's thresholds, authentication and TLS rates, compliance rows; with the
// user's Google account (options.postmaster), planned only when one is connected. Uses a cache younger
// than six hours. When Google cannot be asked (no access to the domain, the token refused, the network)
// and nothing is cached, the check fails with the reason: never a clean result.
CheckTask* createPostmasterCheckTask(const CheckRequest& request, const RunOptions& options,
                                     dns::Resolver* resolver, QObject* parent);

} // namespace rebound::diagnosis
