#pragma once

#include "core/bounce/bounceanalysis.h"

#include <QByteArray>
#include <QString>

namespace rebound::bounce {

// Analyses whatever a user pasted or dropped: an SMTP reply, MTA log lines, a bounce message (RFC 3464
// or an MTA's own text), an ARF report, an auto-reply, or an mbox of several. Pure and thread-safe;
// bounded in time and memory for any input (over kMaxInputBytes is refused, binary is refused).
BounceAnalysis analyzeBounce(const QByteArray& input);
BounceAnalysis analyzeBounce(const QString& input);

} // namespace rebound::bounce
