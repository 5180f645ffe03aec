// The one vocabulary for a list's state, shared by every output: the GUI tables and summaries, the CLI
// text, the Markdown, HTML and PDF reports and the diagnosis evidence all say the same words and count
// the same way. The JSON keeps its "status" values (listed, clean, refused, unknown, broken,
// unavailable, skipped); this is what people read for them.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace rebound::blocklist {

// The state a person reads: "Listed", "Not listed", "Refused" (the list refused this resolver or key),
// "Could not check" (unknown, broken, unavailable), "Not asked" (skipped: key needed, not for this
// address family, defunct). Translated in the "rebound::blocklist" context.
QString listStateWords(const QString& status);
// The same with why, when it is not a listing or a clean answer: "Could not check: no usable answer
// (timeout)", "Refused: the DNS server refused the query (REFUSED)", "Not asked: needs a key".
QString listStateText(const QString& status, const QString& reason);
QString listStateText(const QJsonObject& entry);

// Only a listing has a meaning: any other answer's codes and meanings say nothing about the address.
bool showsMeaning(const QString& status);

// Sort rank: listed 0, refused or could not check 1, not listed 2, not asked 3.
int listStateRank(const QString& status);
// refused, unknown, broken, unavailable: no usable answer (never "clean"). Skipped is not counted here.
bool isCouldNotCheck(const QString& status);

struct ListStateCounts {
    int listed = 0;
    int clean = 0;
    int couldNotCheck = 0; // refused included
    int notAsked = 0;      // skipped
    int total() const { return listed + clean + couldNotCheck + notAsked; }
};
ListStateCounts countListStates(const QJsonArray& entries);
// "2 listed, 3 could not be checked (not counted as clean), 40 not listed, 5 not asked."
QString listStateSummary(const ListStateCounts& counts);

} // namespace rebound::blocklist
