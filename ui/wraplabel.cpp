#include "ui/wraplabel.h"

#include <QTextDocument>

namespace rebound::ui {

WrapLabel::WrapLabel(const QString& plainText, QWidget* parent)
    : QTextEdit(parent) {
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setLineWrapMode(QTextEdit::WidgetWidth);
    viewport()->setAutoFillBackground(false);
    setAutoFillBackground(false);
    document()->setDocumentMargin(0);
    setPlainText(plainText); // never rich text: the value is untrusted
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(document(), &QTextDocument::contentsChanged, this, &QWidget::updateGeometry);
}

int WrapLabel::textHeight() const {
    return int(document()->size().height()) + 2 * frameWidth();
}

QSize WrapLabel::sizeHint() const {
    return {QTextEdit::sizeHint().width(), textHeight()};
}

QSize WrapLabel::minimumSizeHint() const {
    return {fontMetrics().averageCharWidth() * 8, textHeight()};
}

void WrapLabel::resizeEvent(QResizeEvent* event) {
    QTextEdit::resizeEvent(event);
    // The width decides the wrapping, the wrapping the height.
    if (height() != textHeight())
        updateGeometry();
}

} // namespace rebound::ui
