#include "ui/presentation.h"

#include "core/util/jsonutil.h"

#include <QApplication>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QStandardItem>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace rebound::ui {

namespace {

QIcon standardIcon(QStyle::StandardPixmap pixmap) {
    return QApplication::style()->standardIcon(pixmap);
}

// Some styles draw the media and reload icons as black glyphs, invisible on a dark palette: those are
// repainted in the palette's text colour, at each size the style offers.
QIcon glyphIcon(QStyle::StandardPixmap pixmap) {
    const QIcon icon = standardIcon(pixmap);
    const QPalette palette = QApplication::palette();
    if (palette.color(QPalette::Base).lightness() >= 128)
        return icon;
    QIcon tinted;
    QList<QSize> sizes = icon.availableSizes();
    if (sizes.isEmpty())
        sizes = {QSize(16, 16), QSize(32, 32)};
    for (const QSize& size : sizes) {
        QPixmap image = icon.pixmap(size);
        QPainter painter(&image);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(image.rect(), palette.color(QPalette::Text));
        painter.end();
        tinted.addPixmap(image);
    }
    return tinted;
}

QString tr(const char* text) {
    return QCoreApplication::translate("rebound::ui::Presentation", text);
}

} // namespace

QIcon severityIcon(const QString& severity) {
    if (severity == u"critical"_s || severity == u"error"_s)
        return standardIcon(QStyle::SP_MessageBoxCritical);
    if (severity == u"warning"_s)
        return standardIcon(QStyle::SP_MessageBoxWarning);
    return standardIcon(QStyle::SP_MessageBoxInformation);
}

QString severityText(const QString& severity) {
    if (severity == u"critical"_s)
        return tr("Critical");
    if (severity == u"error"_s)
        return tr("Error");
    if (severity == u"warning"_s)
        return tr("Warning");
    return tr("Information");
}

int severityRank(const QString& severity) {
    if (severity == u"critical"_s)
        return 0;
    if (severity == u"error"_s)
        return 1;
    if (severity == u"warning"_s)
        return 2;
    return 3;
}

QIcon checkStateIcon(const QString& state) {
    if (state == u"running"_s)
        return glyphIcon(QStyle::SP_BrowserReload);
    if (state == u"done"_s)
        return standardIcon(QStyle::SP_DialogApplyButton);
    if (state == u"failed"_s)
        return standardIcon(QStyle::SP_MessageBoxCritical);
    if (state == u"skipped"_s)
        return glyphIcon(QStyle::SP_MediaSkipForward);
    if (state == u"cancelled"_s)
        return standardIcon(QStyle::SP_DialogCancelButton);
    return glyphIcon(QStyle::SP_MediaPause);
}

QString checkStateText(const QString& state) {
    if (state == u"running"_s)
        return tr("Running");
    if (state == u"done"_s)
        return tr("Done");
    if (state == u"failed"_s)
        return tr("Could not check");
    if (state == u"skipped"_s)
        return tr("Skipped");
    if (state == u"cancelled"_s)
        return tr("Cancelled");
    return tr("Waiting");
}

QString plainToolTip(const QString& text) {
    if (text.isEmpty())
        return {};
    return u"<p style='white-space:pre-wrap'>"_s + util::escapeControls(text, 4000).toHtmlEscaped()
           + u"</p>"_s;
}

QStandardItem* readOnlyItem(const QString& text) {
    auto* item = new QStandardItem(util::escapeControls(text, 2000));
    item->setEditable(false);
    item->setToolTip(plainToolTip(item->text()));
    return item;
}

QString jsonText(const QJsonValue& value, qsizetype maxChars) {
    QString text;
    switch (value.type()) {
    case QJsonValue::Bool:
        text = value.toBool() ? tr("yes") : tr("no");
        break;
    case QJsonValue::Double:
        text = QString::number(value.toDouble());
        break;
    case QJsonValue::String:
        text = value.toString();
        break;
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue& part : value.toArray())
            parts << jsonText(part, maxChars);
        text = parts.join(u", "_s);
        break;
    }
    case QJsonValue::Object: {
        QStringList parts;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            parts << it.key() + u": "_s + jsonText(it.value(), maxChars);
        text = parts.join(u"; "_s);
        break;
    }
    default:
        break;
    }
    return util::escapeControls(text, maxChars);
}

QString actorText(const QString& actor) {
    if (actor == u"you"_s)
        return tr("You");
    if (actor == u"provider"_s)
        return tr("Your mail provider");
    if (actor == u"recipient"_s)
        return tr("The recipient's admin");
    return tr("Anyone");
}

} // namespace rebound::ui
