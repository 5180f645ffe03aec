#pragma once

#include "core/diagnosis/checkregistry.h"

namespace rebound::diagnosis {

// "watch": what the watch's database (RunOptions::watchState: the desktop's history database, or
// rebound-cli diagnose --watch-state DB) remembers of the diagnosed IPs and domain (request.ips): their
// listings and since when, the records' latest changes (core/watch/watchhistory.h). Read off the UI
// thread with a connection of its own; a missing database is a failed check, never created.
CheckTask* createWatchCheckTask(const CheckRequest& request, const RunOptions& options,
                                dns::Resolver* resolver, QObject* parent);

} // namespace rebound::diagnosis
