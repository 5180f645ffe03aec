// The blocklist and reverse-DNS options that `ip` and `watch` share: --dqs-key, --abusix-key, --lists,
// --disable, --no-rdns, --concurrency, --check-documentation-ranges.
#pragma once

#include "core/iphealth/iphealthcheck.h"

#include <QCommandLineParser>

#include <optional>

namespace rebound::cli {

void addListOptions(QCommandLineParser& parser);
// Reads them into *check and *concurrency; the exit code to stop with (the error said) when one is wrong.
std::optional<int> readListOptions(const QCommandLineParser& parser,
                                   const blocklist::BlocklistCatalog& catalog,
                                   iphealth::IpHealthOptions* check, int* concurrency);

} // namespace rebound::cli
