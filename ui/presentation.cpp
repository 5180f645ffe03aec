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

// lupdate files a free tr() under its enclosing namespace: the context must be that name.
QString tr(const char* text) {
    return QCoreApplication::translate("rebound::ui", text);
}

} // namespace

QIcon severityIcon(Severity severity) {
    switch (severity) {
    case Severity::Critical:
    case Severity::Error:
        return standardIcon(QStyle::SP_MessageBoxCritical);
    case Severity::Warning:
        return standardIcon(QStyle::SP_MessageBoxWarning);
    case Severity::Info:
        break;
    }
    return standardIcon(QStyle::SP_MessageBoxInformation);
}

QString severityText(Severity severity) {
    switch (severity) {
    case Severity::Critical:
        return tr("Critical");
    case Severity::Error:
        return tr("Error");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Info:
        break;
    }
    return tr("Information");
}

QIcon checkStateIcon(diagnosis::CheckState state) {
    using diagnosis::CheckState;
    switch (state) {
    case CheckState::Running:
        return glyphIcon(QStyle::SP_BrowserReload);
    case CheckState::Done:
        return standardIcon(QStyle::SP_DialogApplyButton);
    case CheckState::Failed:
        return standardIcon(QStyle::SP_MessageBoxCritical);
    case CheckState::Skipped:
        return glyphIcon(QStyle::SP_MediaSkipForward);
    case CheckState::Cancelled:
        return standardIcon(QStyle::SP_DialogCancelButton);
    case CheckState::Pending:
        break;
    }
    return glyphIcon(QStyle::SP_MediaPause);
}

QString checkStateText(diagnosis::CheckState state) {
    using diagnosis::CheckState;
    switch (state) {
    case CheckState::Running:
        return tr("Running");
    case CheckState::Done:
        return tr("Done");
    case CheckState::Failed:
        return tr("Could not check");
    case CheckState::Skipped:
        return tr("Skipped");
    case CheckState::Cancelled:
        return tr("Cancelled");
    case CheckState::Pending:
        break;
    }
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

QString actorText(diagnosis::Actor actor) {
    using diagnosis::Actor;
    switch (actor) {
    case Actor::You:
        return tr("You");
    case Actor::Provider:
        return tr("Your mail provider");
    case Actor::Recipient:
        return tr("The recipient's admin");
    case Actor::Unknown:
        break;
    }
    return tr("Anyone");
}

} // namespace rebound::ui
