#pragma once

#include "app/cli/globaloptions.h"
#include "core/https/httpsfetcher.h"

#include <QCommandLineParser>
#include <QStringList>

#include <optional>

namespace rebound::cli {

// The start every command shares: parse its arguments, answer --help, read the global options and
// check how many positional arguments there are (the command's own name counts as the first; -1: any).
// Returns the exit code to stop with (0 after --help, 64 with the error said), or nothing to go on
// with *globals and *positional filled.
std::optional<int> parseCommand(QCommandLineParser& parser, const QStringList& arguments,
                                GlobalOptions* globals, QStringList* positional, qsizetype minPositional = -1,
                                qsizetype maxPositional = -1, const QString& usage = {});

// The options of HTTPS fetches (domain --mta-sts/--bimi, diagnose): --https-port N, --ca-file FILE,
// --https-allow-private. readHttpsOptions() is false with *error when --https-port is not a port.
void addHttpsOptions(QCommandLineParser& parser);

// An integer option within [min, max]: *value is left as it is when the option is not given; a value that
// is not a number or out of range is false with *error "--NAME takes UNIT from MIN to MAX".
// A secret given as a file (a key, a token): its one line, trimmed; nullopt when it cannot be read or is
// over 8 KiB.
std::optional<QString> readSecretFile(const QString& path);

// A secret the desktop app stored (the keychain, or its owner-only file), trimmed; empty when there is none.
// A keychain that does not answer (locked, prompting where nobody sees it) counts as none after 3 s;
// *keychainError (optional) says why it could not be read.
QString storedSecret(const QString& name, QString* keychainError = nullptr);

// An https URL option (--base-url, --token-url...): *url is left as it is when the option is not given;
// anything but a valid https URL is false with *error.
bool readHttpsUrl(const QCommandLineParser& parser, const QString& name, QUrl* url, QString* error);

bool readIntOption(const QCommandLineParser& parser, const QString& name, int min, int max,
                   const QString& unit, int* value, QString* error);
bool readHttpsOptions(const QCommandLineParser& parser, https::HttpsOptions* options, QString* error);

} // namespace rebound::cli
