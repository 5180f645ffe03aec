// Shared set-up for the GUI tests: test-mode standard paths, a temporary settings file, and the
// sample session (tests/gui/data/sample-session.json).
#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace rebound::guitest {

// Call from initTestCase(): nothing a test does touches the user's settings or history.
inline void isolate(const QTemporaryDir& settingsDir) {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"ReboundTest"_qs);
    QCoreApplication::setApplicationName(u"Rebound"_qs);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QSettings().clear();
}

inline QJsonObject sampleSession() {
    QFile file(QStringLiteral(REBOUND_TEST_DATA_DIR "/gui/data/sample-session.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace rebound::guitest
