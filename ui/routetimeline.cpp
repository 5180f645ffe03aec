#include "ui/routetimeline.h"

#include "core/util/jsonutil.h"

#include <QJsonObject>
#include <QPainter>
#include <QPalette>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rebound::ui {
namespace {

constexpr int MaxDrawnHops = 100;
constexpr int Margin = 6;

QString delayText(qint64 seconds) {
    if (seconds < 0)
        return RouteTimeline::tr("time unknown");
    if (seconds < 120)
        return RouteTimeline::tr("%n second(s)", nullptr, int(seconds));
    if (seconds < 7200)
        return RouteTimeline::tr("%n minute(s)", nullptr, int(seconds / 60));
    return RouteTimeline::tr("%n hour(s)", nullptr, int(seconds / 3600));
}

// Beside a bar: "+5 minute(s)", or "time unknown".
QString delayLabel(qint64 seconds) {
    return seconds >= 0 ? u"+"_s + delayText(seconds) : delayText(seconds);
}

} // namespace

RouteTimeline::RouteTimeline(QWidget* parent)
    : QWidget(parent) {
    setObjectName(u"routeTimeline"_s);
    setAccessibleName(tr("Route timeline"));
    setFocusPolicy(Qt::StrongFocus); // reachable by keyboard, so its description is read
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
}

void RouteTimeline::setHops(const QJsonArray& hops) {
    m_hops.clear();
    m_maxDelay = 0;
    for (const QJsonValue& value : hops) {
        if (m_hops.size() >= MaxDrawnHops)
            break;
        const QJsonObject hop = value.toObject();
        Hop h;
        h.by = util::escapeControls(hop[u"by"].toString(), 120);
        h.ip = util::escapeControls(hop[u"ip"].toString(), 60);
        h.delay = hop[u"delay_s"].isDouble() ? qint64(hop[u"delay_s"].toDouble()) : -1;
        h.tls = hop[u"tls"].toBool();
        h.firstExternal = hop[u"first_external"].toBool();
        m_maxDelay = std::max(m_maxDelay, h.delay);
        m_hops << h;
    }
    setAccessibleDescription(describe());
    updateGeometry();
    update();
}

int RouteTimeline::hopCount() const {
    return int(m_hops.size());
}

QString RouteTimeline::describe() const {
    if (m_hops.isEmpty())
        return tr("No Received fields: the route is not known.");
    QStringList lines;
    for (qsizetype i = 0; i < m_hops.size(); ++i) {
        const Hop& h = m_hops.at(i);
        QString line = tr("Hop %1: received by %2 from %3 after %4, %5.")
                           .arg(i + 1)
                           .arg(h.by.isEmpty() ? tr("an unnamed server") : h.by,
                                h.ip.isEmpty() ? tr("an unknown address") : h.ip, delayText(h.delay),
                                h.tls ? tr("over TLS") : tr("without TLS"));
        if (h.firstExternal)
            line += u' ' + tr("This is the first hop outside the sender's network.");
        lines << line;
    }
    return lines.join(u'\n');
}

QSize RouteTimeline::sizeHint() const {
    const int row = fontMetrics().height() + 8;
    return {600, Margin * 2 + row * int(std::max<qsizetype>(1, m_hops.size()))};
}

QSize RouteTimeline::minimumSizeHint() const {
    return {300, Margin * 2 + fontMetrics().height() + 8};
}

void RouteTimeline::paintEvent(QPaintEvent*) {
    QPainter p(this);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.base());
    const QFontMetrics fm = fontMetrics();
    const int row = fm.height() + 8;
    if (m_hops.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(Margin, Margin, -Margin, -Margin), Qt::AlignLeft | Qt::AlignTop,
                   tr("No Received fields: the route is not known."));
        return;
    }
    const int labelWidth = std::min(width() / 3, fm.horizontalAdvance(u'M') * 24);
    const int markWidth = fm.horizontalAdvance(tr("no TLS") + u" · "_s + tr("first external")) + 12;
    // The longest delay label goes after the longest bar, before the marks.
    int delayWidth = 0;
    for (const Hop& h : std::as_const(m_hops))
        delayWidth = std::max(delayWidth, fm.horizontalAdvance(delayLabel(h.delay)));
    const int barLeft = Margin + labelWidth + 8;
    const int barSpace = std::max(40, width() - barLeft - markWidth - Margin);
    for (qsizetype i = 0; i < m_hops.size(); ++i) {
        const Hop& h = m_hops.at(i);
        const int y = Margin + int(i) * row;
        if (h.firstExternal)
            p.fillRect(QRect(0, y, width(), row), pal.color(QPalette::AlternateBase));
        p.setPen(pal.color(QPalette::Text));
        const QString label = u"%1. %2"_s.arg(i + 1).arg(h.by.isEmpty() ? h.ip : h.by);
        p.drawText(QRect(Margin, y, labelWidth, row), Qt::AlignVCenter | Qt::AlignLeft,
                   fm.elidedText(label, Qt::ElideMiddle, labelWidth));
        // The bar: the time this hop took, relative to the slowest hop; at least a sliver when known.
        int barWidth = 0;
        if (h.delay >= 0 && m_maxDelay > 0)
            barWidth = std::max(
                2, int(double(h.delay) / double(m_maxDelay) * std::max(20, barSpace - delayWidth - 12)));
        const bool slow = h.delay > 3600;
        const QRect bar(barLeft, y + 4, barWidth, row - 8);
        if (barWidth > 0)
            p.fillRect(bar, slow ? QColor(0xc0, 0x39, 0x2b) : pal.color(QPalette::Highlight));
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(barLeft + barWidth + 6, y, delayWidth + 4, row), Qt::AlignVCenter | Qt::AlignLeft,
                   delayLabel(h.delay));
        QString marks = h.tls ? tr("TLS") : tr("no TLS");
        if (h.firstExternal)
            marks += u" · "_s + tr("first external");
        p.drawText(QRect(width() - markWidth - Margin, y, markWidth, row), Qt::AlignVCenter | Qt::AlignRight,
                   marks);
    }
}

} // namespace rebound::ui
