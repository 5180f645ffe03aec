// The user's choices, stored with QSettings, and the run options they make.
#pragma once

#include "core/diagnosis/diagnosisrun.h"

#include <QString>
#include <QStringList>

namespace rebound::ui {

// The defaults are the engine's (diagnosis::RunOptions, dns::ResolverConfig).
struct AppSettings {
    // What the settings file may hold and the dialog offers.
    static constexpr int kMinDnsTimeoutMs = 500;
    static constexpr int kMaxDnsTimeoutMs = 60000;
    static constexpr int kMinSmtpTimeoutMs = 1000;
    static constexpr int kMaxSmtpTimeoutMs = 120000;

    bool customResolver = false;
    QString resolverServers; // "127.0.0.1:53, [::1]:53" when customResolver
    int dnsTimeoutMs = dns::ResolverConfig().timeoutMs;
    // Secrets: kept in the system keychain, or a 0600 file where none runs (core/secrets/secretstore.h),
    // never in the settings file. secretsNote says where they are, for the settings dialog.
    QString spamhausDqsKey;
    QString abusixKey;
    QString sndsKey; // Microsoft SNDS Automated Data Access
    // Google Postmaster Tools: the user's own OAuth client (the id in the settings file, the secret and
    // the refresh token that Connect obtained in the keychain) and the domains to show (none: every
    // domain of the account).
    QString postmasterClientId;
    QString postmasterClientSecret;
    QString postmasterRefreshToken;
    QStringList postmasterDomains;
    QString secretsNote;
    QStringList disabledLists; // blocklist ids turned off
    bool smtpProbe = diagnosis::RunOptions().smtpProbe;
    int smtpPort = diagnosis::RunOptions().smtpPort;
    int smtpTimeoutMs = diagnosis::RunOptions().smtpTimeoutMs;
    QString ehloName;
    // The opt-in mailbox probe (RCPT TO with the user's own address, never DATA): off by default.
    bool mailboxProbe = false;
    QString probeSender;
    QString language; // "" = system; stored now, used when translations land
    // Keep watching from the system tray when the window is closed (where there is a tray and something
    // to watch); QSettings key "watch/keepInTray".
    bool watchInTray = false;
    // Labs and demos only (no control in the dialog, like rebound-cli's --check-documentation-ranges):
    // query RFC 5737/3849 documentation addresses instead of explaining them.
    bool checkDocumentationRanges = false;

    static AppSettings load();
    // watchInTray alone, without reading the keychain (asked on every close of the window).
    static bool loadWatchInTray();
    // Writes the settings file (mode 0600) and the keys to the keychain; false when a key could not be
    // stored anywhere (secretsNote says why).
    bool save();

    // nullopt with *error when the custom server list does not parse.
    std::optional<diagnosis::RunOptions> runOptions(QString* error = nullptr) const;
};

} // namespace rebound::ui
