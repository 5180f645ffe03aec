#pragma once

#include "core/report/reportdocument.h"

#include <QString>

namespace rebound::report {

// Plain text for e-mail bodies and terminals: no markup at all, severities as a glyph and a word.
QString toPlainText(const ReportDocument& document);
// Only the sections, without title and footer (titles in capitals when there are several).
QString toPlainText(const QList<Section>& sections);

} // namespace rebound::report
