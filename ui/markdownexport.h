// The diagnosis as Markdown for pasting into a ticket or a chat: verdict, causes with evidence and
// ordered steps, and the links. Untrusted text is escaped so it cannot inject Markdown or HTML.
#pragma once

#include <QJsonObject>
#include <QString>

namespace rebound::ui {

QString diagnosisMarkdown(const QJsonObject& session);

// Backslash-escapes Markdown punctuation and HTML-escapes < > &, one line.
QString escapeMarkdown(const QString& text);

} // namespace rebound::ui
