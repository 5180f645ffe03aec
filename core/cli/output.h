#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTextStream>

namespace rebound::cli {

// stdout and stderr as UTF-8 text streams for the commands.
QTextStream& out();
QTextStream& err();

void printJson(const QJsonObject& object, bool compact = false);
// Bytes (UTF-8 text) straight to stdout, after what out() holds; flushBytes() flushes them.
void writeBytes(QByteArrayView bytes);
void flushBytes();
// Prints "rebound-cli: <message>" to stderr and returns code.
int fail(int code, const QString& message);

} // namespace rebound::cli
