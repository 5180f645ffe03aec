// The JSON form of a message analysis (docs/CLI.md, rebound-cli message --json).
#pragma once

#include "core/message/messageanalysis.h"

#include <QJsonObject>

namespace rebound::message {

QJsonObject toJson(const MessageReport& report);

} // namespace rebound::message
