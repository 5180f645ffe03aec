// The bulk-sender checklist (Gmail and Yahoo, 2024): each rule from resources/message/bulk-sender-rules.json
// judged pass, fail or unknown from the message and the checks run on it.
#pragma once

#include "core/message/messageanalysis.h"

namespace rebound::message {

QList<BulkSenderItem> checkBulkSender(const RawMessage& raw, const MessageReport& report);

// DMARC for the From domain from the DKIM and SPF results: alignment (RFC 7489 3.1) and the policy.
void computeDmarc(MessageReport* report);

} // namespace rebound::message
