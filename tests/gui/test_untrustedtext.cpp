// Untrusted text in the desktop views: a session file or a bounce may carry bidi overrides that reorder
// what is shown (U+202E), and markup that Qt would render in a tooltip (an <img> that loads a local
// file). The bounce text view shows each override as U+FFFD, one for one so the evidence spans still
// match, and every tooltip built from untrusted text is plain text.
#include "guitestsupport.h"
#include "ui/bounceview.h"
#include "ui/diagnosisview.h"
#include "ui/jsontreemodel.h"
#include "ui/presentation.h"

#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextEdit>

using namespace Qt::StringLiterals;

using namespace rebound::ui;

class TestUntrustedText : public QObject {
    Q_OBJECT

    QTemporaryDir m_settingsDir;

private slots:
    void initTestCase() { rebound::guitest::isolate(m_settingsDir); }

    void bounceTextNeutralisesBidi() {
        const QString text = u"550 5.7.1 user \u202Etxt.exe\u202C blocked \u2066x\u2069 done"_s;
        const QString img = u"<img src=\"file:///etc/hostname\">"_s;
        const QJsonObject bounce{
            {u"text"_s, text},
            {u"recipients"_s,
             QJsonArray{QJsonObject{
                 {u"recipient"_s, u"bob@example.org"_s},
                 {u"reason"_s, img},
                 {u"diagnostic"_s, u"evil \u202Eoverride"_s},
                 {u"evidence"_s, QJsonArray{QJsonObject{
                                     {u"offset"_s, 16}, {u"length"_s, 7}, {u"what"_s, u"diagnostic"_s}}}}}}}};
        BounceView view;
        view.setBounce(bounce, {}, {});
        auto* edit = view.findChild<QPlainTextEdit*>(u"bounceText"_s);
        QVERIFY(edit);
        const QString shown = edit->toPlainText();
        QCOMPARE(shown.size(), text.size()); // one for one: the spans still point at the same text
        for (const QChar ch : shown)
            QVERIFY2(!(ch.unicode() >= 0x202a && ch.unicode() <= 0x202e)
                         && !(ch.unicode() >= 0x2066 && ch.unicode() <= 0x2069),
                     qPrintable(QString::number(ch.unicode(), 16)));
        QCOMPARE(shown.mid(16, 7), u"txt.exe"_s);
        QCOMPARE(view.highlightCount(), 1);

        bool sawReasonTip = false;
        // The fields are labels or, for long values, read-only text edits that wrap (WrapLabel).
        for (QWidget* field : view.findChildren<QWidget*>()) {
            const auto* label = qobject_cast<QLabel*>(field);
            const auto* edit = qobject_cast<QTextEdit*>(field);
            const QString shownText = label ? label->text() : edit ? edit->toPlainText() : QString();
            QVERIFY2(!shownText.contains(QChar(0x202e)), qPrintable(shownText));
            const QString tip = field->toolTip();
            if (tip.isEmpty())
                continue;
            QVERIFY2(!tip.contains(u"<img"_s), qPrintable(tip));
            sawReasonTip = sawReasonTip || tip.contains(u"&lt;img"_s);
        }
        QVERIFY(sawReasonTip);
    }

    // A refused or unrecognised input is said as such in the diagnosis view, never "no problem".
    void refusedInputIsSaidInTheGui() {
        DiagnosisView view;
        view.setDiagnosis({}, rebound::diagnosis::Verdict::InputRefused, false);
        const QString refused = view.findChild<QLabel*>(u"verdict"_s)->text();
        QVERIFY2(refused.contains(u"refused"_s) && !refused.contains(u"No problem"_s), qPrintable(refused));
        view.setDiagnosis({}, rebound::diagnosis::Verdict::NothingRecognised, false);
        QVERIFY(view.findChild<QLabel*>(u"verdict"_s)->text().contains(u"recognised"_s));
        BounceView bounce;
        bounce.setBounce(QJsonObject{{u"kind"_s, u"binary"_s}, {u"error"_s, u"The input is binary data"_s}},
                         {}, {});
        bool said = false;
        for (QLabel* label : bounce.findChildren<QLabel*>())
            said = said || label->text().contains(u"The input is binary data"_s);
        QVERIFY(said);
    }

    void jsonTreeToolTipsArePlain() {
        JsonTreeModel model;
        model.setRoots({{u"banner"_s, QJsonValue(u"<img src=\"file:///etc/hostname\"> \u202Eevil"_s)}});
        const QModelIndex value = model.index(0, 1);
        const QString tip = model.data(value, Qt::ToolTipRole).toString();
        QVERIFY2(!tip.contains(u"<img"_s) && tip.contains(u"&lt;img"_s), qPrintable(tip));
        QVERIFY(!tip.contains(QChar(0x202e)));
        QVERIFY(!plainToolTip(u"\u202Eabc"_s).contains(QChar(0x202e)));
    }
};

QTEST_MAIN(TestUntrustedText)
#include "test_untrustedtext.moc"
