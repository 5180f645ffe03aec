#pragma once

#include "core/iphealth/iphealthresult.h"

#include <QJsonObject>

namespace rebound::iphealth {

// The JSON of one IP as rebound-cli ip prints it (docs/CLI.md), reused by the diagnosis, GUI and
// report. Untrusted strings (PTR names, TXT) are escaped.
QJsonObject toJson(const IpHealthResult& result);
QJsonObject toJson(const ReverseDnsResult& rdns);

} // namespace rebound::iphealth
