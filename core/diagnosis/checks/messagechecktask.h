#pragma once

#include "core/diagnosis/checkregistry.h"

namespace rebound::diagnosis {

// "message": the message analysis (core/message) of params["bytes"]: route, DKIM and ARC verified with
// keys from DNS, Authentication-Results, SPF for the first external hop, DMARC and the bulk-sender
// checklist. params["returned"] marks the copy a bounce returned (params["headers_only"] when only its
// header block came back). The result is the rebound-cli message JSON with "ip" (the first external
// hop's address) and "domain" (the From domain) at the top.
CheckTask* createMessageCheckTask(const CheckRequest& request, const RunOptions& options,
                                  dns::Resolver* resolver, QObject* parent);

} // namespace rebound::diagnosis
