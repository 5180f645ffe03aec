// core/util owns small helpers every module shares: JSON conversion and making untrusted bytes safe
// to show.
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace rebound::util {

QJsonArray toJsonArray(const QStringList& list);
// A string as a one-item list, an array as its items' strings, anything else as an empty list.
QStringList toStringList(const QJsonValue& value);

// A code point that must never reach a terminal, a widget or an export raw when it comes from untrusted
// text: C0 controls, DEL, C1 controls (U+0080-U+009F, which some terminals read as CSI/OSC) and the
// bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) that reorder what
// is shown ("Trojan Source"). Tab and line ends are decided by the caller.
bool isUnsafeCodePoint(char32_t codePoint);

// Untrusted bytes (TXT strings, banners, bounce text) as readable text: valid UTF-8 is kept, control
// characters and invalid bytes become \DDD escapes, C1 controls and bidi overrides \uXXXX escapes, and
// the result is cut at maxChars with "…".
QString escapeUntrusted(const QByteArray& bytes, qsizetype maxChars = 4096);

// The same for text already decoded: every unsafe code point other than tab becomes a \uXXXX escape.
QString escapeControls(const QString& text, qsizetype maxChars = 4096);

// The text with each bidi embedding, override and isolate (U+202A-U+202E, U+2066-U+2069) replaced by
// U+FFFD, one character for one, so that offsets into it still hold: for views of untrusted text whose
// spans are marked (the bounce text), where a "\uXXXX" escape would shift them.
QString neutraliseBidi(const QString& text);

// UTF-8 text (a terminal's output, a JSON document) with every unsafe code point other than line feed and
// tab replaced by the six characters \uXXXX. Raw control characters cannot stand outside JSON strings and
// inside one \uXXXX is the same character, so a JSON document keeps its meaning while no byte of it can
// drive a terminal or reorder a line when shown.
QByteArray neutraliseUnsafeUtf8(const QByteArray& utf8);

} // namespace rebound::util
