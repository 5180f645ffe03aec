// The answer on top: the verdict and the ranked causes as cards, most likely first.
#pragma once

#include "core/diagnosis/causetypes.h"

#include <QJsonArray>
#include <QScrollArea>

class QLabel;
class QVBoxLayout;

namespace rebound::ui {

class CauseCard;

class DiagnosisView final : public QScrollArea {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnosisView)

public:
    explicit DiagnosisView(QWidget* parent = nullptr);

    // verdict: the session's "verdict"; running: the run has not finished yet.
    // verdict: nullopt before the first run.
    void setDiagnosis(const QJsonArray& causes, std::optional<diagnosis::Verdict> verdict, bool running);
    void clear();

    QList<CauseCard*> cards() const;

signals:
    void bounceSpanRequested(qint64 offset, qint64 length);

private:
    QLabel* m_verdict = nullptr;
    QWidget* m_cardsHost = nullptr;
    QVBoxLayout* m_cardsLayout = nullptr;
    QJsonArray m_shown;
};

} // namespace rebound::ui
