// Shared set-up for the GUI tests: test-mode standard paths, a temporary settings file, and the
// sample session (tests/gui/data/sample-session.json).
#pragma once

#include <QApplication>
#include <QCoreApplication>
#include <QDropEvent>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QWidget>

namespace rebound::guitest {

// Call from initTestCase(): nothing a test does touches the user's settings or history.
inline void isolate(const QTemporaryDir& settingsDir) {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ReboundTest"));
    QCoreApplication::setApplicationName(QStringLiteral("Rebound"));
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

// What a file manager's drag and drop of one file delivers to target.
inline void drop(QWidget* target, const QString& path) {
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPointF at(target->width() / 2.0, target->height() / 2.0);
    QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QDropEvent dropEvent(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &dropEvent);
}

} // namespace rebound::guitest
