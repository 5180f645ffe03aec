#pragma once

#include <QImage>
#include <QString>

namespace rebound::pdf {

// A small drawn icon for a severity ("critical", "error", "warning", "info", "ok", anything else:
// unknown). Shapes differ as well as colours, so the report reads in black and white too.
QImage severityIcon(const QString& severity, int pixels = 64);

} // namespace rebound::pdf
