#include "ui/inputedit.h"

#include "core/bounce/inputbytes.h"
#include "core/reports/reportreader.h"
#include "core/util/backgroundwork.h"
#include "ui/plaindocument.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QMimeData>
#include <QStringDecoder>

namespace rebound::ui {

namespace {

struct FileText {
    QString text;
    QString error;
    QString note;
};

// The file's text, and for a large one also its document, made on the same worker.
struct LoadedFile {
    FileText file;
    QTextDocument* document = nullptr;
};

QString megabytes(qint64 bytes) {
    return QString::number(double(bytes) / (1024 * 1024), 'f', 1);
}

// What to do with a binary file, for the containers a bounce is most often handed over in.
QString binaryFileMessage(QByteArrayView head) {
    switch (bounce::binaryKindOf(head)) {
    case bounce::BinaryKind::Gzip:
    case bounce::BinaryKind::Zip:
        return InputEdit::tr(
            "This file is compressed. Unpack it, then open the message inside (saved as .eml, "
            ".txt, .mbox or .log).");
    case bounce::BinaryKind::OutlookMsg:
        return InputEdit::tr(
            "This is an Outlook .msg file, a binary format. Save the message as .eml, or paste "
            "its text and its Internet headers here.");
    case bounce::BinaryKind::Pdf:
        return InputEdit::tr(
            "This is a PDF document. Paste the bounce's text here, or open the message saved "
            "as .eml.");
    case bounce::BinaryKind::Other:
        break;
    }
    return InputEdit::tr(
        "This is a binary file, not mail or text (more than 1 in 20 of its first bytes are NUL "
        "or control bytes). Rebound reads bounces saved as .eml, .txt, .mbox or .log.");
}

FileText readTextFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, file.errorString(), {}};
    if (file.size() > InputEdit::kMaxFileBytes)
        return {
            {},
            InputEdit::tr("The file is %1 MB; Rebound reads files of up to %2 MB. A bounce needs only its "
                          "text and headers: save the message without its attachments and try again.")
                .arg(megabytes(file.size()))
                .arg(InputEdit::kMaxFileBytes / (1024 * 1024)),
            {}};
    const QByteArray bytes = file.read(InputEdit::kMaxFileBytes);
    // The analyser's own rule: a few stray NUL or control bytes do not make a bounce binary.
    if (bounce::looksBinary(bytes))
        return {{}, binaryFileMessage(bytes), {}};
    // Mail is mostly ASCII or UTF-8; anything else is shown as Latin-1 rather than refused.
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return {text, {}, {}};
    return {QString::fromLatin1(bytes),
            {},
            InputEdit::tr("the file is not valid UTF-8, so it was read as Latin-1; some characters may show "
                          "wrongly, the addresses and codes are unaffected")};
}

} // namespace

InputEdit::InputEdit(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_documents(new QObject(this)) {
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
    // Refused before the editor lays it out: 50 MB of text would hold the UI thread for seconds.
    if (source && source->hasText()) {
        const qint64 bytes = source->text().size(); // characters: mail is mostly ASCII
        if (bytes > kMaxFileBytes) {
            emit pasteRefused(tr("The pasted text is %1 MB; Rebound reads at most %2 MB. A bounce needs only "
                                 "its text and headers: paste those without the attachments.")
                                  .arg(megabytes(bytes))
                                  .arg(kMaxFileBytes / (1024 * 1024)));
            return;
        }
    }
    if (source && source->hasText() && pasteInBackground(source->text()))
        return;
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
    if (reports::looksLikeReportPath(path)) {
        emit reportPathDropped(path);
        return;
    }
    auto* watcher = new QFutureWatcher<LoadedFile>(this);
    connect(watcher, &QFutureWatcher<LoadedFile>::finished, this, [this, watcher, path] {
        const LoadedFile result = watcher->result();
        watcher->deleteLater();
        if (!result.file.error.isEmpty()) {
            emit fileFailed(path, result.file.error);
            return;
        }
        if (result.document)
            replaceDocument(result.document, result.file.text);
        else
            setPlainText(result.file.text);
        emit fileLoaded(path, result.file.note);
    });
    watcher->setFuture(util::runInBackground([path, font = font(), owner = thread()] {
        LoadedFile loaded{readTextFile(path)};
        if (loaded.file.error.isEmpty() && loaded.file.text.size() > kBackgroundTextChars)
            loaded.document = makePlainDocument(loaded.file.text, font, true, owner);
        return loaded;
    }));
}

void InputEdit::replaceDocument(QTextDocument* document, const QString& text) {
    showDocument(this, document, m_documents);
    m_documentText = text;
    m_documentTextValid = true;
    connect(document, &QTextDocument::contentsChanged, this, [this] {
        m_documentTextValid = false;
        m_documentText.clear();
    });
    emit textChanged(); // a new document is new text for whoever watches the input
}

QString InputEdit::text() const {
    return m_documentTextValid ? m_documentText : toPlainText();
}

// A large paste into an empty input (the usual way to bring a bounce) is filled in on a worker like a
// file; the input is read-only meanwhile so nothing typed is lost. Into existing text, Qt inserts it
// (undo then works as always).
bool InputEdit::pasteInBackground(const QString& text) {
    if (text.size() <= kBackgroundTextChars || !document()->isEmpty())
        return false;
    setReadOnly(true);
    const QString hint = placeholderText();
    setPlaceholderText(tr("Pasting %1 characters…").arg(QLocale().toString(text.size())));
    auto* watcher = new QFutureWatcher<QTextDocument*>(this);
    connect(watcher, &QFutureWatcher<QTextDocument*>::finished, this, [this, watcher, hint, text] {
        watcher->deleteLater();
        setPlaceholderText(hint);
        setReadOnly(false);
        replaceDocument(watcher->result(), text);
    });
    watcher->setFuture(util::runInBackground(
        [text, font = font(), owner = thread()] { return makePlainDocument(text, font, true, owner); }));
    return true;
}

} // namespace rebound::ui
