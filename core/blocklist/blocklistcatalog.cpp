#include "core/blocklist/blocklistcatalog.h"

#include "core/blocklist/catalogparser.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace rebound::blocklist {

BlocklistCatalog BlocklistCatalog::fromJson(const QByteArray& json) {
    BlocklistCatalog catalog;
    CatalogDocument document = parseCatalogDocument(json);
    catalog.m_valid = document.valid;
    catalog.m_version = document.version;
    catalog.m_updated = document.updated;
    catalog.m_errors = document.errors;
    catalog.m_entries = document.entries;
    return catalog;
}

const BlocklistCatalog& BlocklistCatalog::builtin() {
    static const BlocklistCatalog catalog = [] {
        QFile file(u":/rebound/blocklist/catalog.json"_s);
        if (!file.open(QIODevice::ReadOnly)) {
            BlocklistCatalog empty;
            empty.m_errors << u"the built-in blocklist catalog is missing from the program's resources"_s;
            return empty;
        }
        return fromJson(file.readAll());
    }();
    return catalog;
}

const BlocklistEntry* BlocklistCatalog::byId(const QString& id) const {
    for (const BlocklistEntry& entry : m_entries) {
        if (entry.id == id)
            return &entry;
    }
    return nullptr;
}

namespace {

bool isAtOrUnder(const QString& name, const QString& zone) {
    if (zone.isEmpty())
        return false;
    return name == zone || name.endsWith(u'.' + zone);
}

// "Barracuda Reputation" and "barracuda-reputation" alike: letters and digits only, lower case.
QString nameKey(const QString& text) {
    QString key;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            key += c.toLower();
    }
    return key;
}

} // namespace

const BlocklistEntry* BlocklistCatalog::findByZone(const QString& name) const {
    QString n = name.trimmed().toLower();
    while (n.endsWith(u'.'))
        n.chop(1);
    if (n.isEmpty())
        return nullptr;
    // The longest matching zone wins, so "dnsbl-2.uceprotect.net" never lands on a shorter suffix.
    const BlocklistEntry* best = nullptr;
    qsizetype bestLength = 0;
    auto consider = [&](const BlocklistEntry& entry, const QString& zone) {
        if (isAtOrUnder(n, zone) && zone.size() > bestLength) {
            best = &entry;
            bestLength = zone.size();
        }
    };
    for (const BlocklistEntry& entry : m_entries) {
        consider(entry, entry.zone);
        consider(entry, entry.displayZone(u"k"_s));
        for (const QString& zone : entry.alsoZones)
            consider(entry, zone);
        for (const QString& suffix : entry.zoneSuffixes)
            consider(entry, suffix);
    }
    return best;
}

const BlocklistEntry* BlocklistCatalog::findByName(const QString& name) const {
    const QString key = nameKey(name);
    if (key.isEmpty())
        return nullptr;
    for (const BlocklistEntry& entry : m_entries) {
        if (nameKey(entry.name) == key || nameKey(entry.id) == key)
            return &entry;
    }
    for (const BlocklistEntry& entry : m_entries) {
        for (const QString& alias : entry.aliases) {
            if (nameKey(alias) == key)
                return &entry;
        }
    }
    return nullptr;
}

const BlocklistEntry* BlocklistCatalog::find(const QString& zoneOrName) const {
    if (zoneOrName.contains(u'.')) {
        if (const BlocklistEntry* entry = findByZone(zoneOrName))
            return entry;
    }
    return findByName(zoneOrName);
}

QStringList BlocklistCatalog::defaultIds() const {
    QStringList ids;
    for (const BlocklistEntry& entry : m_entries) {
        if (entry.defaultEnabled && entry.isQueryable())
            ids << entry.id;
    }
    return ids;
}

} // namespace rebound::blocklist
