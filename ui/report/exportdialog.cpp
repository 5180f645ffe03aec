#include "ui/report/exportdialog.h"

#include "core/pdf/pdfreport.h"
#include "core/report/plaintextwriter.h"
#include "core/report/reportbuilder.h"
#include "core/util/backgroundwork.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rebound::ui {

namespace {

using report::ExportFormat;

struct FormatChoice {
    ExportFormat format;
    const char* label;
    const char* suffix;
    const char* filter;
};

// The formats offered, in menu order. Plain text is the clipboard's, not a file export.
constexpr FormatChoice kFormats[] = {
    {ExportFormat::Pdf, QT_TRANSLATE_NOOP("rebound::ui::ExportDialog", "PDF report (for a support ticket)"),
     "pdf", QT_TRANSLATE_NOOP("rebound::ui::ExportDialog", "PDF report (*.pdf)")},
    {ExportFormat::Html, QT_TRANSLATE_NOOP("rebound::ui::ExportDialog", "HTML page"), "html",
     QT_TRANSLATE_NOOP("rebound::ui::ExportDialog", "HTML page (*.html *.htm)")},
    {ExportFormat::Markdown, QT_TRANSLATE_NOOP("rebound::ui::ExportDialog", "Markdown"), "md",
     QT_TRANSLATE_NOOP("rebound::ui::ExportDialog", "Markdown (*.md)")},
    {ExportFormat::Json, QT_TRANSLATE_NOOP("rebound::ui::ExportDialog", "Session JSON (re-opens in Rebound)"),
     "json", QT_TRANSLATE_NOOP("rebound::ui::ExportDialog", "Session JSON (*.json)")},
};

const FormatChoice& choiceFor(ExportFormat format) {
    for (const FormatChoice& choice : kFormats) {
        if (choice.format == format)
            return choice;
    }
    return kFormats[0];
}

QString trDialog(const char* text) {
    return QCoreApplication::translate("rebound::ui::ExportDialog", text);
}

QString formatSettingsKey() {
    return u"export/format"_s;
}

} // namespace

QString ExportDialog::paperSettingsKey() {
    return u"export/paper"_s;
}

ExportDialog::ExportDialog(const QJsonObject& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session) {
    setWindowTitle(tr("Export"));
    setObjectName(u"exportDialog"_s);
    QSettings settings;

    m_format = new QComboBox(this);
    m_format->setObjectName(u"exportFormat"_s);
    for (const FormatChoice& choice : kFormats)
        m_format->addItem(trDialog(choice.label), int(choice.format));
    const auto remembered = report::exportFormatFromName(settings.value(formatSettingsKey()).toString());
    m_format->setCurrentIndex(qMax(0, m_format->findData(int(remembered.value_or(ExportFormat::Pdf)))));

    m_paper = new QComboBox(this);
    m_paper->setObjectName(u"exportPaper"_s);
    m_paper->addItem(tr("A4"), int(report::PaperSize::A4));
    m_paper->addItem(tr("Letter"), int(report::PaperSize::Letter));
    const report::PaperSize paper =
        report::paperSizeFromName(settings.value(paperSettingsKey()).toString(), report::defaultPaperSize());
    m_paper->setCurrentIndex(m_paper->findData(int(paper)));

    m_redact = new QCheckBox(tr("&Mask personal data (addresses, names, Message-IDs)"), this);
    m_redact->setObjectName(u"exportRedact"_s);
    m_redact->setChecked(true); // always on when the dialog opens: reports leave the organisation
    m_redact->setToolTip(tr("Local parts of addresses, display names and Message-IDs become •••. Domains, IP "
                            "addresses and DNS records stay: the support desk needs them."));

    m_appendices =
        new QCheckBox(tr("Add the &appendices (the pasted text, every DNS answer, SMTP transcripts)"), this);
    m_appendices->setObjectName(u"exportAppendices"_s);
    m_appendices->setToolTip(
        tr("Pages for the specialist who wants the raw answers. Without them the report is "
           "the verdict, its evidence and the checks."));

    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(u"exportPreview"_s);
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_preview->setAccessibleName(tr("Preview of the exported text"));
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setMinimumSize(560, 320);

    m_path = new QLineEdit(this);
    m_path->setObjectName(u"exportPath"_s);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QDateTime started = QDateTime::fromString(session.value(u"started_utc").toString(), Qt::ISODate);
    const QString stamp =
        (started.isValid() ? started : QDateTime::currentDateTimeUtc()).toString(u"yyyyMMdd-HHmm"_s);
    m_path->setText(QDir(folder).filePath(u"rebound-report-"_s + stamp + u".pdf"_s));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(u"exportBrowse"_s);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);

    auto* form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Paper size:"), m_paper);
    form->addRow(QString(), m_redact);
    form->addRow(QString(), m_appendices);
    // A row of a layout gets no buddy from addRow(): the label needs its own for the mnemonic.
    auto* fileLabel = new QLabel(tr("Fi&le:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileRow);

    m_status = new QLabel(this);
    m_status->setObjectName(u"exportStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* previewLabel = new QLabel(tr("P&review of what leaves this machine:"), this);
    previewLabel->setBuddy(m_preview);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::onFormatChanged);
    connect(m_redact, &QCheckBox::toggled, this, &ExportDialog::updatePreview);
    connect(m_appendices, &QCheckBox::toggled, this, &ExportDialog::updatePreview);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ExportDialog::onExportDone);
    onFormatChanged();
}

ExportDialog::~ExportDialog() {
    // The worker holds its own copies; only wait so no result is delivered to a dead dialog.
    m_watcher.waitForFinished();
}

report::ExportFormat ExportDialog::format() const {
    return ExportFormat(m_format->currentData().toInt());
}

report::ReportOptions ExportDialog::options() const {
    report::ReportOptions options;
    options.redact = m_redact->isChecked();
    options.appendices = m_appendices->isChecked();
    options.paper = report::PaperSize(m_paper->currentData().toInt());
    return options;
}

QString ExportDialog::path() const {
    return m_path->text().trimmed();
}

void ExportDialog::onFormatChanged() {
    const FormatChoice& choice = choiceFor(format());
    m_paper->setEnabled(format() == ExportFormat::Pdf);
    // Keep the file name, change its suffix to the format's.
    const QFileInfo info(path());
    if (!info.fileName().isEmpty())
        m_path->setText(
            QDir(info.path()).filePath(info.completeBaseName() + u'.' + QLatin1String(choice.suffix)));
    updatePreview();
}

void ExportDialog::updatePreview() {
    // The text of the report as it will be written: redacted exactly as the file will be. JSON is shown
    // as it is written; the other formats as the report's plain text.
    const report::ReportOptions opts = options();
    if (format() == ExportFormat::Json) {
        m_preview->setPlainText(
            QString::fromUtf8(report::exportSessionJson(m_session, ExportFormat::Json, opts)));
        return;
    }
    const QJsonObject exported = report::exportedSession(m_session, opts);
    m_preview->setPlainText(
        report::toPlainText(report::buildReport(exported, opts, report::embeddedSessionFileName())));
}

void ExportDialog::browse() {
    const FormatChoice& choice = choiceFor(format());
    // Window-modal and opened, not exec()'d, like every dialog of the window.
    auto* dialog = new QFileDialog(this, tr("Export"), path(), trDialog(choice.filter));
    dialog->setObjectName(u"exportFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    const QString suffix = QLatin1String(choice.suffix);
    connect(dialog, &QFileDialog::fileSelected, this, [this, suffix](const QString& chosen) {
        if (!chosen.isEmpty())
            m_path->setText(QFileInfo(chosen).suffix().isEmpty() ? chosen + u'.' + suffix : chosen);
    });
    dialog->open();
}

void ExportDialog::save() {
    const QString target = path();
    if (target.isEmpty() || QFileInfo(target).isDir()) {
        m_status->setText(tr("Choose a file to write."));
        return;
    }
    if (!QFileInfo::exists(target)) {
        write(target);
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Export"),
                                tr("%1 exists. Replace it?").arg(QDir::toNativeSeparators(target)),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(u"exportReplace"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, target](int button) {
        if (button == QMessageBox::Yes)
            write(target);
    });
    box->open();
}

void ExportDialog::write(const QString& target) {
    QSettings settings;
    settings.setValue(formatSettingsKey(), report::exportFormatName(format()));
    settings.setValue(paperSettingsKey(), report::paperSizeName(options().paper));

    pdf::registerPdfRenderer();
    setBusy(true);
    m_status->setText(tr("Exporting…"));
    const QJsonObject session = m_session;
    const ExportFormat chosen = format();
    const report::ReportOptions opts = options();
    m_watcher.setFuture(util::runInBackground([session, chosen, opts, target] {
        QElapsedTimer timer;
        timer.start();
        Outcome outcome;
        outcome.ok = report::writeExportFile(session, chosen, target, opts, &outcome.error);
        outcome.milliseconds = timer.elapsed();
        return outcome;
    }));
}

void ExportDialog::reject() {
    if (m_watcher.isRunning())
        return;
    QDialog::reject();
}

void ExportDialog::setBusy(bool busy) {
    for (QWidget* widget :
         std::initializer_list<QWidget*>{m_format, m_paper, m_redact, m_appendices, m_path, m_buttons})
        widget->setEnabled(!busy);
    if (!busy)
        m_paper->setEnabled(format() == ExportFormat::Pdf);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void ExportDialog::onExportDone() {
    const Outcome outcome = m_watcher.result();
    setBusy(false);
    if (!outcome.ok) {
        m_status->setText(tr("Could not export: %1").arg(outcome.error));
        emit exportFinished(false, outcome.error);
        return;
    }
    m_exportMs = outcome.milliseconds;
    emit exportFinished(true, path());
    accept();
}

} // namespace rebound::ui
