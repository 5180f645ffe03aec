#pragma once

#include "core/diagnosis/checkregistry.h"

namespace rebound::diagnosis {

// "snds": what Microsoft SNDS says about request.ip (filter colour, trap hits, block status), with the
// user's key (options.snds.key); planned only when a key is set. Uses a cache younger than six hours.
CheckTask* createSndsCheckTask(const CheckRequest& request, const RunOptions& options,
                               dns::Resolver* resolver, QObject* parent);

} // namespace rebound::diagnosis
