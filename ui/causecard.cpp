#include "ui/causecard.h"

#include "core/report/reportwords.h"
#include "core/util/jsonutil.h"
#include "ui/linkopener.h"
#include "ui/presentation.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rebound::ui {

namespace {

constexpr qsizetype kMaxShown = 2000;
// A cause found in 3,000 bounces of an mbox has 3,000 evidence items: a card shows the first ones.
constexpr qsizetype kMaxEvidenceItems = 12;

QLabel* plainLabel(const QString& text, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // untrusted: never interpreted as rich text
    label->setText(util::escapeControls(text, kMaxShown));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel* headingLabel(const QString& text, QWidget* parent) {
    QLabel* label = plainLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

CauseCard::CauseCard(const QJsonObject& cause, int rank, QWidget* parent)
    : QFrame(parent)
    , m_layout(new QVBoxLayout(this))
    , m_title(cause[u"title"].toString(tr("Unnamed cause"))) {
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setObjectName(u"causeCard"_s);
    setAccessibleName(tr("Cause %1: %2").arg(rank).arg(m_title));
    m_layout->setSpacing(6);
    addHeader(cause, rank);
    addEvidence(cause[u"evidence"].toArray());
    addList(tr("Against the alternatives"), cause[u"against"].toArray());
    addSteps(cause[u"steps"].toArray());
    addList(tr("Do not"), cause[u"dont"].toArray());
    const QString recovery = cause[u"recovery"].toString();
    if (!recovery.isEmpty())
        m_layout->addWidget(plainLabel(tr("Recovery: %1").arg(recovery), this));
    addLinks(cause[u"links"].toArray());
}

void CauseCard::addHeader(const QJsonObject& cause, int rank) {
    const Severity severity = severityFromName(cause[u"severity"].toString());
    auto* row = new QHBoxLayout;
    auto* icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_LargeIconSize);
    icon->setPixmap(severityIcon(severity).pixmap(QSize(size, size), devicePixelRatioF()));
    icon->setAccessibleName(severityText(severity));
    row->addWidget(icon, 0, Qt::AlignTop);

    auto* titles = new QVBoxLayout;
    QLabel* title = headingLabel(tr("%1. %2").arg(rank).arg(m_title), this);
    title->setObjectName(u"causeTitle"_s);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    title->setFont(font);
    titles->addWidget(title);

    QString meta = severityText(severity);
    if (cause.contains(u"confidence"))
        meta += u" · "_s + report::words::confidence(cause);
    titles->addWidget(plainLabel(meta, this));
    row->addLayout(titles, 1);
    m_layout->addLayout(row);

    const QString summary = cause[u"summary"].toString();
    if (!summary.isEmpty())
        m_layout->addWidget(plainLabel(summary, this));
    const QString note = cause[u"confidence_note"].toString();
    if (!note.isEmpty())
        m_layout->addWidget(plainLabel(tr("Why not certain: %1").arg(note), this));
}

void CauseCard::addEvidence(const QJsonArray& evidence) {
    if (evidence.isEmpty())
        return;
    m_layout->addWidget(headingLabel(tr("Evidence"), this));
    for (qsizetype i = 0; i < std::min(evidence.size(), kMaxEvidenceItems); ++i) {
        const QJsonObject item = evidence.at(i).toObject();
        const QString source = item[u"source"].toString();
        const QString text = item[u"text"].toString();
        if (diagnosis::evidenceSourceFromName(source) == diagnosis::EvidenceSource::Bounce
            && item[u"offset"].toInteger(-1) >= 0) {
            // A span of the bounce: a flat button that shows it highlighted in the Bounce tab.
            auto* button = new QPushButton(this);
            button->setFlat(true);
            button->setText(u"• "_s + util::escapeControls(text, 300).replace(u'&', u"&&"_s));
            button->setToolTip(tr("Show in the bounce"));
            const qint64 offset = item[u"offset"].toInteger();
            const qint64 length = item[u"length"].toInteger();
            connect(button, &QPushButton::clicked, this,
                    [this, offset, length] { emit bounceSpanRequested(offset, length); });
            // Left-aligned at its own width; no style sheet, so it follows palette changes (dark mode).
            m_layout->addWidget(button, 0, Qt::AlignLeft);
        } else {
            const QString prefix = source.isEmpty() ? QString() : u"["_s + source + u"] "_s;
            m_layout->addWidget(plainLabel(u"• "_s + prefix + text, this));
        }
    }
    if (evidence.size() > kMaxEvidenceItems)
        m_layout->addWidget(plainLabel(
            tr("…and %n more item(s) of evidence (all in the Raw DNS evidence tab and the exports).", nullptr,
               int(evidence.size() - kMaxEvidenceItems)),
            this));
}

void CauseCard::addSteps(const QJsonArray& steps) {
    if (steps.isEmpty())
        return;
    m_layout->addWidget(headingLabel(tr("What to do, in order"), this));
    int number = 0;
    for (const QJsonValue& value : steps) {
        const QJsonObject step = value.toObject();
        ++number;
        m_layout->addWidget(plainLabel(tr("%1. %2: %3")
                                           .arg(number)
                                           .arg(actorText(diagnosis::parseActor(step[u"actor"].toString())
                                                              .value_or(diagnosis::Actor::Unknown)),
                                                step[u"text"].toString()),
                                       this));
        const QJsonArray links = step[u"links"].toArray();
        if (!links.isEmpty()) {
            auto* row = new QHBoxLayout;
            row->addSpacing(24);
            for (const QJsonValue& link : links)
                row->addWidget(linkButton(link.toObject()));
            row->addStretch();
            m_layout->addLayout(row);
        }
    }
}

void CauseCard::addList(const QString& heading, const QJsonArray& items) {
    if (items.isEmpty())
        return;
    m_layout->addWidget(headingLabel(heading, this));
    for (const QJsonValue& item : items)
        m_layout->addWidget(plainLabel(u"• "_s + item.toString(), this));
}

void CauseCard::addLinks(const QJsonArray& links) {
    if (links.isEmpty())
        return;
    auto* row = new QHBoxLayout;
    for (const QJsonValue& link : links)
        row->addWidget(linkButton(link.toObject()));
    row->addStretch();
    m_layout->addLayout(row);
}

QWidget* CauseCard::linkButton(const QJsonObject& link) {
    const QString url = link[u"url"].toString();
    const QString title = link[u"title"].toString(url);
    auto* button = new QPushButton(this);
    button->setText(util::escapeControls(title, 120).replace(u'&', u"&&"_s) + u" ↗"_s);
    button->setToolTip(plainToolTip(util::escapeControls(url, 2000)));
    button->setAccessibleName(tr("Open %1").arg(title));
    button->setAccessibleDescription(url);
    button->setAutoDefault(false);
    connect(button, &QPushButton::clicked, this,
            [this, title, url] { LinkOpener::confirmAndOpen(this, title, url); });
    return button;
}

} // namespace rebound::ui
