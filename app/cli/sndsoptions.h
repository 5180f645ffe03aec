// The Microsoft SNDS options that `snds`, `ip` and `watch` share. `snds` spells them --key-file,
// --base-url, --ca-file, --https-port, --allow-private-addresses, --fetch-timeout, --cache-file; `ip` and
// `watch` put "snds-" before each and add --snds (require the data) and --no-snds (never look for a key).
// The key: --key-file, then $REBOUND_SNDS_KEY, then the desktop app's keychain entry "sndsKey" (or the
// owner-only file the app keeps it in where no keychain runs), each keychain call bounded.
#pragma once

#include "core/snds/sndsclient.h"

#include <QCommandLineParser>

#include <optional>

namespace rebound::cli {

// prefix: "" for `snds`, "snds-" for `ip` and `watch` (which also get --snds and --no-snds).
void addSndsOptions(QCommandLineParser& parser, const QString& prefix);

struct SndsRequest {
    bool enabled = false; // a key was found: fetch
    snds::SndsOptions options;
    bool turnedOff = false; // --no-snds
    QString noKeyReason;    // when not enabled and not turned off: why no key was found
};

// Reads the options and looks for the key. required: no key is a usage error (`snds`, or --snds /
// --snds-key-file). Returns the exit code to stop with (the error said) when one is wrong.
std::optional<int> readSndsOptions(const QCommandLineParser& parser, const QString& prefix, bool required,
                                   SndsRequest* request);

// Fetches SNDS once with the client (or its cache) and waits for it.
snds::SndsData fetchSnds(dns::Resolver* resolver, const snds::SndsOptions& options, bool* hasData = nullptr);

} // namespace rebound::cli
