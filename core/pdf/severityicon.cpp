#include "core/pdf/severityicon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <cmath>

namespace rebound::pdf {

namespace {

QPolygonF octagon(const QRectF& r) {
    QPolygonF shape;
    for (int i = 0; i < 8; ++i) {
        const double angle = M_PI / 8 + i * M_PI / 4;
        shape << QPointF(r.center().x() + r.width() / 2 * std::cos(angle),
                         r.center().y() + r.height() / 2 * std::sin(angle));
    }
    return shape;
}

} // namespace

QImage severityIcon(const QString& severity, int pixels) {
    QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const double s = pixels;
    const QRectF box(s * 0.04, s * 0.04, s * 0.92, s * 0.92);
    QPen white(Qt::white, s * 0.13, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(Qt::NoPen);
    if (severity == u"critical") {
        p.setBrush(QColor(0xa4, 0x0e, 0x26));
        p.drawPolygon(octagon(box));
        p.setPen(white);
        p.drawLine(QPointF(s * 0.28, s * 0.5), QPointF(s * 0.72, s * 0.5));
    } else if (severity == u"error") {
        p.setBrush(QColor(0xcf, 0x22, 0x2e));
        p.drawEllipse(box);
        p.setPen(white);
        p.drawLine(QPointF(s * 0.33, s * 0.33), QPointF(s * 0.67, s * 0.67));
        p.drawLine(QPointF(s * 0.67, s * 0.33), QPointF(s * 0.33, s * 0.67));
    } else if (severity == u"warning") {
        p.setBrush(QColor(0xd4, 0x8a, 0x00));
        QPainterPath triangle;
        triangle.moveTo(s * 0.5, s * 0.05);
        triangle.lineTo(s * 0.97, s * 0.92);
        triangle.lineTo(s * 0.03, s * 0.92);
        triangle.closeSubpath();
        p.drawPath(triangle);
        p.setPen(white);
        p.drawLine(QPointF(s * 0.5, s * 0.36), QPointF(s * 0.5, s * 0.6));
        p.drawPoint(QPointF(s * 0.5, s * 0.77));
    } else if (severity == u"info") {
        p.setBrush(QColor(0x09, 0x69, 0xda));
        p.drawEllipse(box);
        p.setPen(white);
        p.drawPoint(QPointF(s * 0.5, s * 0.28));
        p.drawLine(QPointF(s * 0.5, s * 0.46), QPointF(s * 0.5, s * 0.74));
    } else if (severity == u"ok") {
        p.setBrush(QColor(0x1a, 0x7f, 0x37));
        p.drawEllipse(box);
        p.setPen(white);
        p.drawPolyline(
            QPolygonF{QPointF(s * 0.28, s * 0.52), QPointF(s * 0.44, s * 0.68), QPointF(s * 0.73, s * 0.35)});
    } else {
        p.setBrush(QColor(0x6e, 0x77, 0x81));
        p.drawEllipse(box);
        p.setPen(white);
        QPainterPath hook;
        hook.moveTo(s * 0.36, s * 0.38);
        hook.cubicTo(s * 0.36, s * 0.2, s * 0.66, s * 0.2, s * 0.64, s * 0.38);
        hook.cubicTo(s * 0.62, s * 0.5, s * 0.5, s * 0.5, s * 0.5, s * 0.6);
        p.setBrush(Qt::NoBrush);
        p.drawPath(hook);
        p.drawPoint(QPointF(s * 0.5, s * 0.77));
    }
    return image;
}

} // namespace rebound::pdf
