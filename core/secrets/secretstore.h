// Named secrets (the Spamhaus DQS and Abusix keys, the Microsoft SNDS key, OAuth refresh tokens): kept in
// the system keychain (Secret Service, KWallet, macOS Keychain, Windows Credential Manager, through
// QtKeychain), never in the settings file. Where no keychain runs (a server, a container, a desktop
// without a Secret Service daemon) they go to a file only the user can read (0600) next to the desktop
// app's settings, and the result says so. The GUI and rebound-cli share both places: the keychain service
// is the organisation name ("Rebound"), the file is the desktop app's whatever the process is called.
//
// Every call is synchronous and bounded: a keychain that does not answer (locked and prompting, or a
// session bus that hangs) counts as absent after timeoutMs, and the file is used. Qt Core only.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace rebound::secrets {

// The names the desktop app stores its secrets under (the keychain entries' keys).
namespace names {
inline QString spamhausDqsKey() {
    return QStringLiteral("spamhausDqsKey");
}
inline QString abusixKey() {
    return QStringLiteral("abusixKey");
}
inline QString sndsKey() {
    return QStringLiteral("sndsKey");
}
// Google Postmaster Tools: the user's OAuth client secret and the refresh token Connect obtained.
inline QString postmasterClientSecret() {
    return QStringLiteral("postmasterClientSecret");
}
inline QString postmasterRefreshToken() {
    return QStringLiteral("postmasterRefreshToken");
}
} // namespace names

class SecretStore {
    Q_DECLARE_TR_FUNCTIONS(rebound::secrets::SecretStore)

public:
    enum class Backend { Keychain, File };

    struct Outcome {
        bool ok = false;
        Backend backend = Backend::File;
        QString value;         // for read(): empty when the secret is stored nowhere
        QString note;          // for people: where the secret is, and why not in the keychain
        QString keychainError; // why the keychain was not used (absent, locked, no answer); empty: it was
    };

    // How long a keychain call may take before the file is used instead.
    static constexpr int KeychainTimeoutMs = 5000;

    // Get: the keychain's entry, else the file's (a secret left there while the keychain was away still
    // counts). ok is false only when the store itself failed; a secret stored nowhere is ok with an empty
    // value.
    static Outcome read(const QString& name, int timeoutMs = KeychainTimeoutMs);
    // Set: into the keychain (and out of the file), else into the file. An empty value removes it.
    static Outcome write(const QString& name, const QString& value, int timeoutMs = KeychainTimeoutMs);
    // Remove from both places.
    static Outcome remove(const QString& name, int timeoutMs = KeychainTimeoutMs);

    // The fallback file: "Rebound-secrets.json" beside the desktop app's QSettings file (organisation
    // name, application "Rebound", the default format), mode 0600.
    static QString fallbackPath();
};

} // namespace rebound::secrets
