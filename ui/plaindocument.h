// Megabytes of text in a QPlainTextEdit without stalling the window: the document is filled on a
// worker (inserting the 5 MB of an mbox takes a quarter of a second) and handed to the edit when
// ready; QPlainTextDocumentLayout then lays out only what is shown.
#pragma once

#include <QtGlobal>

class QFont;
class QObject;
class QPlainTextEdit;
class QString;
class QTextDocument;
class QThread;

namespace rebound::ui {

// Texts up to this many characters are simply set: a worker round trip is not worth it.
inline constexpr qsizetype kBackgroundTextChars = 256 * 1024;

// A plain-text document holding text (plain: nothing in it is ever interpreted). May be called on any
// thread; the document is then handed to `owner`, the thread of the edit that will show it.
QTextDocument* makePlainDocument(const QString& text, const QFont& font, bool undo, QThread* owner);

// Shows a document from makePlainDocument in edit. `owner` becomes its parent; the edit's previous
// document is deleted if owner owned it too (the edit's own first document is the edit's business).
void showDocument(QPlainTextEdit* edit, QTextDocument* document, QObject* owner);

} // namespace rebound::ui
