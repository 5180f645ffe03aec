#pragma once

#include "core/diagnosis/checkregistry.h"

namespace rebound::diagnosis {

// "smtp": every MX host of request.domain probed (banner, EHLO, STARTTLS); never sends mail.
CheckTask* createSmtpCheckTask(const CheckRequest& request, const RunOptions& options,
                               dns::Resolver* resolver, QObject* parent);

} // namespace rebound::diagnosis
