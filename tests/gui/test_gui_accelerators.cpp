// Keyboard accelerators (Alt+letter) never clash: in every window and dialog of the app (the main window
// with each detail tab and the history shown, the settings dialog on each page, the export dialog) and in
// every menu, no two visible labels, buttons, tabs or menu titles share a letter. In English and in each
// shipped language, installed as the app installs it (ui::Translation: Rebound's and Qt's own .qm).
#include "guitestsupport.h"
#include "ui/appsettings.h"
#include "ui/mainwindow.h"
#include "ui/report/exportdialog.h"
#include "ui/settingsdialog.h"
#include "ui/translation.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace rebound;

namespace {

// One accelerator in a scope: the key (Alt+X) and the text that owns it.
struct Accelerator {
    QString key;
    QString text;
};

void add(QList<Accelerator>& out, const QString& text) {
    const QKeySequence key = QKeySequence::mnemonic(text);
    if (!key.isEmpty())
        out.append({key.toString(QKeySequence::PortableText), text});
}

// What is reachable by Alt+letter in window right now: visible buttons (check boxes and radio buttons
// included), labels with a buddy, group box titles and tab titles. The menu bar's titles count too.
QList<Accelerator> windowAccelerators(QWidget* window) {
    QList<Accelerator> out;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisible() || w->window() != window)
            continue;
        if (const auto* button = qobject_cast<QAbstractButton*>(w))
            add(out, button->text());
        else if (const auto* label = qobject_cast<QLabel*>(w); label && label->buddy())
            add(out, label->text());
        else if (const auto* group = qobject_cast<QGroupBox*>(w))
            add(out, group->title());
        else if (const auto* tabs = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                if (tabs->isTabVisible(i))
                    add(out, tabs->tabText(i));
        } else if (const auto* bar = qobject_cast<QMenuBar*>(w)) {
            for (const QAction* action : bar->actions())
                if (action->isVisible())
                    add(out, action->text());
        }
    }
    return out;
}

QList<Accelerator> menuAccelerators(const QMenu* menu) {
    QList<Accelerator> out;
    for (const QAction* action : menu->actions())
        if (action->isVisible() && !action->isSeparator())
            add(out, action->text());
    return out;
}

// "Alt+T: &Test resolver | Query &timeout:" for each key owned by more than one text.
QStringList clashes(const QList<Accelerator>& accelerators) {
    QMap<QString, QStringList> byKey;
    for (const Accelerator& a : accelerators)
        byKey[a.key] << a.text;
    QStringList out;
    for (auto it = byKey.begin(); it != byKey.end(); ++it)
        if (it.value().size() > 1)
            out << it.key() + u": "_s + it.value().join(u" | "_s);
    return out;
}

// Every scope of a window with tab widgets: each page of each tab widget shown in turn (a hidden page's
// labels and buttons take no keys).
void checkTabbedWindow(QWidget* window, const QString& name, QStringList& problems, int* scopes) {
    const QList<QTabWidget*> tabWidgets = window->findChildren<QTabWidget*>();
    QList<int> counts;
    for (const QTabWidget* tabs : tabWidgets)
        counts << std::max(1, int(tabs->count()));
    int combinations = 0;
    for (int index = 0;; ++index) {
        // Step through the pages of every tab widget together, the longest one decides.
        bool any = false;
        for (qsizetype t = 0; t < tabWidgets.size(); ++t) {
            if (index < counts[t]) {
                tabWidgets[t]->setCurrentIndex(index);
                any = true;
            }
        }
        if (!any && index > 0)
            break;
        QApplication::processEvents();
        const QList<Accelerator> accelerators = windowAccelerators(window);
        for (const QString& clash : clashes(accelerators)) {
            const QString problem = name + u": "_s + clash;
            if (!problems.contains(problem)) // the same clash on several pages is reported once
                problems << problem;
        }
        ++combinations;
        if (tabWidgets.isEmpty())
            break;
    }
    *scopes += combinations;
}

QStringList testedLanguages() {
    return QStringList{u"en"_s} + QStringLiteral(REBOUND_LANGUAGES).split(u',');
}

} // namespace

class TestGuiAccelerators final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { guitest::isolate(m_settingsDir); }

    void noClashes_data() {
        QTest::addColumn<QString>("language");
        for (const QString& language : testedLanguages())
            QTest::newRow(qPrintable(language)) << language;
    }

    void noClashes() {
        QFETCH(QString, language);
        ui::Translation translation;
        QVERIFY(translation.install(language) || language == u"en");
        QStringList problems;
        int scopes = 0;

        // The main window with a session in every view and the history dock open.
        ui::MainWindow window(nullptr, m_settingsDir.filePath(u"history-"_s + language + u".sqlite"_s));
        window.showSession(guitest::sampleSession());
        window.show();
        window.findChild<QDockWidget*>(u"historyDock"_s)->show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        checkTabbedWindow(&window, u"main window"_s, problems, &scopes);
        // Its menu bar's titles are in every scope above; each menu is a scope of its own.
        int menus = 0;
        for (const QMenu* menu : window.menuBar()->findChildren<QMenu*>()) {
            ++menus;
            for (const QString& clash : clashes(menuAccelerators(menu)))
                problems << u"menu "_s + menu->title() + u": "_s + clash;
        }
        QVERIFY(menus >= 5);
        // The menu bar's own titles each have a key (Alt+F opens File in every language).
        for (const QAction* action : window.menuBar()->actions())
            if (QKeySequence::mnemonic(action->text()).isEmpty())
                problems << u"menu without a key: "_s + action->text();

        ui::SettingsDialog settings{ui::AppSettings{}, &window};
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        checkTabbedWindow(&settings, u"settings"_s, problems, &scopes);
        QCOMPARE(settings.findChild<QTabWidget*>(u"settingsTabs"_s)->count(), 5);
        settings.close();

        ui::ExportDialog exportDialog(guitest::sampleSession(), &window);
        exportDialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&exportDialog));
        checkTabbedWindow(&exportDialog, u"export"_s, problems, &scopes);
        exportDialog.close();

        QVERIFY(scopes >= 7 + 5 + 1);
        for (const QString& problem : problems)
            qWarning("%s: %s", qPrintable(language), qPrintable(problem));
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QString::number(problems.size()) + u" clashes, first: "_s + problems.value(0)));
    }

    // The check itself finds a clash (the one settings had: "&Test resolver" and "Query &timeout:").
    void detectsAClash() {
        QCOMPARE(clashes({{u"Alt+T"_s, u"&Test resolver"_s}, {u"Alt+T"_s, u"Query &timeout:"_s}}).size(), 1);
        QList<Accelerator> keys;
        add(keys, u"&Test resolver"_s);
        add(keys, u"Query &timeout:"_s);
        add(keys, u"DMARC && DKIM"_s); // a literal ampersand takes no key
        add(keys, u"ファイル(&F)"_s);
        QCOMPARE(keys.size(), 3);
        QCOMPARE(keys[0].key, keys[1].key);
        QCOMPARE(clashes(keys).size(), 1);
    }

private:
    QTemporaryDir m_settingsDir;
};

QTEST_MAIN(TestGuiAccelerators)
#include "test_gui_accelerators.moc"
