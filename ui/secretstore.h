// The Spamhaus DQS and Abusix keys: kept in the system keychain (Secret Service, KWallet, macOS
// Keychain, Windows Credential Manager, through QtKeychain), never in the settings file. Where no
// keychain runs (a server, a container, a desktop without a Secret Service daemon) they go to a file
// only the user can read (0600) next to the settings, and the result says so.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace rebound::ui {

class SecretStore {
    Q_DECLARE_TR_FUNCTIONS(rebound::ui::SecretStore)

public:
    enum class Backend { Keychain, File };

    struct Outcome {
        bool ok = false;
        Backend backend = Backend::File;
        QString value; // for read()
        QString note;  // for people: where the secret is, and why not in the keychain
    };

    // name: "spamhausDqsKey", "abusixKey".
    static Outcome read(const QString& name);
    static Outcome write(const QString& name, const QString& value); // an empty value removes it

    // The fallback file: "Rebound-secrets.json" beside the QSettings file, mode 0600.
    static QString fallbackPath();
    // How long a keychain call may take before the file is used instead.
    static constexpr int KeychainTimeoutMs = 5000;
};

} // namespace rebound::ui
