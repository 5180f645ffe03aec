#include "ui/bounceview.h"

#include "core/bounce/bounceknowledge.h"
#include "core/util/jsonutil.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QTextBlock>
#include <QVBoxLayout>

namespace rebound::ui {

namespace {
// Each mark is drawn on every repaint; an mbox of 3,000 bounces has 40,000 spans.
constexpr qsizetype kMaxHighlights = 2000;
// The field boxes are rebuilt on each update of a run; an mbox of 3,000 bounces would make 30,000 labels.
constexpr int kMaxRecipientsShown = 50;
} // namespace

namespace {

// The fields shown for each recipient, in order: JSON key and label.
struct Field {
    const char16_t* key;
    const char* label;
};
constexpr Field kFields[] = {
    {u"reply_code", QT_TRANSLATE_NOOP("rebound::ui::BounceView", "Reply code")},
    {u"status", QT_TRANSLATE_NOOP("rebound::ui::BounceView", "Enhanced status")},
    {u"reason", QT_TRANSLATE_NOOP("rebound::ui::BounceView", "Reason")},
    {u"hard_bounce", QT_TRANSLATE_NOOP("rebound::ui::BounceView", "Permanent")},
    {u"sender_ip", QT_TRANSLATE_NOOP("rebound::ui::BounceView", "Sending IP")},
    {u"remote_mta", QT_TRANSLATE_NOOP("rebound::ui::BounceView", "Refusing server")},
    {u"blocklists", QT_TRANSLATE_NOOP("rebound::ui::BounceView", "Blocklists named")},
    {u"provider", QT_TRANSLATE_NOOP("rebound::ui::BounceView", "Provider")},
    {u"provider_code", QT_TRANSLATE_NOOP("rebound::ui::BounceView", "Provider code")},
    {u"diagnostic", QT_TRANSLATE_NOOP("rebound::ui::BounceView", "Server's words")},
};

QString fieldText(const QJsonValue& value) {
    if (value.isBool())
        return value.toBool() ? QObject::tr("yes, retrying will not help")
                              : QObject::tr("no, may succeed later");
    if (value.isDouble())
        return value.toInteger() == 0 ? QString() : QString::number(value.toInteger());
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue& part : value.toArray())
            parts << part.toString();
        return parts.join(u", "_qs);
    }
    return value.toString();
}

} // namespace

BounceView::BounceView(QWidget* parent)
    : QWidget(parent)
    , m_text(new QPlainTextEdit(this))
    , m_fieldsArea(new QScrollArea(this)) {
    setObjectName(u"bounceView"_qs);
    m_text->setObjectName(u"bounceText"_qs);
    m_text->setReadOnly(true);
    m_text->setAccessibleName(tr("Bounce text"));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setFont(QFont(u"monospace"_qs));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_fieldsArea->setWidgetResizable(true);
    m_fieldsArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_fieldsArea->setAccessibleName(tr("Fields found in the bounce"));

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"bounceSplitter"_qs);
    splitter->addWidget(m_text);
    splitter->addWidget(m_fieldsArea);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    clear();
}

void BounceView::clear() {
    setBounce({}, {}, {});
}

void BounceView::setBounce(const QJsonObject& bounce, const QJsonArray& causes, const QString& fallbackText) {
    m_bounce = bounce;
    const QString text = bounce[u"text"].toString(fallbackText);
    if (m_shownText != text) {
        m_shownText = text;
        m_text->setPlainText(text); // plain text: nothing in a bounce is ever interpreted
    }

    // Highlight with the palette's highlight, underlined, so it reads without colour too.
    QTextCharFormat format;
    QColor background = palette().color(QPalette::Highlight);
    background.setAlpha(70);
    format.setBackground(background);
    format.setFontUnderline(true);
    QList<QTextEdit::ExtraSelection> selections;
    const qint64 size = text.size();
    auto addSpan = [&](qint64 offset, qint64 length) {
        if (offset < 0 || length <= 0 || offset >= size || selections.size() >= kMaxHighlights)
            return;
        QTextCursor cursor(m_text->document());
        cursor.setPosition(int(offset));
        cursor.setPosition(int(std::min(size, offset + length)), QTextCursor::KeepAnchor);
        selections.append({cursor, format});
    };
    // The causes' evidence first: with thousands of bounces in an mbox only the first spans are marked.
    for (const QJsonValue& cause : causes)
        for (const QJsonValue& evidence : cause[u"evidence"].toArray())
            if (evidence[u"source"].toString() == u"bounce"_qs)
                addSpan(evidence[u"offset"].toInteger(-1), evidence[u"length"].toInteger());
    for (const QJsonValue& recipient : bounce[u"recipients"].toArray())
        for (const QJsonValue& span : recipient[u"evidence"].toArray())
            addSpan(span[u"offset"].toInteger(-1), span[u"length"].toInteger());
    m_text->setExtraSelections(selections);
    fillFields(bounce);
}

int BounceView::highlightCount() const {
    return int(m_text->extraSelections().size());
}

void BounceView::showSpan(qint64 offset, qint64 length) {
    const qint64 size = m_text->document()->characterCount() - 1;
    if (offset < 0 || offset > size)
        return;
    QTextCursor cursor(m_text->document());
    cursor.setPosition(int(offset));
    cursor.setPosition(int(std::min(size, offset + std::max<qint64>(0, length))), QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
    m_text->ensureCursorVisible();
    m_text->setFocus();
}

void BounceView::fillFields(const QJsonObject& bounce) {
    auto* fields = new QWidget;
    auto* layout = new QVBoxLayout(fields);
    const QJsonArray recipients = bounce[u"recipients"].toArray();
    if (recipients.isEmpty()) {
        auto* none = new QLabel(bounce.isEmpty() ? tr("Not a bounce, or not analysed yet.")
                                                 : tr("No recipient could be read from this bounce."));
        none->setWordWrap(true);
        layout->addWidget(none);
    }
    int number = 0;
    for (const QJsonValue& value : recipients) {
        if (number == kMaxRecipientsShown) {
            auto* more =
                new QLabel(tr("…and %n more recipient(s): all are in the Raw DNS evidence tab and the "
                              "exports.",
                              nullptr, int(recipients.size()) - number));
            more->setWordWrap(true);
            layout->addWidget(more);
            break;
        }
        const QJsonObject recipient = value.toObject();
        auto* group = new QGroupBox(fields);
        group->setTitle(tr("Recipient %1: %2")
                            .arg(++number)
                            .arg(util::escapeControls(recipient[u"recipient"].toString(tr("unknown")), 200)));
        auto* form = new QFormLayout(group);
        for (const Field& field : kFields) {
            const bool isReason = QStringView(field.key) == u"reason";
            const QString value = fieldText(recipient[QString::fromUtf16(field.key)]);
            if (value.isEmpty())
                continue;
            // The reason as a person reads it; Sisimai's name (what the JSON holds) in the tooltip.
            const QString text = isReason ? bounce::reasonLabel(value) : value;
            auto* label = new QLabel(group);
            label->setTextFormat(Qt::PlainText);
            label->setText(util::escapeControls(text, 2000));
            if (isReason)
                label->setToolTip(util::escapeControls(value, 100));
            label->setWordWrap(true);
            label->setTextInteractionFlags(Qt::TextSelectableByMouse);
            form->addRow(tr(field.label), label);
        }
        layout->addWidget(group);
    }
    const QJsonArray warnings = bounce[u"warnings"].toArray();
    for (const QJsonValue& warning : warnings) {
        auto* label = new QLabel(fields);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setText(tr("Note: %1").arg(util::escapeControls(warning.toString(), 500)));
        layout->addWidget(label);
    }
    layout->addStretch();
    m_fieldsArea->setWidget(fields); // deletes the previous one
}

} // namespace rebound::ui
