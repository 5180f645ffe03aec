// Opening a page from a diagnosis: only http(s), and only after the user has seen the full address.
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace rebound::ui {

class LinkOpener {
    Q_DECLARE_TR_FUNCTIONS(rebound::ui::LinkOpener)

public:
    // Shows the full URL in a window-modal box (opened, not exec()'d: this returns at once) and opens
    // it with QDesktopServices when the user confirms. Anything that is not http or https is refused
    // with a message.
    static void confirmAndOpen(QWidget* parent, const QString& title, const QString& url);
};

} // namespace rebound::ui
