#pragma once

#include "core/blocklist/blocklistentry.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rebound::blocklist {

// The lists Rebound knows, loaded from catalog JSON (docs/blocklist-catalog.md). A malformed entry is
// left out and named in errors(); a malformed document loads nothing. Plain value: copies share data.
class BlocklistCatalog {
public:
    // Parses a catalog document. Never throws; see isValid() and errors().
    static BlocklistCatalog fromJson(const QByteArray& json);
    // The catalog embedded in the program (resources/blocklist/catalog.json), loaded once.
    static const BlocklistCatalog& builtin();

    bool isValid() const { return m_valid; } // the document itself could be read
    QStringList errors() const { return m_errors; }
    const QList<BlocklistEntry>& entries() const { return m_entries; }
    int version() const { return m_version; }
    QString updated() const { return m_updated; }

    const BlocklistEntry* byId(const QString& id) const;
    // The list a DNS name belongs to: a zone ("zen.spamhaus.org"), a query under it
    // ("2.0.0.127.zen.spamhaus.org"), a keyed DQS zone, a sub-zone or a mirror. Case-insensitive.
    const BlocklistEntry* findByZone(const QString& name) const;
    // The list a bounce or a person names: "Spamhaus", "Barracuda Reputation", "SpamCop",
    // "UCEPROTECT-Level1"; a zone works too. Case, spaces, hyphens and dots are ignored.
    const BlocklistEntry* findByName(const QString& name) const;
    // findByZone, then findByName.
    const BlocklistEntry* find(const QString& zoneOrName) const;

    // The ids queried when the user has not chosen: queryable lists with default_enabled.
    QStringList defaultIds() const;

private:
    bool m_valid = false;
    int m_version = 0;
    QString m_updated;
    QStringList m_errors;
    QList<BlocklistEntry> m_entries;
};

} // namespace rebound::blocklist
