// The big input box: pasted text, or a dropped .eml/.txt/.mbox/.log file read off the UI thread
// (bounded in size), replacing the text.
#pragma once

#include <QPlainTextEdit>

namespace rebound::ui {

class InputEdit final : public QPlainTextEdit {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InputEdit)

public:
    static constexpr qint64 kMaxFileBytes = 25 * 1024 * 1024;

    explicit InputEdit(QWidget* parent = nullptr);

    // Reads the file in the background; fileLoaded or fileFailed follows.
    void loadFile(const QString& path);
    // The text, as toPlainText() gives it; after a large load or paste and until the next edit, the
    // text it was made from (copying 5 MB out of the document costs the UI thread ~10 ms).
    QString text() const;

signals:
    // note: what the user should know about how it was read (e.g. not UTF-8), or empty.
    void fileLoaded(const QString& path, const QString& note);
    void fileFailed(const QString& path, const QString& error);
    // A folder or a report file (.xml, .gz, .zip) was dropped or opened: it goes to the Reports view.
    void reportPathDropped(const QString& path);
    // A paste larger than kMaxFileBytes: refused, the text already there is kept.
    void pasteRefused(const QString& reason);

protected:
    bool canInsertFromMimeData(const QMimeData* source) const override;
    void insertFromMimeData(const QMimeData* source) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    static QString firstLocalFile(const QMimeData* source);
    void replaceDocument(QTextDocument* document, const QString& text);
    bool pasteInBackground(const QString& text);

    QObject* m_documents = nullptr; // owns the documents made on workers
    QString m_documentText;         // what the document made on a worker holds, until it is edited
    bool m_documentTextValid = false;
};

} // namespace rebound::ui
