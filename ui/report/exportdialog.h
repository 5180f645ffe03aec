// File > Export: the format (PDF, HTML, Markdown, JSON), the paper size (remembered in the settings),
// personal data masked by default with a preview of exactly the text that leaves the machine, and the
// file. The export runs on a worker thread (the PDF too: it draws with objects of that thread only),
// so the window stays responsive; the dialog closes when the file is written.
#pragma once

#include "core/report/reportoptions.h"
#include "core/report/sessionexport.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace rebound::ui {

class ExportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    explicit ExportDialog(const QJsonObject& session, QWidget* parent = nullptr);
    ~ExportDialog() override;

    report::ExportFormat format() const;
    report::ReportOptions options() const;
    QString path() const;
    // After the dialog was accepted: how long writing the file took on the worker thread.
    qint64 exportMilliseconds() const { return m_exportMs; }

    // The settings key of the remembered paper size ("a4" or "letter").
    static QString paperSettingsKey();

signals:
    // Emitted when the worker is done, before the dialog closes (or stays open on an error).
    void exportFinished(bool ok, const QString& message);

public slots:
    // Saves to path(): asks before replacing an existing file (a window-modal box: this returns at
    // once), then writes in the background.
    void save();
    // Escape and Cancel do nothing while the file is being written: it would be written anyway.
    void reject() override;

private:
    struct Outcome {
        bool ok = false;
        QString error;
        qint64 milliseconds = 0;
    };

    void onFormatChanged();
    void updatePreview();
    void browse();
    // Writes target on the worker, the choices remembered.
    void write(const QString& target);
    void setBusy(bool busy);
    void onExportDone();

    QJsonObject m_session;
    QComboBox* m_format = nullptr;
    QComboBox* m_paper = nullptr;
    QCheckBox* m_redact = nullptr;
    QCheckBox* m_appendices = nullptr;
    QPlainTextEdit* m_preview = nullptr;
    QLineEdit* m_path = nullptr;
    QLabel* m_status = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QFutureWatcher<Outcome> m_watcher;
    qint64 m_exportMs = -1;
};

} // namespace rebound::ui
