// One ranked cause as a card: severity (icon and word), title, summary, evidence, ordered steps with
// who acts, what not to do, recovery time and the pages to open. Everything is shown as plain text.
#pragma once

#include <QFrame>
#include <QJsonObject>

class QVBoxLayout;

namespace rebound::ui {

class CauseCard final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CauseCard)

public:
    explicit CauseCard(const QJsonObject& cause, int rank, QWidget* parent = nullptr);

    QString title() const { return m_title; }

signals:
    // The user clicked the evidence; offset/length index the bounce text.
    void bounceSpanRequested(qint64 offset, qint64 length);

private:
    void addHeader(const QJsonObject& cause, int rank);
    void addEvidence(const QJsonArray& evidence);
    void addSteps(const QJsonArray& steps);
    void addList(const QString& heading, const QJsonArray& items);
    void addLinks(const QJsonArray& links);
    QWidget* linkButton(const QJsonObject& link);

    QVBoxLayout* m_layout = nullptr;
    QString m_title;
};

} // namespace rebound::ui
