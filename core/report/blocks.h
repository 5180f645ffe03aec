#pragma once

#include "core/report/reportdocument.h"

#include <QJsonObject>

// Small constructors for report blocks, so the section builders read like the report.
namespace rebound::report::blocks {

Block heading(const QString& text, int level = 2, const QString& severity = {});
Block paragraph(const RichText& text);
Block paragraph(const QString& text);
Block callout(const QString& severity, const RichText& text);
// A check whose state is not done: a warning with its state and its note (whenNoNote when it has none).
Block notDoneCallout(const QJsonObject& check, const QString& whenNoNote = {});
Block bullets(const QList<RichText>& items);
Block numbered(const QList<RichText>& items);
Block table(const QList<RichText>& header, const QList<QList<RichText>>& rows,
            const QList<int>& percents = {});
Block keyValues(const QList<QList<RichText>>& rows);
// Literal text (a bounce, a transcript): carriage returns dropped, control characters other than tab
// and newline shown as \uXXXX, cut after maxChars with a note; mark offsets follow the changes, marks
// outside the text are dropped, overlapping ones merged into the first, and each covers at most 2,000
// characters.
Block literal(const QString& text, QList<Mark> marks = {}, qsizetype maxChars = 200'000);

// One line of untrusted text for a table cell or a paragraph: controls escaped, bounded.
QString oneLine(const QString& text, qsizetype maxChars = 2000);

// Runs for "icon + word".
RichText severityText(const QString& severity, const QString& word);
// A field/value row; an empty value reads "not checked".
QList<RichText> row(const QString& field, const RichText& value);
QList<RichText> row(const QString& field, const QString& value);

} // namespace rebound::report::blocks
