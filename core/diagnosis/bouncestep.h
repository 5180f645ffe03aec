#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace rebound::diagnosis {

struct BounceStep {
    QJsonObject json;           // as rebound-cli bounce prints it
    QByteArray returnedMessage; // the message the bounce returned, when it attached one
    bool returnedHeadersOnly = false;
};

// Runs the offline bounce analyser on the input. Pure and thread-safe: the run calls it from a worker
// thread.
BounceStep analyseBounceInput(const QString& input);

} // namespace rebound::diagnosis
