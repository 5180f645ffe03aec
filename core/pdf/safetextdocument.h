#pragma once

#include <QTextDocument>

namespace rebound::pdf {

// A QTextDocument that never loads anything: only the resources added with addResource() (the
// severity icons) exist, every other URL resolves to nothing. The report never feeds HTML from a session
// into it, but this is the backstop should a future change do so.
class SafeTextDocument final : public QTextDocument {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SafeTextDocument)

public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int type, const QUrl& name) override;
};

} // namespace rebound::pdf
