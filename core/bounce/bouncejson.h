#pragma once

#include "core/bounce/bounceanalysis.h"

#include <QJsonObject>

namespace rebound::bounce {

// The versioned JSON form of an analysis (docs/bounce-json-schema.md).
inline constexpr int kBounceJsonVersion = 1;

QJsonObject toJson(const BounceAnalysis& analysis);
// The recipient's evidence points into a text of which `text` is the part from textBase on (one
// message of an mbox read message by message).
QJsonObject toJson(const BounceRecipient& recipient, const QString& text, qsizetype textBase = 0);

} // namespace rebound::bounce
