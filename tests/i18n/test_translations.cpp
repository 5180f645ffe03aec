// The translations: every .ts of translations/ complete and in sync with the sources, placeholders and
// markup kept; and with each language installed, the real main window, the settings' language list,
// the diagnosis texts from resources/ and the report (Markdown and PDF) in that language.
#include "../gui/guitestsupport.h"
#include "core/auth/dkimkey.h"
#include "core/blocklist/answerclassifier.h"
#include "core/bounce/bounceknowledge.h"
#include "core/diagnosis/diagnosisengine.h"
#include "core/diagnosis/session.h"
#include "core/pdf/pdfreport.h"
#include "core/report/markdownwriter.h"
#include "core/report/reportbuilder.h"
#include "core/report/reportwords.h"
#include "core/smtp/smtpknowledge.h"
#include "ui/mainwindow.h"
#include "ui/presentation.h"
#include "ui/settingsdialog.h"
#include "ui/translation.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeySequence>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

using namespace rebound;

namespace {

struct TsMessage {
    QString context;
    QString source;
    QString translation;
    bool unfinished = false;
};

QList<TsMessage> readTs(const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> out;
    QString context;
    QXmlStreamReader xml(&file);
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name"_s)
            context = xml.readElementText();
        else if (xml.name() == u"message"_s)
            message = TsMessage{context, {}, {}, false};
        else if (xml.name() == u"source"_s)
            message.source = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        else if (xml.name() == u"translation"_s) {
            const auto type = xml.attributes().value(u"type"_s);
            message.unfinished = type == u"unfinished"_s || type == u"vanished"_s || type == u"obsolete"_s;
            message.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            out << message;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

// What must survive translation: %1..%99, {placeholders}, HTML tags and entities.
QStringList invariants(const QString& text) {
    static const QRegularExpression pattern(u"%L?\\d{1,2}|\\{[a-z_]+\\}|</?[a-zA-Z][^>]*>|&[a-z]+;"_s);
    QStringList out;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        out << it.next().captured();
    out.removeDuplicates(); // a plural's forms are read as one text
    out.sort();
    return out;
}

QStringList languages() {
    return QStringLiteral(REBOUND_LANGUAGES).split(u',');
}

QString tsPath(const QString& language) {
    return QStringLiteral(REBOUND_TS_DIR "/rebound_") + language + u".ts"_s;
}

struct VisibleTexts {
    QStringList menus;
    QStringList tabs;
    QStringList buttons;
};

VisibleTexts visibleTexts(const ui::MainWindow& window) {
    VisibleTexts texts;
    for (QAction* action : window.menuBar()->actions())
        texts.menus << action->text();
    const auto* tabs = window.findChild<QTabWidget*>();
    for (int i = 0; tabs && i < tabs->count(); ++i)
        texts.tabs << tabs->tabText(i);
    for (const QPushButton* button : window.findChildren<QPushButton*>())
        texts.buttons << button->text();
    return texts;
}

// The main window's detail tabs as a person reads them ("DMARC & DKIM"), in the installed language.
QStringList detailTabTitles() {
    ui::MainWindow window(nullptr, QString());
    QStringList titles;
    const auto* tabs = window.findChild<QTabWidget*>(u"detailTabs"_s);
    for (int i = 0; tabs && i < tabs->count(); ++i)
        titles << tabs->tabText(i).replace(u"&&"_s, u"&"_s);
    return titles;
}

// The tabs an English text sends the reader to ("the SPF tab"), and every "tab" that follows no real
// tab title ("the Domain tab") in *unknown.
QStringList tabsNamed(const QString& text, QStringList titles, QStringList* unknown) {
    static const QRegularExpression word(u"\\btabs?\\b"_s);
    std::sort(titles.begin(), titles.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
    QStringList named;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QString before = text.left(it.next().capturedStart());
        const auto title = std::find_if(titles.begin(), titles.end(), [&](const QString& t) {
            return before.endsWith(u"the "_s + t + u' ') || before.endsWith(u"The "_s + t + u' ');
        });
        if (title == titles.end())
            *unknown << text.left(before.size() + 3).right(60);
        else
            named << *title;
    }
    return named;
}

void collectStrings(const QJsonValue& value, QStringList& out) {
    if (value.isString())
        out << value.toString();
    else if (value.isArray())
        for (const QJsonValue& item : value.toArray())
            collectStrings(item, out);
    else if (value.isObject())
        for (const QJsonValue& item : value.toObject())
            collectStrings(item, out);
}

int differing(const QStringList& a, const QStringList& b) {
    int n = 0;
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i)
        n += a[i] != b[i] ? 1 : 0;
    return n;
}

} // namespace

class TestTranslations final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void complete_data();
    void complete();
    void inSyncWithSources_data();
    void inSyncWithSources();
    void embedded();
    void mainWindow_data();
    void mainWindow();
    void dataTexts_data();
    void dataTexts();
    void report_data();
    void report();
    void freeHelpers_data();
    void freeHelpers();
    void tabNamesInKnowledge();
    void tabNamesTranslated_data();
    void tabNamesTranslated();

private:
    QTemporaryDir m_settingsDir;
    VisibleTexts m_english;
    QString m_englishMarkdown;
};

void TestTranslations::initTestCase() {
    guitest::isolate(m_settingsDir);
    pdf::registerPdfRenderer();
    ui::Translation english;
    english.install(u"en"_s);
    ui::MainWindow window(nullptr, m_settingsDir.filePath(u"history-en.sqlite"_s));
    m_english = visibleTexts(window);
    QVERIFY(!m_english.menus.isEmpty());
    QVERIFY(m_english.tabs.size() >= 5);
    QCOMPARE(m_english.menus.first(), u"&File"_s);
}

void TestTranslations::complete_data() {
    QTest::addColumn<QString>("language");
    for (const QString& language : languages())
        QTest::newRow(qPrintable(language)) << language;
}

// No unfinished entry; every %1, {placeholder} and tag of the source is in the translation.
void TestTranslations::complete() {
    QFETCH(QString, language);
    QString error;
    const QList<TsMessage> messages = readTs(tsPath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 1000);
    QStringList problems;
    for (const TsMessage& m : messages) {
        if (m.unfinished || m.translation.isEmpty())
            problems << u"untranslated: "_s + m.context + u" / "_s + m.source.left(80);
        else if (invariants(m.source) != invariants(m.translation))
            problems << u"placeholders differ: "_s + m.source.left(80) + u" -> "_s + m.translation.left(80);
    }
    qInfo("%s: %d messages", qPrintable(language), int(messages.size()));
    QVERIFY2(problems.isEmpty(), qPrintable(QString::number(problems.size()) + u" problems, first: "_s
                                            + problems.mid(0, 5).join(u"\n"_s)));
}

void TestTranslations::inSyncWithSources_data() {
    complete_data();
}

// lupdate over the same sources, on a copy: the copy must keep exactly the messages the file has.
void TestTranslations::inSyncWithSources() {
    QFETCH(QString, language);
    QTemporaryDir dir;
    const QString copy = dir.filePath(u"rebound_"_s + language + u".ts"_s);
    QVERIFY(QFile::copy(tsPath(language), copy));
    QFile(copy).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // The project file of the update_translations target (sources, include paths), made as it makes it.
    const QString project = dir.filePath(u"project.json"_s);
    QCOMPARE(QProcess::execute(QStringLiteral(REBOUND_CMAKE),
                               {u"-DIN_FILE="_s + QStringLiteral(REBOUND_LUPDATE_PROJECT_IN),
                                u"-DOUT_FILE="_s + project, u"-P"_s,
                                QStringLiteral(REBOUND_LUPDATE_PROJECT_SCRIPT)}),
             0);
    QProcess lupdate;
    lupdate.start(QStringLiteral(REBOUND_LUPDATE),
                  {u"-project"_s, project, u"-locations"_s, u"none"_s, u"-no-obsolete"_s, u"-no-ui-lines"_s,
                   u"-silent"_s, u"-ts"_s, copy});
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);
    QString error;
    const auto key = [](const TsMessage& m) -> QString { return m.context + u'\x1f' + m.source; };
    QStringList before, after;
    for (const TsMessage& m : readTs(tsPath(language), &error))
        before << key(m);
    for (const TsMessage& m : readTs(copy, &error))
        after << key(m);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    before.sort();
    after.sort();
    QStringList added, removed;
    std::set_difference(after.begin(), after.end(), before.begin(), before.end(), std::back_inserter(added));
    std::set_difference(before.begin(), before.end(), after.begin(), after.end(),
                        std::back_inserter(removed));
    QVERIFY2(added.isEmpty() && removed.isEmpty(),
             qPrintable(u"out of sync, run the update_translations target: %1 new, %2 gone; first: %3"_s
                            .arg(added.size())
                            .arg(removed.size())
                            .arg((added + removed).mid(0, 3).join(u" | "_s).replace(u'\x1f', u'/'))));
}

// Every language is built in, and Settings offers it by its own name, after the system's and English.
void TestTranslations::embedded() {
    QStringList available = ui::Translation::availableLanguages();
    QStringList expected = languages();
    available.sort();
    expected.sort();
    QCOMPARE(available, expected);

    ui::SettingsDialog dialog{ui::AppSettings{}};
    const auto* combo = dialog.findChild<QComboBox*>(u"language"_s);
    QVERIFY(combo);
    QStringList offered, names;
    for (int i = 0; i < combo->count(); ++i) {
        offered << combo->itemData(i).toString();
        names << combo->itemText(i);
    }
    QCOMPARE(offered, QStringList({QString(), u"en"_s}) + available);
    QVERIFY2(names.contains(u"Deutsch"_s) && names.contains(u"日本語"_s)
                 && names.contains(u"Português (Brasil)"_s),
             qPrintable(names.join(u", "_s)));
}

void TestTranslations::mainWindow_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("fileMenu");
    QTest::newRow("de") << u"de"_s << u"&Datei"_s;
    QTest::newRow("fr") << u"fr"_s << u"&Fichier"_s;
    QTest::newRow("es") << u"es"_s << u"&Archivo"_s;
    QTest::newRow("pt_BR") << u"pt_BR"_s << u"&Arquivo"_s;
    QTest::newRow("ja") << u"ja"_s << u"ファイル(&F)"_s;
}

// The language is applied when the window is made (Settings says: at the next start); a window made
// after install() shows every menu, most tabs and buttons in that language.
void TestTranslations::mainWindow() {
    QFETCH(QString, language);
    QFETCH(QString, fileMenu);
    ui::Translation translation;
    QVERIFY(translation.install(language));
    QCOMPARE(translation.locale().name().left(2), language.left(2));
    ui::MainWindow window(nullptr, m_settingsDir.filePath(u"history-"_s + language + u".sqlite"_s));
    const VisibleTexts texts = visibleTexts(window);
    QCOMPARE(texts.menus.first(), fileMenu);
    QCOMPARE(texts.menus.size(), m_english.menus.size());
    QCOMPARE(differing(texts.menus, m_english.menus), int(texts.menus.size()));
    // Each menu keeps its own Alt+key.
    QStringList mnemonics;
    for (const QString& menu : texts.menus)
        mnemonics << QKeySequence::mnemonic(menu).toString();
    QVERIFY2(!mnemonics.contains(QString()), qPrintable(texts.menus.join(u", "_s)));
    QCOMPARE(QSet<QString>(mnemonics.begin(), mnemonics.end()).size(), mnemonics.size());
    // Mail admins keep "SPF", "MX && SMTP" (and in German "Bounce", "Blocklists"); some tabs change.
    QCOMPARE(texts.tabs.size(), m_english.tabs.size());
    QVERIFY2(differing(texts.tabs, m_english.tabs) >= 1, qPrintable(texts.tabs.join(u", "_s)));
    QVERIFY2(differing(texts.buttons, m_english.buttons) >= texts.buttons.size() / 2,
             qPrintable(texts.buttons.join(u", "_s)));
    // Qt's own strings come from qtbase_*.qm (a standard button of a dialog, say).
    QCOMPARE_NE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancel"_s);
}

void TestTranslations::dataTexts_data() {
    complete_data();
}

// resources/*.json texts: a finding of findings.json, the causes the rule book finds for the sample
// session; rebound-cli (no translator) stays English.
void TestTranslations::dataTexts() {
    QFETCH(QString, language);
    const auto session = diagnosis::sessionFromJson(guitest::sampleSession());
    QVERIFY(session);
    const QList<diagnosis::Cause> english = diagnosis::diagnose(*session);
    QVERIFY(!english.isEmpty());
    const smtp::SmtpKnowledge::Args args{{u"where"_s, u"mx.example.net (192.0.2.1 port 25)"_s}};
    const auto englishFinding = smtp::SmtpKnowledge::instance().finding(u"smtp.connect_refused"_s, args);
    // A bounce reason's label and a blocklist verdict's reason (the code's own words, not the catalog's).
    QCOMPARE(bounce::reasonLabel(u"userunknown"_s), u"Unknown recipient"_s);
    dns::DnsResult refused;
    refused.outcome = dns::Outcome::Refused;
    const blocklist::BlocklistEntry entry;
    const QString englishRefusal = blocklist::classifyReply(entry, refused).reason;
    QCOMPARE(englishRefusal, u"the DNS server refused the query (REFUSED)"_s);
    // A DKIM key's t=y warning: translated, and still told apart by the code (its finding id).
    const QByteArray testingKey("v=DKIM1; t=y; p=");
    const QString englishTesting = auth::parseDkimKey({testingKey}).testingWarning;
    QVERIFY(englishTesting.startsWith(u"t=y: the domain says it is testing DKIM"_s));

    ui::Translation translation;
    QVERIFY(translation.install(language));
    const QList<diagnosis::Cause> translated = diagnosis::diagnose(*session);
    QCOMPARE(translated.size(), english.size());
    for (qsizetype i = 0; i < english.size(); ++i) {
        QCOMPARE(translated[i].id, english[i].id);
        QVERIFY2(translated[i].title != english[i].title, qPrintable(translated[i].title));
        QVERIFY2(translated[i].summary != english[i].summary, qPrintable(translated[i].summary));
    }
    const auto finding = smtp::SmtpKnowledge::instance().finding(u"smtp.connect_refused"_s, args);
    QVERIFY2(finding.title != englishFinding.title, qPrintable(finding.title));
    QVERIFY2(finding.title.contains(u"mx.example.net"_s), qPrintable(finding.title));
    const QString label = bounce::reasonLabel(u"userunknown"_s);
    QVERIFY2(label != u"Unknown recipient"_s && !label.isEmpty(), qPrintable(label));
    const QString refusal = blocklist::classifyReply(entry, refused).reason;
    QVERIFY2(refusal != englishRefusal && refusal.contains(u"REFUSED"_s), qPrintable(refusal));
    const auth::DkimKey key = auth::parseDkimKey({testingKey});
    QVERIFY2(key.testingWarning != englishTesting && key.warnings.contains(key.testingWarning),
             qPrintable(key.testingWarning));
}

void TestTranslations::report_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("heading"); // the translation of "Diagnosis", a section of every report
    QTest::newRow("de") << u"de"_s << u"Diagnose"_s;
    QTest::newRow("fr") << u"fr"_s << u"Diagnostic"_s;
    QTest::newRow("es") << u"es"_s << u"Diagnóstico"_s;
    QTest::newRow("pt_BR") << u"pt_BR"_s << u"Diagnóstico"_s;
    QTest::newRow("ja") << u"ja"_s << u"診断"_s;
}

// The report (core/report, core/pdf) is written in the installed language: Markdown and the PDF's text.
void TestTranslations::report() {
    QFETCH(QString, language);
    QFETCH(QString, heading);
    report::ReportOptions options;
    const QJsonObject exported = report::exportedSession(guitest::sampleSession(), options);
    const QString english = report::toMarkdown(report::buildReport(exported, options));
    QVERIFY(english.contains(u"Diagnosis"_s));

    ui::Translation translation;
    QVERIFY(translation.install(language));
    const QString markdown = report::toMarkdown(report::buildReport(exported, options));
    QVERIFY2(markdown.contains(heading), qPrintable(markdown.left(600)));
    QVERIFY(!markdown.contains(u"# Diagnosis"_s));

    const auto pdf = pdf::renderPdfReport(exported, options);
    QVERIFY(pdf);
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QProcess process;
    process.start(pdftotext, {u"-"_s, u"-"_s});
    process.write(*pdf);
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(60000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(text.contains(heading), qPrintable(text.left(600)));
}

// Every tab a text of resources/ sends the reader to ("check the SPF tab") is a real tab of the main
// window: texts that named a "Domain tab" after the tabs were split must not come back.
void TestTranslations::freeHelpers_data() {
    mainWindow_data();
}

// A tr() helper outside a class is filed by lupdate under its enclosing namespace; the words it gives
// (severity and actor names in the GUI, the report's icon words) must be looked up under that context.
void TestTranslations::freeHelpers() {
    QFETCH(QString, language);
    ui::Translation translation;
    QVERIFY(translation.install(language));
    QCOMPARE_NE(ui::severityText(Severity::Warning), u"Warning"_s);
    QCOMPARE_NE(ui::actorText(diagnosis::Actor::Recipient), u"The recipient's admin"_s);
    QCOMPARE_NE(report::words::severity(u"warning"_s), u"Warning"_s);
}

void TestTranslations::tabNamesInKnowledge() {
    ui::Translation english;
    english.install(u"en"_s);
    const QStringList titles = detailTabTitles();
    QVERIFY(titles.contains(u"SPF"_s) && titles.contains(u"DMARC & DKIM"_s));
    QStringList unknown, named;
    for (const char* file : {"diagnosis/rules.json", "smtp/findings.json", "auth/findings.json",
                             "blocklist/catalog.json", "ui/auth-tags.json", "bounce/reasons.json"}) {
        QFile json(QStringLiteral(REBOUND_RESOURCES_DIR "/") + QString::fromLatin1(file));
        QVERIFY2(json.open(QIODevice::ReadOnly), file);
        QStringList texts;
        collectStrings(QJsonDocument::fromJson(json.readAll()).object(), texts);
        QVERIFY(texts.size() > 10);
        for (const QString& text : texts)
            named << tabsNamed(text, titles, &unknown);
    }
    QVERIFY2(unknown.isEmpty(), qPrintable(u"no such tab (the tabs are: "_s + titles.join(u", "_s) + u"): "_s
                                           + unknown.join(u" | "_s)));
    QVERIFY(named.contains(u"SPF"_s)); // the check sees the rule texts' tabs at all
    // A tab mentioned without "the ... tab" would slip through: the pattern must catch the old text.
    QStringList old;
    tabsNamed(u"Fix the errors listed in the Domain tab."_s, titles, &old);
    QCOMPARE(old.size(), 1);
}

void TestTranslations::tabNamesTranslated_data() {
    complete_data();
}

// Every message that names a tab (rules, findings, the views' own texts) names it in each language by
// the title the tab has in that language.
void TestTranslations::tabNamesTranslated() {
    QFETCH(QString, language);
    ui::Translation english;
    english.install(u"en"_s);
    const QStringList titles = detailTabTitles();
    ui::Translation translation;
    QVERIFY(translation.install(language));
    const QStringList translatedTitles = detailTabTitles();
    QCOMPARE(translatedTitles.size(), titles.size());
    QString error;
    const QList<TsMessage> messages = readTs(tsPath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList unknown, problems;
    int checked = 0;
    for (const TsMessage& m : messages) {
        for (const QString& title : tabsNamed(m.source, titles, &unknown)) {
            const QString wanted = translatedTitles[titles.indexOf(title)];
            ++checked;
            if (!m.translation.contains(wanted))
                problems << u"\""_s + wanted + u"\" missing in: "_s + m.translation.simplified().left(160);
        }
    }
    QVERIFY2(unknown.isEmpty(), qPrintable(unknown.join(u" | "_s)));
    QVERIFY(checked >= 5);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
}

QTEST_MAIN(TestTranslations)
#include "test_translations.moc"
