#pragma once

#include "core/diagnosis/checkregistry.h"

namespace rebound::diagnosis {

// "mailbox": the opt-in mailbox probe of request.address (MAIL FROM options.probeSender, RCPT TO the
// address and a random one, RSET, QUIT; never DATA), planned only when options.mailboxProbe is on.
CheckTask* createMailboxCheckTask(const CheckRequest& request, const RunOptions& options,
                                  dns::Resolver* resolver, QObject* parent);

} // namespace rebound::diagnosis
