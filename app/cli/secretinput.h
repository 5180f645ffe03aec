// Keys and tokens the commands read: from a file named on the command line, or as the desktop app
// stored them (core/secrets: QtKeychain).
#pragma once

#include <QString>

#include <optional>

namespace rebound::cli {

// A secret given as a file (a key, a token): its one line, trimmed; nullopt when it cannot be read or is
// over 8 KiB.
std::optional<QString> readSecretFile(const QString& path);

// A secret the desktop app stored (the keychain, or its owner-only file), trimmed; empty when there is none.
// A keychain that does not answer (locked, prompting where nobody sees it) counts as none after 3 s;
// *keychainError (optional) says why it could not be read.
QString storedSecret(const QString& name, QString* keychainError = nullptr);

} // namespace rebound::cli
