#include "core/secrets/secretstore.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSettings>
#include <QTimer>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace rebound::secrets {
namespace {

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr qint64 MaxSecretsFileBytes = 64 * 1024;

QString serviceName() {
    const QString organization = QCoreApplication::organizationName();
    return organization.isEmpty() ? u"Rebound"_s : organization;
}

// Runs one keychain job to its end (or the timeout). Empty error text: it worked.
struct JobResult {
    QKeychain::Error error = QKeychain::OtherError;
    QString errorText;
    QString value;
};

// The job deletes itself once it finishes: one that outlives the timeout (a locked keychain prompting in
// a session nobody sees) is left to finish, or not, on its own, never destroyed while the keychain still
// talks to it; its late answer reaches nobody (the connection dies with the loop).
JobResult runJob(QKeychain::Job* job, int timeoutMs) {
    job->setAutoDelete(true);
    QEventLoop loop;
    JobResult result;
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job* done) {
        finished = true;
        result.error = done->error();
        result.errorText = done->errorString();
        if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(done);
            read && done->error() == QKeychain::NoError)
            result.value = read->textData();
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!finished)
        loop.exec();
    if (!finished) {
        result.errorText =
            SecretStore::tr("the keychain did not answer within %1 s").arg(double(timeoutMs) / 1000.0);
    }
    return result;
}

QJsonObject readFile() {
    QFile file(SecretStore::fallbackPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.read(MaxSecretsFileBytes)).object();
}

bool writeFile(const QJsonObject& secrets, QString* error) {
    const QString path = SecretStore::fallbackPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    // Owner-only before a byte is written, and again after the rename.
    file.setPermissions(OwnerOnly);
    file.write(QJsonDocument(secrets).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    if (!QFile::setPermissions(path, OwnerOnly)) {
        *error = SecretStore::tr("cannot make %1 readable by its owner only").arg(path);
        return false;
    }
    return true;
}

SecretStore::Outcome fileNote(SecretStore::Outcome outcome, const QString& keychainError) {
    outcome.backend = SecretStore::Backend::File;
    outcome.note = SecretStore::tr("No system keychain is available (%1), so the key is kept in %2, readable "
                                   "only by you.")
                       .arg(keychainError, SecretStore::fallbackPath());
    return outcome;
}

} // namespace

QString SecretStore::fallbackPath() {
    // The desktop app's settings file, whatever this process is called (rebound-cli reads what the app
    // wrote).
    const QFileInfo settings(QSettings(QSettings::defaultFormat(), QSettings::UserScope,
                                       QCoreApplication::organizationName(), u"Rebound"_s)
                                 .fileName());
    return settings.absolutePath() + u'/' + settings.completeBaseName() + u"-secrets.json"_s;
}

SecretStore::Outcome SecretStore::read(const QString& name, int timeoutMs) {
    Outcome outcome;
    auto* job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(name);
    const JobResult result = runJob(job, timeoutMs);
    if (result.error == QKeychain::NoError || result.error == QKeychain::EntryNotFound) {
        outcome.ok = true;
        outcome.backend = Backend::Keychain;
        outcome.value = result.value;
        outcome.note = SecretStore::tr("The key is kept in the system keychain.");
        // A key left in the file while the keychain was away still counts.
        if (outcome.value.isEmpty())
            outcome.value = readFile().value(name).toString();
        return outcome;
    }
    outcome.ok = true;
    outcome.value = readFile().value(name).toString();
    return fileNote(outcome, result.errorText);
}

SecretStore::Outcome SecretStore::remove(const QString& name, int timeoutMs) {
    return write(name, QString(), timeoutMs);
}

SecretStore::Outcome SecretStore::write(const QString& name, const QString& value, int timeoutMs) {
    Outcome outcome;
    JobResult result;
    if (value.isEmpty()) {
        auto* job = new QKeychain::DeletePasswordJob(serviceName());
        job->setKey(name);
        result = runJob(job, timeoutMs);
        if (result.error == QKeychain::EntryNotFound)
            result.error = QKeychain::NoError;
    } else {
        auto* job = new QKeychain::WritePasswordJob(serviceName());
        job->setKey(name);
        job->setTextData(value);
        result = runJob(job, timeoutMs);
    }
    QJsonObject secrets = readFile();
    if (result.error == QKeychain::NoError) {
        outcome.ok = true;
        outcome.backend = Backend::Keychain;
        outcome.note = SecretStore::tr("The key is kept in the system keychain.");
        // Never leave a copy in the file once the keychain holds it.
        if (secrets.contains(name)) {
            secrets.remove(name);
            QString error;
            writeFile(secrets, &error);
        }
        return outcome;
    }
    if (value.isEmpty() && !secrets.contains(name)) {
        outcome.ok = true; // nothing stored, nothing to remove: no file is created for it
        return fileNote(outcome, result.errorText);
    }
    if (value.isEmpty())
        secrets.remove(name);
    else
        secrets.insert(name, value);
    QString error;
    outcome.ok = writeFile(secrets, &error);
    outcome = fileNote(outcome, result.errorText);
    if (!outcome.ok)
        outcome.note = SecretStore::tr("The key could not be stored: no keychain (%1), and %2 (%3).")
                           .arg(result.errorText, fallbackPath(), error);
    return outcome;
}

} // namespace rebound::secrets
