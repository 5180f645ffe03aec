// Shared set-up for the GUI tests: test-mode standard paths, a temporary settings file, and the
// sample session (tests/gui/data/sample-session.json).
#pragma once

#include "ui/appsettings.h"

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

// The settings that send every check to a DNS lab (server "ip:port") with nothing else reached: no
// SMTP server, the documentation addresses the lab zones use checked like public ones.
inline void useLab(const QString& server) {
    ui::AppSettings settings;
    settings.customResolver = true;
    settings.resolverServers = server;
    settings.dnsTimeoutMs = 2000;
    settings.smtpProbe = false;
    settings.checkDocumentationRanges = true;
    settings.save();
}

// A delivered message of tests/gui/zones' example.net: two hops, the first external one 192.0.2.99, a
// DKIM signature whose key is gone.
inline QString deliveredMessage() {
    return QStringLiteral(
        "Return-Path: <ann@example.net>\n"
        "Received: from mail.example.net (mail.example.net [192.0.2.99])\n"
        "\tby mx.receiver.example with ESMTP id 1; Mon, 7 Dec 2026 10:00:05 +0000\n"
        "Received: from pc.internal (pc.internal [10.0.0.5]) by mail.example.net\n"
        "\twith ESMTPSA id 2; Mon, 7 Dec 2026 09:00:01 +0000\n"
        "DKIM-Signature: v=1; a=rsa-sha256; d=example.net; s=gone; h=from; bh=AAAA; b=AAAA\n"
        "From: Ann <ann@example.net>\nSubject: Hello\nDate: Mon, 7 Dec 2026 09:00:00 +0000\n"
        "Message-ID: <1@example.net>\n\nHello.\n");
}

} // namespace rebound::guitest
