// The Spamhaus DQS and Abusix keys never sit in clear text in the settings file: they go to the system
// keychain, or, where none runs (as on the test machines: no Secret Service daemon, no session bus), to
// an owner-only file, and the settings dialog says which. A key an older version stored in the settings
// file is moved out on the first load. The settings file itself is written 0600; the key fields are
// masked until "show" is checked.
#include "core/secrets/secretstore.h"
#include "guitestsupport.h"
#include "ui/appsettings.h"
#include "ui/settingsdialog.h"

#include <QAction>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace rebound::ui;
using rebound::secrets::SecretStore;

namespace {

QByteArray contents(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

bool ownerOnly(const QString& path) {
    const QFileDevice::Permissions all = QFile::permissions(path);
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
                                            | QFileDevice::ReadOther | QFileDevice::WriteOther
                                            | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    return (all & OwnerOnly) == OwnerOnly && !(all & others);
}

} // namespace

class TestSecrets : public QObject {
    Q_OBJECT

    QTemporaryDir m_settingsDir;

private slots:
    void init() {
        rebound::guitest::isolate(m_settingsDir);
        QFile::remove(SecretStore::fallbackPath());
        // Whatever an earlier run left in a keychain under the test organisation.
        SecretStore::write(u"spamhausDqsKey"_s, QString());
        SecretStore::write(u"abusixKey"_s, QString());
    }

    // An old plain key in the settings file moves out on the first load, and stays readable.
    void plainKeyIsMigrated() {
        {
            QSettings old;
            old.setValue(u"blocklists/spamhausDqsKey"_s, u"olddqskey123"_s);
            old.setValue(u"resolver/timeoutMs"_s, 3000);
        }
        QVERIFY(contents(QSettings().fileName()).contains("olddqskey123"));
        const AppSettings loaded = AppSettings::load();
        QCOMPARE(loaded.spamhausDqsKey, u"olddqskey123"_s);
        QCOMPARE(loaded.dnsTimeoutMs, 3000);
        QVERIFY2(!contents(QSettings().fileName()).contains("olddqskey123"),
                 contents(QSettings().fileName()).constData());
        QVERIFY(!QSettings().contains(u"blocklists/spamhausDqsKey"_s));
        QVERIFY(ownerOnly(QSettings().fileName()));
        QVERIFY(!loaded.secretsNote.isEmpty());
        // Loaded again, from where it went.
        QCOMPARE(AppSettings::load().spamhausDqsKey, u"olddqskey123"_s);
    }

    // This machine runs no keychain: the store detects the keychain's error, falls back to the
    // owner-only file and says so; where a keychain does run, the file holds no key at all.
    void keychainlessRunFallsBackToAnOwnerOnlyFile() {
        AppSettings settings;
        settings.spamhausDqsKey = u"dqs0123456789"_s;
        settings.abusixKey = u"abusixkey42"_s;
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(settings.save(), qPrintable(settings.secretsNote));
        QVERIFY2(timer.elapsed() < 2 * SecretStore::KeychainTimeoutMs + 2000,
                 qPrintable(QString::number(timer.elapsed())));
        const QByteArray settingsFile = contents(QSettings().fileName());
        QVERIFY(!settingsFile.isEmpty());
        QVERIFY(!settingsFile.contains("dqs0123456789") && !settingsFile.contains("abusixkey42"));
        QVERIFY(ownerOnly(QSettings().fileName()));

        const SecretStore::Outcome read = SecretStore::read(u"abusixKey"_s);
        QVERIFY(read.ok);
        QCOMPARE(read.value, u"abusixkey42"_s);
        qInfo("where the keys went: %s", qPrintable(read.note));
        if (read.backend == SecretStore::Backend::File) {
            QVERIFY2(read.note.contains(SecretStore::fallbackPath()), qPrintable(read.note));
            QVERIFY2(read.note.contains(u"keychain"_s), qPrintable(read.note));
            QVERIFY(ownerOnly(SecretStore::fallbackPath()));
            QVERIFY(contents(SecretStore::fallbackPath()).contains("dqs0123456789"));
        } else {
            QVERIFY(!contents(SecretStore::fallbackPath()).contains("dqs0123456789"));
        }
        const AppSettings loaded = AppSettings::load();
        QCOMPARE(loaded.spamhausDqsKey, u"dqs0123456789"_s);
        QCOMPARE(loaded.abusixKey, u"abusixkey42"_s);
        QCOMPARE(loaded.runOptions()->abusixKey, u"abusixkey42"_s);

        // Removing a key removes it from wherever it was.
        settings.abusixKey.clear();
        QVERIFY(settings.save());
        QVERIFY(AppSettings::load().abusixKey.isEmpty());
        QVERIFY(!contents(SecretStore::fallbackPath()).contains("abusixkey42"));
    }

    // The fields are masked; "show" reveals the key only while it is checked; the dialog says where the
    // keys are kept.
    void fieldsAreMasked() {
        AppSettings settings;
        settings.spamhausDqsKey = u"dqs0123456789"_s;
        settings.secretsNote = u"kept somewhere"_s;
        SettingsDialog dialog(settings);
        for (const QString& name : {u"dqsKey"_s, u"abusixKey"_s}) {
            auto* field = dialog.findChild<QLineEdit*>(name);
            QVERIFY(field);
            QCOMPARE(field->echoMode(), QLineEdit::Password);
            auto* show = field->findChild<QAction*>(name + u"Show"_s);
            QVERIFY(show);
            show->setChecked(true);
            QCOMPARE(field->echoMode(), QLineEdit::Normal);
            show->setChecked(false);
            QCOMPARE(field->echoMode(), QLineEdit::Password);
        }
        QCOMPARE(dialog.findChild<QLabel*>(u"secretsNote"_s)->text(), u"kept somewhere"_s);
        QCOMPARE(dialog.settings().spamhausDqsKey, u"dqs0123456789"_s);
    }
};

QTEST_MAIN(TestSecrets)
#include "test_secrets.moc"
