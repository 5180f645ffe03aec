#include "ui/plaindocument.h"

#include <QFont>
#include <QPlainTextDocumentLayout>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextDocument>

namespace rebound::ui {

QTextDocument* makePlainDocument(const QString& text, const QFont& font, bool undo, QThread* owner) {
    auto* document = new QTextDocument;
    document->setUndoRedoEnabled(false); // filling it is not an edit anyone undoes
    document->setDefaultFont(font);
    document->setPlainText(text);
    document->setUndoRedoEnabled(undo);
    // Each block's QTextLayout is made here rather than by the edit's first relayout, which makes one
    // per block on the UI thread (100,000 for a 5 MB mbox, most of the hand-over's cost).
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        block.layout();
    if (owner)
        document->moveToThread(owner);
    return document;
}

void showDocument(QPlainTextEdit* edit, QTextDocument* document, QObject* owner) {
    // The edit needs its own layout class; it lays out lazily, so this is quick even for megabytes.
    document->setDocumentLayout(new QPlainTextDocumentLayout(document));
    document->setParent(owner);
    // Asked before the swap: the edit deletes its own first document when it lets go of it.
    QTextDocument* previous = edit->document();
    const bool ownedByOwner = previous && previous->parent() == owner;
    edit->setExtraSelections({}); // they point into the previous document
    edit->setDocument(document);
    if (ownedByOwner)
        delete previous;
}

} // namespace rebound::ui
