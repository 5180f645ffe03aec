#include "ui/diagnosisview.h"

#include "ui/causecard.h"

#include <QJsonObject>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rebound::ui {

namespace {

QString verdictText(std::optional<diagnosis::Verdict> verdict, bool running, bool hasCauses) {
    using diagnosis::Verdict;
    if (running)
        return hasCauses ? DiagnosisView::tr("Checking… the most likely causes so far:")
                         : DiagnosisView::tr("Checking… causes appear here as the checks finish.");
    if (verdict == Verdict::InputRefused)
        return DiagnosisView::tr("The input was refused, so nothing in it was analysed and nothing is concluded. "
                           "The Bounce tab says why.");
    if (verdict == Verdict::NothingRecognised)
        return DiagnosisView::tr("No bounce, SMTP reply or log line was recognised in the input, so nothing is "
                           "concluded from it.");
    if (verdict == Verdict::ProblemFound)
        return DiagnosisView::tr("Problem found. Most likely cause first:");
    if (verdict == Verdict::Incomplete)
        return DiagnosisView::tr("Some checks could not run, so this answer may be incomplete.");
    if (verdict == Verdict::NoProblemFound)
        return DiagnosisView::tr("No problem found by the checks that ran.");
    if (verdict == Verdict::NotChecked)
        return DiagnosisView::tr("Nothing was checked.");
    return DiagnosisView::tr("Paste a bounce, an IP address or a domain above and press Diagnose (Ctrl+Return).");
}

} // namespace

DiagnosisView::DiagnosisView(QWidget* parent)
    : QScrollArea(parent)
    , m_verdict(new QLabel)
    , m_cardsHost(new QWidget)
    , m_cardsLayout(new QVBoxLayout(m_cardsHost)) {
    setObjectName(u"diagnosisView"_s);
    setAccessibleName(tr("Diagnosis"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    m_verdict->setObjectName(u"verdict"_s);
    m_verdict->setTextFormat(Qt::PlainText);
    m_verdict->setWordWrap(true);
    QFont font = m_verdict->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_verdict->setFont(font);
    m_cardsLayout->addWidget(m_verdict);
    m_cardsLayout->addStretch();
    setWidget(m_cardsHost);
    clear();
}

void DiagnosisView::clear() {
    setDiagnosis({}, std::nullopt, false);
}

QList<CauseCard*> DiagnosisView::cards() const {
    return m_cardsHost->findChildren<CauseCard*>(Qt::FindDirectChildrenOnly);
}

void DiagnosisView::setDiagnosis(const QJsonArray& causes, std::optional<diagnosis::Verdict> verdict,
                                 bool running) {
    m_verdict->setText(verdictText(verdict, running, !causes.isEmpty()));
    if (causes == m_shown && (!causes.isEmpty() || cards().isEmpty()))
        return;
    m_shown = causes;
    for (CauseCard* card : cards()) {
        card->setParent(nullptr); // out of cards() at once; deleted when control returns to the loop
        card->deleteLater();
    }
    int rank = 0;
    for (const QJsonValue& cause : causes) {
        auto* card = new CauseCard(cause.toObject(), ++rank, m_cardsHost);
        connect(card, &CauseCard::bounceSpanRequested, this, &DiagnosisView::bounceSpanRequested);
        m_cardsLayout->insertWidget(m_cardsLayout->count() - 1, card);
    }
}

} // namespace rebound::ui
