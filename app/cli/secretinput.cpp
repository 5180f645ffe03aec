#include "app/cli/secretinput.h"

#include "core/secrets/secretstore.h"

#include <QFile>

namespace rebound::cli {

std::optional<QString> readSecretFile(const QString& path) {
    constexpr qint64 MaxSecretFile = 8 * 1024;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxSecretFile)
        return std::nullopt;
    return QString::fromUtf8(file.readAll()).trimmed();
}

QString storedSecret(const QString& name, QString* keychainError) {
    constexpr int KeychainTimeoutMs = 3000;
    const secrets::SecretStore::Outcome stored = secrets::SecretStore::read(name, KeychainTimeoutMs);
    if (keychainError)
        *keychainError = stored.keychainError;
    return stored.value.trimmed();
}

} // namespace rebound::cli
