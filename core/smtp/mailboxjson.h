#pragma once

#include "core/smtp/mailboxprobe.h"

#include <QJsonObject>

namespace rebound::smtp {

// The JSON form of a mailbox probe (docs/CLI.md, "address --probe"): "address", "domain", "sender",
// "verdict", "mx_host", "random_address", "mail", "rcpt", "random_rcpt" (replies or null), "provider"
// (id, name, source or null), "retry_after_seconds", "smtp" (the domain probe) and "findings".
QJsonObject toJson(const MailboxProbeResult& result);
QString toText(const MailboxProbeResult& result);

} // namespace rebound::smtp
