#pragma once

#include <QString>

// Escaping untrusted text for each export format. Every string from a session goes through one of these.
namespace rebound::report::escape {

// &, <, >, " and ' as entities: safe in element content and in double-quoted attributes.
QString html(const QString& text);
// Backslash before every ASCII punctuation character CommonMark could act on, newlines as spaces: the
// text reads the same and nothing in it becomes markup, a link, an image or raw HTML.
QString markdown(const QString& text);
// A fence of backticks longer than any run of backticks in text (at least minimum long).
QString backtickFence(const QString& text, int minimum = 3);
// `text` as a Markdown code span that survives backticks inside.
QString markdownCodeSpan(const QString& text);

// The glyph that stands for a severity in text formats (always shown with the word).
QString severityGlyph(const QString& severity);

} // namespace rebound::report::escape
