// How severities and check states look: always an icon AND a word, never colour alone.
#pragma once

#include "core/diagnosis/causetypes.h"
#include "core/diagnosis/checktask.h"
#include "core/util/finding.h"

#include <QIcon>
#include <QJsonValue>
#include <QString>

class QStandardItem;

namespace rebound::ui {

QIcon severityIcon(Severity severity);
QString severityText(Severity severity);

QIcon checkStateIcon(diagnosis::CheckState state);
QString checkStateText(diagnosis::CheckState state);

// Untrusted text for a tool tip: tool tips guess rich text, so it is escaped and wrapped as HTML.
QString plainToolTip(const QString& text);

// A read-only cell of untrusted text for a QStandardItemModel: controls escaped, bounded, the
// whole text in its tool tip.
QStandardItem* readOnlyItem(const QString& text);

// Any JSON value as one readable line: arrays joined with ", ", objects as "key: value; ...",
// booleans as yes/no, null/undefined as empty. Control characters escaped, cut at maxChars.
QString jsonText(const QJsonValue& value, qsizetype maxChars = 2000);

QString actorText(diagnosis::Actor actor);

} // namespace rebound::ui
