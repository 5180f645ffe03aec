// The bounce as received, with the evidence spans highlighted, beside the fields extracted from it.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>

class QPlainTextEdit;
class QScrollArea;
class QVBoxLayout;

namespace rebound::ui {

class BounceView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BounceView)

public:
    explicit BounceView(QWidget* parent = nullptr);

    // bounce: the session's "bounce" object; causes: its "diagnosis" array (evidence from the bounce
    // is highlighted too); fallbackText: the input, when the analysis carries no text.
    void setBounce(const QJsonObject& bounce, const QJsonArray& causes, const QString& fallbackText);
    void clear();
    void showSpan(qint64 offset, qint64 length);

    int highlightCount() const;

private:
    void fillFields(const QJsonObject& bounce);
    QWidget* otherRecipientsSummary(const QJsonArray& recipients, int shown, QWidget* parent) const;
    void showText(const QString& text);
    void updateHighlights();

    QPlainTextEdit* m_text = nullptr;
    QScrollArea* m_fieldsArea = nullptr;
    QWidget* m_fields = nullptr;
    QJsonObject m_bounce;
    QJsonArray m_causes;
    int m_textGeneration = 0; // which text a document being made on a worker is for
    bool m_loading = false;
    QString m_shownText; // compared instead of the document, which would be copied out each time
};

} // namespace rebound::ui
