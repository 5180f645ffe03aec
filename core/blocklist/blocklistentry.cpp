#include "core/blocklist/blocklistentry.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace rebound::blocklist {

QString listKindName(ListKind kind) {
    switch (kind) {
    case ListKind::Blocklist:
        return u"blocklist"_s;
    case ListKind::Allowlist:
        return u"allowlist"_s;
    case ListKind::Reputation:
        return u"reputation"_s;
    }
    return {};
}

QString listStateName(ListState state) {
    switch (state) {
    case ListState::Active:
        return u"active"_s;
    case ListState::Legacy:
        return u"legacy"_s;
    case ListState::Uncertain:
        return u"uncertain"_s;
    case ListState::Unverified:
        return u"unverified"_s;
    case ListState::PaidOnly:
        return u"paid_only"_s;
    case ListState::Defunct:
        return u"defunct"_s;
    }
    return {};
}

QString impactName(Impact impact) {
    switch (impact) {
    case Impact::None:
        return u"none"_s;
    case Impact::Minor:
        return u"minor"_s;
    case Impact::Medium:
        return u"medium"_s;
    case Impact::Major:
        return u"major"_s;
    }
    return {};
}

QString codeKindName(CodeKind kind) {
    switch (kind) {
    case CodeKind::Listing:
        return u"listing"_s;
    case CodeKind::Neutral:
        return u"neutral"_s;
    case CodeKind::Allow:
        return u"allow"_s;
    case CodeKind::Untrusted:
        return u"untrusted"_s;
    case CodeKind::Error:
        return u"error"_s;
    }
    return {};
}

QString familyName(Family family) {
    switch (family) {
    case Family::Ipv4:
        return u"ipv4"_s;
    case Family::Ipv6:
        return u"ipv6"_s;
    case Family::Domain:
        return u"domain"_s;
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
        return QString(keyedZone).replace(u"{key}"_s, key);
    return zone;
}

QString BlocklistEntry::displayZone(const QString& key) const {
    if (!key.isEmpty() && !keyedZone.isEmpty())
        return QString(keyedZone).remove(u"{key}."_s);
    return zone.isEmpty() ? QString(keyedZone).remove(u"{key}."_s) : zone;
}

namespace {

QString fillQuery(const QString& templ, const QString& query) {
    if (templ.isEmpty())
        return {};
    return QString(templ).replace(u"{query}"_s, QString::fromLatin1(QUrl::toPercentEncoding(query)));
}

} // namespace

QString BlocklistEntry::lookupUrlFor(const QString& query) const {
    return fillQuery(lookupUrl, query);
}

QString BlocklistEntry::removalUrlFor(const QString& query) const {
    return fillQuery(removalUrl, query);
}

} // namespace rebound::blocklist
