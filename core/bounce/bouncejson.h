#pragma once

#include "core/bounce/bounceanalysis.h"

#include <QJsonObject>

namespace rebound::bounce {

// The versioned JSON form of an analysis (docs/bounce-json-schema.md).
inline constexpr int kBounceJsonVersion = 1;

QJsonObject toJson(const BounceAnalysis& analysis);
QJsonObject toJson(const BounceRecipient& recipient, const QString& text);

} // namespace rebound::bounce
