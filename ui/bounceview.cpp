#include "ui/bounceview.h"

#include "core/bounce/bounceknowledge.h"
#include "core/report/reportwords.h"
#include "core/util/backgroundwork.h"
#include "core/util/jsonutil.h"
#include "ui/plaindocument.h"
#include "ui/presentation.h"
#include "ui/wraplabel.h"

#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rebound::ui {

namespace {

// Room for a field's name and a value of a few words beside it.
constexpr int kMinFieldsWidth = 320;
// Each mark is laid out and drawn; an mbox of 3,000 bounces has 40,000 spans, and 2,000 marks cost
// 40 ms each time the causes change. The first ones (the causes' evidence first) are what people read.
constexpr qsizetype kMaxHighlights = 300;
// Recipients shown field by field (each box costs about 2 ms to build and lay out, on the UI thread);
// the others are counted by reason, at most kMaxSummaryLines kinds.
constexpr int kMaxRecipientsShown = 5;
constexpr int kMaxSummaryLines = 12;
} // namespace

namespace {

// The JSON keys shown for each recipient, in order; report::words::bounceField() names them.
constexpr const char16_t* kFields[] = {u"reply_code",    u"status",     u"reason",     u"hard_bounce",
                                       u"sender_ip",     u"remote_mta", u"blocklists", u"provider",
                                       u"provider_code", u"diagnostic"};

QString fieldText(const QJsonValue& value) {
    if (value.isBool())
        return value.toBool() ? BounceView::tr("yes, retrying will not help")
                              : BounceView::tr("no, may succeed later");
    if (value.isDouble())
        return value.toInteger() == 0 ? QString() : QString::number(value.toInteger());
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue& part : value.toArray())
            parts << part.toString();
        return parts.join(u", "_s);
    }
    return value.toString();
}

} // namespace

BounceView::BounceView(QWidget* parent)
    : QWidget(parent)
    , m_text(new QPlainTextEdit(this))
    , m_fieldsArea(new QScrollArea(this)) {
    setObjectName(u"bounceView"_s);
    m_text->setObjectName(u"bounceText"_s);
    m_text->setReadOnly(true);
    m_text->setAccessibleName(tr("Bounce text"));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setFont(QFont(u"monospace"_s));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_fieldsArea->setWidgetResizable(true);
    m_fieldsArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_fieldsArea->setAccessibleName(tr("Fields found in the bounce"));

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"bounceSplitter"_s);
    splitter->addWidget(m_text);
    splitter->addWidget(m_fieldsArea);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    fillFields({});
}

void BounceView::clear() {
    setBounce({}, {}, {});
}

void BounceView::setBounce(const QJsonObject& bounce, const QJsonArray& causes, const QString& fallbackText) {
    // Called on every update of a run: only what changed is redone (an unchanged bounce is the same
    // shared object, so comparing it costs nothing).
    const QString text = bounce[u"text"].toString(fallbackText);
    const bool textChanged = m_shownText != text;
    if (textChanged) {
        m_shownText = text;
        showText(text);
    }
    if (textChanged || bounce != m_bounce) {
        m_bounce = bounce;
        fillFields(bounce);
    }
    if (textChanged || causes != m_causes) {
        m_causes = causes;
        updateHighlights();
    }
}

void BounceView::showText(const QString& text) {
    const int generation = ++m_textGeneration;
    if (text.size() <= kBackgroundTextChars) {
        m_loading = false;
        m_text->setPlaceholderText({});
        showDocument(m_text, makePlainDocument(util::neutraliseBidi(text), m_text->font(), false, nullptr),
                     this);
        return;
    }
    m_loading = true;
    m_text->setPlaceholderText(
        tr("Loading the bounce text (%1 characters)…").arg(QLocale().toString(text.size())));
    showDocument(m_text, makePlainDocument({}, m_text->font(), false, nullptr), this);
    auto* watcher = new QFutureWatcher<QTextDocument*>(this);
    connect(watcher, &QFutureWatcher<QTextDocument*>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        std::unique_ptr<QTextDocument> document(watcher->result());
        if (generation != m_textGeneration)
            return; // a newer text was asked for meanwhile
        m_loading = false;
        m_text->setPlaceholderText({});
        showDocument(m_text, document.release(), this);
        updateHighlights();
    });
    watcher->setFuture(util::runInBackground([text, font = m_text->font(), owner = thread()] {
        return makePlainDocument(util::neutraliseBidi(text), font, false, owner);
    }));
}

void BounceView::updateHighlights() {
    if (m_loading) {
        m_text->setExtraSelections({});
        return; // done again when the text is in
    }
    // Highlight with the palette's highlight, underlined, so it reads without colour too.
    QTextCharFormat format;
    QColor background = palette().color(QPalette::Highlight);
    background.setAlpha(70);
    format.setBackground(background);
    format.setFontUnderline(true);
    QList<QTextEdit::ExtraSelection> selections;
    const qint64 size = m_shownText.size();
    auto addSpan = [&](qint64 offset, qint64 length) {
        if (offset < 0 || length <= 0 || offset >= size || selections.size() >= kMaxHighlights)
            return;
        QTextCursor cursor(m_text->document());
        cursor.setPosition(int(offset));
        cursor.setPosition(int(std::min(size, offset + length)), QTextCursor::KeepAnchor);
        selections.append({cursor, format});
    };
    // The causes' evidence first: with thousands of bounces in an mbox only the first spans are marked.
    for (const QJsonValue& cause : std::as_const(m_causes))
        for (const QJsonValue& evidence : cause[u"evidence"].toArray())
            if (diagnosis::evidenceSourceFromName(evidence[u"source"].toString())
                == diagnosis::EvidenceSource::Bounce)
                addSpan(evidence[u"offset"].toInteger(-1), evidence[u"length"].toInteger());
    for (const QJsonValue& recipient : m_bounce[u"recipients"].toArray()) {
        if (selections.size() >= kMaxHighlights)
            break;
        for (const QJsonValue& span : recipient[u"evidence"].toArray())
            addSpan(span[u"offset"].toInteger(-1), span[u"length"].toInteger());
    }
    m_text->setExtraSelections(selections);
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

// The recipients past the detailed ones, counted by reason and status: an mbox of thousands of bounces
// reads as "2,950 × Blocked (5.7.1)", not as thousands of boxes (which would also stall the window).
QWidget* BounceView::otherRecipientsSummary(const QJsonArray& recipients, int shown, QWidget* parent) const {
    QHash<QString, int> counts; // by reason and status, as the JSON says them
    QStringList order;
    for (qsizetype i = shown; i < recipients.size(); ++i) {
        const QJsonValue recipient = recipients.at(i);
        const QString key =
            recipient[u"reason"].toString(u"undefined"_s) + u'\n' + recipient[u"status"].toString();
        if (!counts.contains(key))
            order << key;
        ++counts[key];
    }
    // "Blocked (5.7.1)": each kind's label made once, not once per recipient.
    const auto kindText = [](const QString& key) {
        const QString status = key.section(u'\n', 1);
        const QString reason = bounce::reasonLabel(key.section(u'\n', 0, 0));
        return status.isEmpty() ? reason : reason + u" ("_s + util::escapeControls(status, 20) + u')';
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](const QString& a, const QString& b) { return counts.value(a) > counts.value(b); });
    QStringList lines;
    for (const QString& key : std::as_const(order).mid(0, kMaxSummaryLines))
        lines << tr("%1 × %2").arg(QLocale().toString(counts.value(key)), kindText(key));
    if (order.size() > kMaxSummaryLines)
        lines << tr("…and %n other kind(s)", nullptr, int(order.size()) - kMaxSummaryLines);
    auto* group = new QGroupBox(tr("%n more recipient(s)", nullptr, int(recipients.size()) - shown), parent);
    auto* box = new QVBoxLayout(group);
    auto* label = new QLabel(lines.join(u'\n') + u"\n\n"_s
                                 + tr("Each of them is in the Raw DNS evidence tab and the exports."),
                             group);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->addWidget(label);
    return group;
}

void BounceView::fillFields(const QJsonObject& bounce) {
    auto* fields = new QWidget;
    auto* layout = new QVBoxLayout(fields);
    const QJsonArray recipients = bounce[u"recipients"].toArray();
    if (recipients.isEmpty()) {
        const QString refused = bounce[u"error"].toString();
        auto* none = new QLabel(bounce.isEmpty()     ? tr("Not a bounce, or not analysed yet.")
                                : !refused.isEmpty() ? tr("The input was refused, so nothing in it was "
                                                          "analysed: %1")
                                                           .arg(util::escapeControls(refused, 1000))
                                                     : tr("No recipient could be read from this bounce."));
        none->setTextFormat(Qt::PlainText);
        none->setWordWrap(true);
        layout->addWidget(none);
    }
    int number = 0;
    for (const QJsonValue& value : recipients) {
        if (number == kMaxRecipientsShown) {
            layout->addWidget(otherRecipientsSummary(recipients, number, fields));
            break;
        }
        const QJsonObject recipient = value.toObject();
        auto* group = new QGroupBox(fields);
        group->setTitle(tr("Recipient %1: %2")
                            .arg(++number)
                            .arg(util::escapeControls(recipient[u"recipient"].toString(tr("unknown")), 200)));
        auto* form = new QFormLayout(group);
        // In a narrow pane a field goes under its name instead of being squeezed beside it.
        form->setRowWrapPolicy(QFormLayout::WrapLongRows);
        for (const char16_t* key : kFields) {
            const bool isReason = QStringView(key) == u"reason";
            const QString field = fieldText(recipient[QString::fromUtf16(key)]);
            if (field.isEmpty())
                continue;
            // The reason as a person reads it; Sisimai's name (what the JSON holds) in the tooltip.
            const QString text = isReason ? bounce::reasonLabel(field) : field;
            // Reply lines and URLs have long tokens: they wrap anywhere rather than run off the pane.
            auto* label = new WrapLabel(util::escapeControls(text, 2000), group);
            label->setObjectName(u"bounceField"_s);
            label->setAccessibleName(report::words::bounceField(QString::fromUtf16(key)));
            if (isReason)
                label->setToolTip(plainToolTip(util::escapeControls(field, 100)));
            form->addRow(report::words::bounceField(QString::fromUtf16(key)), label);
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
    if (bounce[u"text_truncated"].toBool()) {
        auto* label = new QLabel(
            tr("Only the first 2 MB of the text are shown and kept; the analysis read all of it."), fields);
        label->setWordWrap(true);
        layout->addWidget(label);
    }
    layout->addStretch();
    // Never narrower than the fields need (a group's title, a field's name): with no horizontal
    // scroll bar, anything narrower would be cut off. Long values wrap within that.
    m_fieldsArea->setMinimumWidth(std::clamp(fields->minimumSizeHint().width(), kMinFieldsWidth, 480)
                                  + m_fieldsArea->verticalScrollBar()->sizeHint().width()
                                  + 2 * m_fieldsArea->frameWidth());
    m_fieldsArea->setWidget(fields); // deletes the previous one
}

} // namespace rebound::ui
