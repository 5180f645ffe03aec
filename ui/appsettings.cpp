#include "ui/appsettings.h"

#include <QSettings>

namespace rebound::ui {

AppSettings AppSettings::load() {
    const QSettings settings;
    AppSettings s;
    s.customResolver = settings.value(u"resolver/custom"_qs, s.customResolver).toBool();
    s.resolverServers = settings.value(u"resolver/servers"_qs).toString();
    s.dnsTimeoutMs = std::clamp(settings.value(u"resolver/timeoutMs"_qs, s.dnsTimeoutMs).toInt(), 500, 60000);
    s.spamhausDqsKey = settings.value(u"blocklists/spamhausDqsKey"_qs).toString();
    s.disabledLists = settings.value(u"blocklists/disabled"_qs).toStringList();
    s.smtpProbe = settings.value(u"smtp/probe"_qs, s.smtpProbe).toBool();
    s.smtpPort = std::clamp(settings.value(u"smtp/port"_qs, s.smtpPort).toInt(), 1, 65535);
    s.smtpTimeoutMs = std::clamp(settings.value(u"smtp/timeoutMs"_qs, s.smtpTimeoutMs).toInt(), 1000, 120000);
    s.ehloName = settings.value(u"smtp/ehloName"_qs).toString();
    s.language = settings.value(u"ui/language"_qs).toString();
    s.checkDocumentationRanges = settings.value(u"lab/checkDocumentationRanges"_qs, false).toBool();
    return s;
}

void AppSettings::save() const {
    QSettings settings;
    settings.setValue(u"resolver/custom"_qs, customResolver);
    settings.setValue(u"resolver/servers"_qs, resolverServers);
    settings.setValue(u"resolver/timeoutMs"_qs, dnsTimeoutMs);
    settings.setValue(u"blocklists/spamhausDqsKey"_qs, spamhausDqsKey);
    settings.setValue(u"blocklists/disabled"_qs, disabledLists);
    settings.setValue(u"smtp/probe"_qs, smtpProbe);
    settings.setValue(u"smtp/port"_qs, smtpPort);
    settings.setValue(u"smtp/timeoutMs"_qs, smtpTimeoutMs);
    settings.setValue(u"smtp/ehloName"_qs, ehloName);
    settings.setValue(u"ui/language"_qs, language);
    if (checkDocumentationRanges)
        settings.setValue(u"lab/checkDocumentationRanges"_qs, true);
    else
        settings.remove(u"lab/checkDocumentationRanges"_qs);
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
    options.disabledLists = disabledLists;
    options.smtpProbe = smtpProbe;
    options.smtpPort = smtpPort;
    options.smtpTimeoutMs = smtpTimeoutMs;
    options.ehloName = ehloName.trimmed();
    options.checkDocumentationRanges = checkDocumentationRanges;
    return options;
}

} // namespace rebound::ui
