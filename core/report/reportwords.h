#pragma once

#include "core/diagnosis/causetypes.h"
#include "core/diagnosis/checktask.h"
#include "core/report/reportdocument.h"
#include "core/util/finding.h"

#include <QJsonObject>
#include <QString>

// The words every report format shares: severities, verdicts, blocklist statuses, actors. Severity is
// always shown as an icon and a word, never colour alone.
namespace rebound::report::words {

QString tr(const char* text); // translated in the "rebound::report" context, else "rebound::report::words"

// The icon of a severity read from JSON: its name, "unknown" when it is none.
QString severityMark(std::optional<Severity> severity);
QString severity(const QString& mark);       // an icon's word: "Critical", "Error", "Warning", "Info", "OK"
QString verdict(diagnosis::Verdict verdict); // "Problem found", "Could not check everything", ...
QString verdictSeverity(diagnosis::Verdict verdict);
// What a cause's confidence is, from its basis: "verified by a live lookup" (a listing answered now:
// no percentage, it is not a guess), "inferred from the bounce text, confidence 72%", "inferred from the
// checks, confidence 55%"; a session without "basis" reads "confidence 72%".
QString confidence(diagnosis::CauseBasis basis, int percent);
QString confidence(const QJsonObject& cause);                   // the same, from the cause's JSON
QString checkState(std::optional<diagnosis::CheckState> state); // nullopt: "not checked"
QString actor(diagnosis::Actor actor); // "You", "Your ESP or host", "The recipient's admin"
// A field of a bounce recipient for a person ("Enhanced status"), from its key in the analysis JSON
// or an evidence span's "what" ("status"): the report and the bounce tab say the same words. An
// unknown name is shown as it is.
QString bounceField(const QString& key);

// Blocklist statuses: what the word is, which icon, and the sort rank (listed first, then
// could-not-check, then clean).
QString blocklistStatus(const QString& status);
QString blocklistSeverity(const QString& status);
int blocklistRank(const QString& status);

QString notChecked(); // what a missing value is called

// Only http and https URLs become clickable; anything else (javascript:, data:, file:) is text.
bool isSafeLink(const QString& url);

// A link run (clickable only when safe), optionally followed by the URL itself in muted text so a
// printed report shows where it goes.
RichText link(const QString& title, const QString& url, bool showUrl = true);
Run plain(const QString& text);
Run strong(const QString& text);
Run code(const QString& text);
Run muted(const QString& text);
Run icon(const QString& severity); // an icon run followed by nothing; writers add the word if asked

} // namespace rebound::report::words
