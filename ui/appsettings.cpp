#include "ui/appsettings.h"

#include "core/dns/serverlist.h"
#include "core/secrets/secretstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace rebound::ui {
namespace {

using secrets::SecretStore;

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// The keys that live in the keychain, by their name there and their old place in the settings file.
struct SecretKey {
    const char16_t* name;
    const char16_t* oldSetting;
    QString AppSettings::*field;
};
const SecretKey kSecrets[] = {
    {u"spamhausDqsKey", u"blocklists/spamhausDqsKey", &AppSettings::spamhausDqsKey},
    {u"abusixKey", u"blocklists/abusixKey", &AppSettings::abusixKey},
    {u"sndsKey", u"snds/key", &AppSettings::sndsKey},
    {u"postmasterClientSecret", u"postmaster/clientSecret", &AppSettings::postmasterClientSecret},
    {u"postmasterRefreshToken", u"postmaster/refreshToken", &AppSettings::postmasterRefreshToken},
};

// The settings file is readable by its owner only; created so before QSettings first writes it (QSettings
// keeps an existing file's permissions when it rewrites it), and set again after.
void restrictSettingsFile(const QSettings& settings) {
    const QString path = settings.fileName();
    if (!QFileInfo::exists(path)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.setPermissions(OwnerOnly);
    }
    QFile::setPermissions(path, OwnerOnly);
}

} // namespace

AppSettings AppSettings::load() {
    const QSettings settings;
    AppSettings s;
    s.customResolver = settings.value(u"resolver/custom"_s, s.customResolver).toBool();
    s.resolverServers = settings.value(u"resolver/servers"_s).toString();
    s.dnsTimeoutMs = std::clamp(settings.value(u"resolver/timeoutMs"_s, s.dnsTimeoutMs).toInt(),
                                kMinDnsTimeoutMs, kMaxDnsTimeoutMs);
    for (const SecretKey& secret : kSecrets) {
        const QString name = QString::fromUtf16(secret.name);
        const QString old = QString::fromUtf16(secret.oldSetting);
        const SecretStore::Outcome stored = SecretStore::read(name);
        s.*secret.field = stored.value;
        s.secretsNote = stored.note;
        // A key an older version left in clear text in the settings file moves to the keychain (or the
        // owner-only file) and leaves the settings file.
        const QString plain = settings.value(old).toString();
        if (!plain.isEmpty()) {
            const SecretStore::Outcome moved = SecretStore::write(name, plain);
            if (moved.ok) {
                QSettings writable;
                writable.remove(old);
                writable.sync();
                restrictSettingsFile(writable);
                s.*secret.field = plain;
            }
            s.secretsNote = moved.note;
        }
    }
    s.disabledLists = settings.value(u"blocklists/disabled"_s).toStringList();
    s.postmasterClientId = settings.value(u"postmaster/clientId"_s).toString();
    s.postmasterDomains = settings.value(u"postmaster/domains"_s).toStringList();
    s.smtpProbe = settings.value(u"smtp/probe"_s, s.smtpProbe).toBool();
    s.smtpPort = std::clamp(settings.value(u"smtp/port"_s, s.smtpPort).toInt(), 1, 65535);
    s.smtpTimeoutMs = std::clamp(settings.value(u"smtp/timeoutMs"_s, s.smtpTimeoutMs).toInt(),
                                 kMinSmtpTimeoutMs, kMaxSmtpTimeoutMs);
    s.ehloName = settings.value(u"smtp/ehloName"_s).toString();
    s.mailboxProbe = settings.value(u"smtp/mailboxProbe"_s, false).toBool();
    s.probeSender = settings.value(u"smtp/probeSender"_s).toString();
    s.language = settings.value(u"ui/language"_s).toString();
    s.watchInTray = loadWatchInTray();
    s.checkDocumentationRanges = settings.value(u"lab/checkDocumentationRanges"_s, false).toBool();
    return s;
}

bool AppSettings::loadWatchInTray() {
    return QSettings().value(u"watch/keepInTray"_s, false).toBool();
}

bool AppSettings::save() {
    QSettings settings;
    restrictSettingsFile(settings);
    bool secretsStored = true;
    for (const SecretKey& secret : kSecrets) {
        const SecretStore::Outcome stored =
            SecretStore::write(QString::fromUtf16(secret.name), this->*secret.field);
        secretsStored = secretsStored && stored.ok;
        secretsNote = stored.note;
        settings.remove(QString::fromUtf16(secret.oldSetting));
    }
    settings.setValue(u"resolver/custom"_s, customResolver);
    settings.setValue(u"resolver/servers"_s, resolverServers);
    settings.setValue(u"resolver/timeoutMs"_s, dnsTimeoutMs);
    settings.setValue(u"blocklists/disabled"_s, disabledLists);
    settings.setValue(u"postmaster/clientId"_s, postmasterClientId);
    settings.setValue(u"postmaster/domains"_s, postmasterDomains);
    settings.setValue(u"smtp/probe"_s, smtpProbe);
    settings.setValue(u"smtp/port"_s, smtpPort);
    settings.setValue(u"smtp/timeoutMs"_s, smtpTimeoutMs);
    settings.setValue(u"smtp/ehloName"_s, ehloName);
    settings.setValue(u"smtp/mailboxProbe"_s, mailboxProbe);
    settings.setValue(u"smtp/probeSender"_s, probeSender);
    settings.setValue(u"ui/language"_s, language);
    settings.setValue(u"watch/keepInTray"_s, watchInTray);
    if (checkDocumentationRanges)
        settings.setValue(u"lab/checkDocumentationRanges"_s, true);
    else
        settings.remove(u"lab/checkDocumentationRanges"_s);
    settings.sync();
    restrictSettingsFile(settings);
    return secretsStored;
}

std::optional<diagnosis::RunOptions> AppSettings::runOptions(QString* error) const {
    diagnosis::RunOptions options;
    if (customResolver) {
        const auto servers = dns::parseServerList(resolverServers, error);
        if (!servers)
            return std::nullopt;
        options.resolver.servers = *servers;
    }
    options.resolver.timeoutMs = dnsTimeoutMs;
    options.spamhausDqsKey = spamhausDqsKey.trimmed();
    options.abusixKey = abusixKey.trimmed();
    options.snds.key = sndsKey.trimmed();
    options.postmaster = {postmasterClientId.trimmed(), postmasterClientSecret.trimmed(),
                          postmasterRefreshToken.trimmed()};
    options.disabledLists = disabledLists;
    options.smtpProbe = smtpProbe;
    options.smtpPort = smtpPort;
    options.smtpTimeoutMs = smtpTimeoutMs;
    options.ehloName = ehloName.trimmed();
    // Probing needs the user's own address as MAIL FROM: without one it stays off.
    options.mailboxProbe = mailboxProbe && probeSender.contains(u'@');
    options.probeSender = probeSender.trimmed();
    options.checkDocumentationRanges = checkDocumentationRanges;
    return options;
}

} // namespace rebound::ui
