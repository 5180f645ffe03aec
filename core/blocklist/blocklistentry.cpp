#include "core/blocklist/blocklistentry.h"

#include <QUrl>

namespace rebound::blocklist {

QString listKindName(ListKind kind) {
    switch (kind) {
    case ListKind::Blocklist:
        return u"blocklist"_qs;
    case ListKind::Allowlist:
        return u"allowlist"_qs;
    case ListKind::Reputation:
        return u"reputation"_qs;
    }
    return {};
}

QString listStateName(ListState state) {
    switch (state) {
    case ListState::Active:
        return u"active"_qs;
    case ListState::Legacy:
        return u"legacy"_qs;
    case ListState::Uncertain:
        return u"uncertain"_qs;
    case ListState::Unverified:
        return u"unverified"_qs;
    case ListState::PaidOnly:
        return u"paid_only"_qs;
    case ListState::Defunct:
        return u"defunct"_qs;
    }
    return {};
}

QString impactName(Impact impact) {
    switch (impact) {
    case Impact::None:
        return u"none"_qs;
    case Impact::Minor:
        return u"minor"_qs;
    case Impact::Medium:
        return u"medium"_qs;
    case Impact::Major:
        return u"major"_qs;
    }
    return {};
}

QString codeKindName(CodeKind kind) {
    switch (kind) {
    case CodeKind::Listing:
        return u"listing"_qs;
    case CodeKind::Neutral:
        return u"neutral"_qs;
    case CodeKind::Allow:
        return u"allow"_qs;
    case CodeKind::Untrusted:
        return u"untrusted"_qs;
    case CodeKind::Error:
        return u"error"_qs;
    }
    return {};
}

QString familyName(Family family) {
    switch (family) {
    case Family::Ipv4:
        return u"ipv4"_qs;
    case Family::Ipv6:
        return u"ipv6"_qs;
    case Family::Domain:
        return u"domain"_qs;
    }
    return {};
}

bool BlocklistEntry::isQueryable() const {
    const bool live =
        state == ListState::Active || state == ListState::Legacy || state == ListState::Uncertain;
    return live && (!zone.isEmpty() || !keyedZone.isEmpty());
}

Support BlocklistEntry::supports(Family family) const {
    switch (family) {
    case Family::Ipv4:
        return ipv4;
    case Family::Ipv6:
        return ipv6;
    case Family::Domain:
        return domain;
    }
    return Support::No;
}

const std::optional<TestSpec>& BlocklistEntry::testFor(Family family) const {
    switch (family) {
    case Family::Ipv4:
        return ipv4Test;
    case Family::Ipv6:
        return ipv6Test;
    case Family::Domain:
        break;
    }
    return domainTest;
}

QString BlocklistEntry::zoneFor(const QString& key) const {
    if (!key.isEmpty() && !keyedZone.isEmpty())
        return QString(keyedZone).replace(u"{key}"_qs, key);
    return zone;
}

QString BlocklistEntry::displayZone(const QString& key) const {
    if (!key.isEmpty() && !keyedZone.isEmpty())
        return QString(keyedZone).remove(u"{key}."_qs);
    return zone.isEmpty() ? QString(keyedZone).remove(u"{key}."_qs) : zone;
}

namespace {

QString fillQuery(const QString& templ, const QString& query) {
    if (templ.isEmpty())
        return {};
    return QString(templ).replace(u"{query}"_qs, QString::fromLatin1(QUrl::toPercentEncoding(query)));
}

} // namespace

QString BlocklistEntry::lookupUrlFor(const QString& query) const {
    return fillQuery(lookupUrl, query);
}

QString BlocklistEntry::removalUrlFor(const QString& query) const {
    return fillQuery(removalUrl, query);
}

} // namespace rebound::blocklist
