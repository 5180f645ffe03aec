// A read-only text that wraps anywhere a line must break, long tokens (URLs, reply lines without
// spaces) included, and is as tall as its text: what a QLabel cannot do without clipping.
#pragma once

#include <QTextEdit>

namespace rebound::ui {

class WrapLabel final : public QTextEdit {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WrapLabel)

public:
    explicit WrapLabel(const QString& plainText, QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    int textHeight() const;
};

} // namespace rebound::ui
