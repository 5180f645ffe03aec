#pragma once

#include "core/dns/dnstypes.h"

#include <QJsonObject>

namespace rebound::dns {

// The JSON form of DNS evidence, shared by the CLI, the session export and the report.
QJsonObject toJson(const DnsRecord& record);
QJsonObject toJson(const DnsResult& result);

// A human-readable block like dig's, for the CLI and the evidence appendix.
QString toText(const DnsResult& result);

} // namespace rebound::dns
