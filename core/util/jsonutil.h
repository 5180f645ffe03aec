// core/util owns small helpers every module shares: JSON conversion and making untrusted bytes safe
// to show.
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QString>
#include <QStringList>

namespace rebound::util {

QJsonArray toJsonArray(const QStringList& list);

// Untrusted bytes (TXT strings, banners, bounce text) as readable text: valid UTF-8 is kept, control
// characters and invalid bytes become \DDD escapes, and the result is cut at maxChars with "…".
QString escapeUntrusted(const QByteArray& bytes, qsizetype maxChars = 4096);

// The same for text already decoded: control characters other than tab become \uXXXX escapes.
QString escapeControls(const QString& text, qsizetype maxChars = 4096);

} // namespace rebound::util
