#pragma once

#include <QJsonObject>
#include <QString>

namespace rebound::diagnosis {

// Runs the offline bounce analyser on the input and returns its JSON (as rebound-cli bounce prints it).
// Pure and thread-safe: the run calls it from a worker thread.
QJsonObject analyseBounceToJson(const QString& input);

} // namespace rebound::diagnosis
