#pragma once

#include "core/bounce/bounceanalysis.h"
#include "core/bounce/bounceknowledge.h"
#include "core/bounce/textslice.h"

namespace rebound::bounce {

// Where a recipient's facts are read from.
struct FactSources {
    TextSlice own; // the recipient's own diagnostic (Diagnostic-Code, its block of lines, a log line)
    // How much of own.flat() is the structured Diagnostic-Code (the rest is prose about the recipient):
    // only a code in there may replace the Status: field.
    qsizetype diagnosticCodeLength = -1;
    TextSlice context; // the bounce's general error text, read only for what `own` does not say
    // The context speaks of several recipients: read only the reason from it, never codes or commands.
    bool contextShared = false;
};

// Fills reply code, status (when not set), command, remote MTA and IP, sender IP, blocklists,
// provider and provider code, diagnostic, reason and hard/soft of a recipient whose recipient, action,
// status, remote/reporting MTA and diagnostic type may already be set from structured fields. Evidence
// spans are offsets of the analysed text (the slices' own offsets).
void fillRecipientFacts(const BounceKnowledge& k, BounceRecipient& recipient, const FactSources& sources);

} // namespace rebound::bounce
