#include "ui/linkopener.h"

#include <QDesktopServices>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace rebound::ui {

bool confirmAndOpenUrl(QWidget* parent, const QString& title, const QString& url) {
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || (scheme != u"https"_s && scheme != u"http"_s) || parsed.host().isEmpty()) {
        QMessageBox box(QMessageBox::Warning, QObject::tr("Not a web page"),
                        QObject::tr("This link is not a web address and will not be opened:"),
                        QMessageBox::Ok, parent);
        box.setTextFormat(Qt::PlainText);
        box.setInformativeText(url.left(2000));
        box.exec();
        return false;
    }
    QMessageBox box(QMessageBox::Question, QObject::tr("Open in browser?"),
                    QObject::tr("Open \"%1\" in your web browser?").arg(title.left(200)),
                    QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText);
    // The full, encoded address, so a look-alike host or a long path cannot hide.
    box.setInformativeText(QString::fromLatin1(parsed.toEncoded()));
    box.setObjectName(u"openUrlConfirmation"_s);
    QPushButton* open = box.addButton(QObject::tr("&Open"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != open)
        return false;
    return QDesktopServices::openUrl(parsed);
}

} // namespace rebound::ui
