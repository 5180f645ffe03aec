#pragma once

#include "core/blocklist/blocklistentry.h"
#include "core/blocklist/liststatus.h"

#include <QString>
#include <QStringList>

namespace rebound::blocklist {

// The verdict of one list for one IP or domain, with everything a person needs to act on it.
// Plain value. txt holds the list's TXT strings escaped (untrusted text from the network).
struct ListResult {
    QString id;
    QString name;
    QString zone;  // as shown (a DQS key is never shown)
    QString query; // the DNS name asked, key removed
    ListKind kind = ListKind::Blocklist;
    ListStatus status = ListStatus::Skipped;
    QStringList codes;            // A records, dotted
    QStringList meanings;         // one per code
    QStringList txt;              // escaped TXT strings, listed entries only
    QString reason;               // why, when not listed or clean
    QString remedy;               // what to do when refused or unavailable
    Impact impact = Impact::None; // likely impact when listed; none otherwise
    QString impactReason;
    QString lookupUrl;
    QString removalUrl;
    QStringList delisting;
    QString delistingNote;
    bool testPassed = false;                       // the list's test points answered correctly in this run
    ListHealth listHealth = ListHealth::Answering; // what the run learnt about the list as a whole
    qint64 elapsedMs = 0;

    QString meaning() const { return meanings.join(QStringLiteral("; ")); }
};

} // namespace rebound::blocklist
