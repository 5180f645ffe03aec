// How severities and check states look: always an icon AND a word, never colour alone.
#pragma once

#include <QIcon>
#include <QJsonValue>
#include <QString>

class QStandardItem;

namespace rebound::ui {

// severity: "critical", "error", "warning", "info" (anything else reads as "info").
QIcon severityIcon(const QString& severity);
QString severityText(const QString& severity);
int severityRank(const QString& severity); // 0 critical ... 3 info, for sorting

// state: "pending", "running", "done", "failed", "skipped", "cancelled".
QIcon checkStateIcon(const QString& state);
QString checkStateText(const QString& state);

// Untrusted text for a tool tip: tool tips guess rich text, so it is escaped and wrapped as HTML.
QString plainToolTip(const QString& text);

// A read-only cell of untrusted text for a QStandardItemModel: controls escaped, bounded, the
// whole text in its tool tip.
QStandardItem* readOnlyItem(const QString& text);

// Any JSON value as one readable line: arrays joined with ", ", objects as "key: value; ...",
// booleans as yes/no, null/undefined as empty. Control characters escaped, cut at maxChars.
QString jsonText(const QJsonValue& value, qsizetype maxChars = 2000);

// actor of a step: "you", "provider", "recipient".
QString actorText(const QString& actor);

} // namespace rebound::ui
