#pragma once

#include "core/bounce/bounceanalysis.h"

#include <QByteArray>
#include <QJsonObject>

namespace rebound::util {
class JsonWriter;
}

namespace rebound::bounce {

// The versioned JSON form of an analysis (docs/bounce-json-schema.md). writeJson() is its one
// definition: it writes the bytes QJsonDocument would give for the object, straight from the
// structs; toJson() reads those bytes back for callers that want a QJsonObject.
inline constexpr int kBounceJsonVersion = 1;

// The analysis as one object; `file`, when not empty, is a member too (which input it came from).
void writeJson(util::JsonWriter& json, const BounceAnalysis& analysis, const QString& file = {});
// One recipient's object. Its evidence points into a text of which `text` is the part from textBase
// on (one message of an mbox read message by message).
void writeJson(util::JsonWriter& json, const BounceRecipient& recipient, const QString& text,
               qsizetype textBase = 0);

// The whole document as QJsonDocument::toJson() writes the object (Indented ends with a newline,
// Compact does not).
QByteArray toJsonBytes(const BounceAnalysis& analysis, bool compact, const QString& file = {});
QJsonObject toJson(const BounceAnalysis& analysis);

} // namespace rebound::bounce
