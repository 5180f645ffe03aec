#pragma once

#include "core/util/finding.h"

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
// The exit code of a command that reports findings (domain, message): 3 when a check could not be
// completed, else 1 when a finding is an error or critical, else 0.
int findingsExitCode(const QList<Finding>& findings, bool couldNotCheck);

// Prints "rebound-cli: <message>" to stderr and returns code.
int fail(int code, const QString& message);

} // namespace rebound::cli
