// Opening a page from a diagnosis: only http(s), and only after the user has seen the full address.
#pragma once

#include <QString>

class QWidget;

namespace rebound::ui {

// Shows the full URL and opens it with QDesktopServices when the user confirms. Returns true when
// opened. Anything that is not http or https is refused with a message.
bool confirmAndOpenUrl(QWidget* parent, const QString& title, const QString& url);

} // namespace rebound::ui
