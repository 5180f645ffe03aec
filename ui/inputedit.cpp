#include "ui/inputedit.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMimeData>
#include <QStringDecoder>
#include <QtConcurrent>

namespace rebound::ui {

namespace {

struct FileText {
    QString text;
    QString error;
};

FileText readTextFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, file.errorString()};
    if (file.size() > InputEdit::kMaxFileBytes)
        return {{},
                QObject::tr("The file is larger than %1 MB.").arg(InputEdit::kMaxFileBytes / (1024 * 1024))};
    const QByteArray bytes = file.read(InputEdit::kMaxFileBytes);
    if (bytes.contains('\0'))
        return {{}, QObject::tr("This is not a text file.")};
    // Mail is mostly ASCII or UTF-8; anything else is shown as Latin-1 rather than refused.
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (utf8.hasError())
        text = QString::fromLatin1(bytes);
    return {text, {}};
}

} // namespace

InputEdit::InputEdit(QWidget* parent)
    : QPlainTextEdit(parent) {
    setAcceptDrops(true);
    setTabChangesFocus(true); // Tab moves on; the input never needs a literal tab
    setLineWrapMode(QPlainTextEdit::NoWrap);
}

QString InputEdit::firstLocalFile(const QMimeData* source) {
    if (!source || !source->hasUrls())
        return {};
    for (const QUrl& url : source->urls())
        if (url.isLocalFile())
            return url.toLocalFile();
    return {};
}

bool InputEdit::canInsertFromMimeData(const QMimeData* source) const {
    return !firstLocalFile(source).isEmpty() || QPlainTextEdit::canInsertFromMimeData(source);
}

void InputEdit::insertFromMimeData(const QMimeData* source) {
    const QString path = firstLocalFile(source);
    if (!path.isEmpty()) {
        loadFile(path);
        return;
    }
    QPlainTextEdit::insertFromMimeData(source);
}

void InputEdit::dragEnterEvent(QDragEnterEvent* event) {
    if (!firstLocalFile(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
        return;
    }
    QPlainTextEdit::dragEnterEvent(event);
}

void InputEdit::dropEvent(QDropEvent* event) {
    const QString path = firstLocalFile(event->mimeData());
    if (!path.isEmpty()) {
        event->acceptProposedAction();
        loadFile(path);
        return;
    }
    QPlainTextEdit::dropEvent(event);
}

void InputEdit::loadFile(const QString& path) {
    auto* watcher = new QFutureWatcher<FileText>(this);
    connect(watcher, &QFutureWatcher<FileText>::finished, this, [this, watcher, path] {
        const FileText result = watcher->result();
        watcher->deleteLater();
        if (!result.error.isEmpty()) {
            emit fileFailed(path, result.error);
            return;
        }
        setPlainText(result.text);
        emit fileLoaded(path);
    });
    watcher->setFuture(QtConcurrent::run(readTextFile, path));
}

} // namespace rebound::ui
