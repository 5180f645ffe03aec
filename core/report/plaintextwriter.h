#pragma once

#include "core/report/reportdocument.h"

#include <QString>

namespace rebound::report {

// Plain text for e-mail bodies and terminals: no markup at all, severities as a glyph and a word.
QString toPlainText(const ReportDocument& document);

enum class PlainTextStyle {
    Document,   // sub-headings underlined, a blank line after every block
    DetailView, // the desktop app's detail tabs: a sub-heading is a rule line with the content under it
};

// Only the sections, without title and footer (titles in capitals when there are several).
QString toPlainText(const QList<Section>& sections, PlainTextStyle style = PlainTextStyle::Document);

} // namespace rebound::report
