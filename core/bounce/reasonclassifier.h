#pragma once

#include "core/bounce/bounceknowledge.h"

#include <QString>

namespace rebound::bounce {

struct ReasonInput {
    QString flat;   // the recipient's flattened diagnostic
    QString status; // enhanced status, may be empty
    int replyCode = 0;
    QString command;        // CONN, EHLO, MAIL, RCPT, DATA or empty
    QString action;         // failed, delayed, ...
    QString diagnosticType; // smtp, x-unix, ...
    QString providerReason; // reason that a provider's own code names, may be empty
};

struct ReasonResult {
    QString reason;
    QString basis; // "provider_code", "text", "status", "status_class", "command", "action", "reply_code",
                   // "fallback"
    qsizetype start = -1; // the phrase in flat that decided, when basis is "text"
    qsizetype end = -1;
};

// Names the reason. Order of evidence: a provider's own code, the text (stronger than the code: a
// 5.1.1 that says "too many recipients" is not userunknown), the exact status, the SMTP command, the
// action, the reply code (reasons.json reply_codes), the status class; "onhold" when there is a diagnostic
// but nothing decides, else "undefined".
ReasonResult classifyReason(const BounceKnowledge& k, const ReasonInput& input);

bool isHardBounce(const BounceKnowledge& k, const QString& reason, const QString& status, int replyCode);

} // namespace rebound::bounce
