// The findings of a message analysis, most severe first: DKIM failures (body hash apart from the
// header signature), Authentication-Results that disagree with Rebound's own results, SPF and DMARC,
// slow or clear-text hops, and failed bulk-sender rules.
#pragma once

#include "core/message/messageanalysis.h"

namespace rebound::message {

QList<Finding> messageFindings(const RawMessage& raw, const MessageReport& report);

// Each ARC instance's recorded results that Rebound can compare with its own: DKIM by signature (d=,
// and b= when the sealer wrote it) for every instance; SPF and DMARC for i=1 only, whose sealer
// received the message from the sender whose address Rebound checked.
QList<ArcComparison> compareArcResults(const MessageReport& report);

} // namespace rebound::message
