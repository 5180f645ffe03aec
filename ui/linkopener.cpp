#include "ui/linkopener.h"

#include <QDesktopServices>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace rebound::ui {

void LinkOpener::confirmAndOpen(QWidget* parent, const QString& title, const QString& url) {
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || (scheme != u"https"_s && scheme != u"http"_s) || parsed.host().isEmpty()) {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Not a web page"),
                                    tr("This link is not a web address and will not be opened:"),
                                    QMessageBox::Ok, parent);
        box->setObjectName(u"notAWebPage"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setTextFormat(Qt::PlainText);
        box->setInformativeText(url.left(2000));
        box->open();
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Open in browser?"),
                                tr("Open \"%1\" in your web browser?").arg(title.left(200)),
                                QMessageBox::NoButton, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    // The full, encoded address, so a look-alike host or a long path cannot hide.
    box->setInformativeText(QString::fromLatin1(parsed.toEncoded()));
    box->setObjectName(u"openUrlConfirmation"_s);
    QPushButton* open = box->addButton(tr("&Open"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    QObject::connect(open, &QPushButton::clicked, box, [parsed] { QDesktopServices::openUrl(parsed); });
    box->open();
}

} // namespace rebound::ui
