#pragma once

#include <QString>

namespace rebound::smtptest {

// Writes the DNS lab zones of the mailbox probe tests into dir: zone mbox.test (accept, reject, catchall,
// grey and other with MX mx.mbox.test -> 127.0.0.1; ymail with MX mta5.am0.yahoodns.net, a provider known to
// accept every address; nullmx with "MX 0 .") and yahoodns.net (mta5.am0 -> 127.0.0.1), served only by
// the lab.
bool writeMailboxZones(const QString& dir, QString* error);

} // namespace rebound::smtptest
