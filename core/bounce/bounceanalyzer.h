#pragma once

#include "core/bounce/bounceanalysis.h"

#include <QByteArray>
#include <QString>

namespace rebound::bounce {

inline constexpr int kMaxMessages = 10000;   // of an mbox
inline constexpr int kMaxRecipients = 10000; // of one input (an mbox's all together)

// Analyses whatever a user pasted or dropped: an SMTP reply, MTA log lines, a bounce message (RFC 3464
// or an MTA's own text), an ARF report, an auto-reply, or an mbox of several. Pure and thread-safe;
// bounded in time and memory for any input (over kMaxInputBytes is refused, binary is refused).
BounceAnalysis analyzeBounce(const QByteArray& input);
BounceAnalysis analyzeBounce(const QString& input);

// The pieces of analyzeBounce() for callers that read an mbox one message at a time
// (rebound-cli bounce streams big inputs that way):
// the refusal of an input of this many bytes (too large, or the knowledge files are broken): an
// analysis with error set, else one with no error;
BounceAnalysis refusal(qsizetype inputBytes);
// the refusal of binary input (see looksBinary() in inputbytes.h), saying what to do with the
// containers its first bytes name (a compressed file, an Outlook .msg, a PDF);
BounceAnalysis refuseBinary(QByteArrayView head);
// one message, already normalised (normaliseInput() or MboxReader);
BounceAnalysis analyzeMessage(QByteArrayView message);
// makes message number index (0-based) a part of an mbox whose text so far is textBase characters
// long: its recipients name the message, their evidence points into the mbox's text, its warnings
// name the message;
void placeInMbox(BounceAnalysis& message, int index, qsizetype textBase);
// the warnings when an mbox or an input had more than kMaxMessages or kMaxRecipients.
QString mboxCapWarning();
QString recipientCapWarning();

} // namespace rebound::bounce
