// File > Export and File > Open in the real main window: the export dialog's preview follows the
// redaction switch, the PDF is written on a worker thread with the chosen paper size (remembered in the
// settings), and the PDF and the JSON re-open as the session they came from.
#include "gui/guitestsupport.h"
#include "ui/mainwindow.h"
#include "ui/report/exportdialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <optional>

using namespace Qt::StringLiterals;

using namespace Qt::StringLiterals;

using namespace Qt::StringLiterals;

using namespace rebound;

namespace {

QJsonObject loadSession(const QString& name) {
    QFile file(QStringLiteral(REBOUND_TEST_DATA_DIR "/report/data/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString tool(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60'000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestExportGui : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QTemporaryDir m_settingsDir;
    QJsonObject m_session;

    // Drives File > Export: sets the format, paper and redaction, checks the preview, saves to path.
    // The dialog is opened window-modal (the action returns at once); this waits for the file.
    bool exportThroughDialog(ui::MainWindow& window, report::ExportFormat format, bool redact,
                             const QString& path, const QString& paper = u"Letter"_s,
                             qint64* milliseconds = nullptr) {
        window.findChild<QAction*>(u"actionExport"_s)->trigger();
        QPointer<ui::ExportDialog> dialog = window.findChild<ui::ExportDialog*>();
        if (!dialog || !dialog->isVisible() || dialog->windowModality() != Qt::WindowModal)
            return false;
        auto* preview = dialog->findChild<QPlainTextEdit*>(u"exportPreview"_s);
        auto* redactBox = dialog->findChild<QCheckBox*>(u"exportRedact"_s);
        auto* formats = dialog->findChild<QComboBox*>(u"exportFormat"_s);
        auto* papers = dialog->findChild<QComboBox*>(u"exportPaper"_s);
        // Redaction is on when the dialog opens, and the preview shows it.
        if (!redactBox->isChecked() || preview->toPlainText().contains(u"bob.smith"_s)
            || !preview->toPlainText().contains(u"•••"_s))
            return false;
        formats->setCurrentIndex(formats->findData(int(format)));
        papers->setCurrentIndex(papers->findText(paper));
        redactBox->setChecked(redact);
        if (preview->toPlainText().contains(u"bob.smith"_s) == redact)
            return false;
        dialog->findChild<QLineEdit*>(u"exportPath"_s)->setText(path);
        std::optional<bool> saved;
        QObject::connect(dialog, &ui::ExportDialog::exportFinished, [&saved, dialog, milliseconds](bool ok) {
            saved = ok;
            if (milliseconds)
                *milliseconds = dialog->exportMilliseconds();
        });
        dialog->save();
        // The dialog closes itself (and is deleted) once the file is written.
        return QTest::qWaitFor([&] { return saved.has_value() && !dialog; }, 60'000) && *saved;
    }

private slots:
    void initTestCase() {
        guitest::isolate(m_settingsDir);
        QVERIFY(m_dir.isValid());
        m_session = loadSession(u"xbl-session.json"_s);
        QVERIFY(!m_session.isEmpty());
        if (QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty())
            QSKIP("poppler-utils is not installed");
    }

    void exportPdfAndReopen() {
        ui::MainWindow window(nullptr, m_dir.filePath(u"history.sqlite"_s));
        window.showSession(m_session);
        window.show();
        QVERIFY(window.findChild<QAction*>(u"actionExport"_s)->isEnabled());
        QCOMPARE(window.findChild<QAction*>(u"actionExport"_s)->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::Key_E));

        // The UI thread keeps turning while the PDF is drawn on the worker: the longest gap between two
        // ticks of a 5 ms timer during the export is printed next to the export time.
        QElapsedTimer sinceTick;
        qint64 longestGap = 0;
        QTimer ticker;
        ticker.setInterval(5);
        connect(&ticker, &QTimer::timeout, [&] { longestGap = qMax(longestGap, sinceTick.restart()); });
        const QString pdf = m_dir.filePath(u"report.pdf"_s);
        qint64 exportMs = -1;
        sinceTick.start();
        ticker.start();
        QVERIFY(exportThroughDialog(window, report::ExportFormat::Pdf, true, pdf, u"Letter"_s, &exportMs));
        ticker.stop();
        qInfo("PDF export on the worker thread: %lld ms; longest UI-thread gap meanwhile: %lld ms", exportMs,
              longestGap);

        const QString info = tool(u"pdfinfo"_s, {pdf});
        QVERIFY2(info.contains(u"612 x 792 pts (letter)"_s), qPrintable(info));
        const QString text = tool(u"pdftotext"_s, {pdf, u"-"_s});
        QVERIFY(text.contains(u"Email deliverability report"_s));
        QVERIFY(!text.contains(u"bob.smith"_s));
        QCOMPARE(QSettings().value(ui::ExportDialog::paperSettingsKey()).toString(), u"letter"_s);

        // File > Open of the PDF shows the attached (redacted) session.
        ui::MainWindow other(nullptr, m_dir.filePath(u"history2.sqlite"_s));
        other.openPath(pdf);
        QCOMPARE(other.session()[u"id"].toString(), m_session[u"id"].toString());
        QVERIFY(other.session()[u"redacted"].toBool());
        QVERIFY(!QJsonDocument(other.session()).toJson().contains("bob.smith"));
    }

    void exportJsonUnredactedAndReopen() {
        ui::MainWindow window(nullptr, m_dir.filePath(u"history3.sqlite"_s));
        window.showSession(m_session);
        const QString json = m_dir.filePath(u"session.json"_s);
        QVERIFY(exportThroughDialog(window, report::ExportFormat::Json, false, json));
        ui::MainWindow other(nullptr, m_dir.filePath(u"history4.sqlite"_s));
        other.openPath(json);
        QCOMPARE(other.session(), m_session);
    }

    void exportHtmlAndMarkdown_data() {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("html") << int(report::ExportFormat::Html) << u"report.html"_s
                              << QByteArray("<!DOCTYPE html>");
        QTest::newRow("markdown") << int(report::ExportFormat::Markdown) << u"report.md"_s
                                  << QByteArray("# Email deliverability report");
    }
    void exportHtmlAndMarkdown() {
        QFETCH(int, format);
        QFETCH(QString, name);
        QFETCH(QByteArray, expected);
        ui::MainWindow window(nullptr, m_dir.filePath(u"history5.sqlite"_s));
        window.showSession(m_session);
        const QString path = m_dir.filePath(name);
        QVERIFY(exportThroughDialog(window, report::ExportFormat(format), true, path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith(expected));
        QVERIFY(!bytes.contains("bob.smith"));
    }

    // A JSON that is not a session is refused with a message; the shown session stays.
    void openRefusesOtherJson() {
        const QString path = m_dir.filePath(u"other.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"schema": "something.else"})");
        file.close();
        ui::MainWindow window(nullptr, m_dir.filePath(u"history6.sqlite"_s));
        window.showSession(m_session);
        window.openPath(path); // the message box is opened window-modal: openPath() has returned
        auto* box = window.findChild<QMessageBox*>(u"problemBox"_s);
        QVERIFY(box && box->isVisible());
        QCOMPARE(box->windowModality(), Qt::WindowModal);
        const QString message = box->informativeText();
        box->accept();
        QVERIFY2(message.contains(u"Not a Rebound session"_s), qPrintable(message));
        QCOMPARE(window.session()[u"id"].toString(), m_session[u"id"].toString());
    }

    void copyMarkdownIsRedacted() {
        ui::MainWindow window(nullptr, m_dir.filePath(u"history7.sqlite"_s));
        window.showSession(m_session);
        window.findChild<QAction*>(u"actionCopyMarkdown"_s)->trigger();
        const QString text = QApplication::clipboard()->text();
        QVERIFY2(text.startsWith(u"# Email deliverability report"_s), qPrintable(text.left(200)));
        QVERIFY(text.contains(u"## Diagnosis"_s));
        QVERIFY(!text.contains(u"Appendix"_s));
        QVERIFY(!text.contains(u"bob.smith"_s));
    }
};

QTEST_MAIN(TestExportGui)
#include "test_exportgui.moc"
