#pragma once

#include "core/blocklist/blocklistentry.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace rebound::blocklist {

// The result of reading a catalog document: the entries that passed validation and one message per
// problem ("lists[3] (id \"psbl\"): codes[0].code: \"127.0.0.300\" is not an IPv4 address").
struct CatalogDocument {
    bool valid = false; // the document's own structure (schema, version, lists) was readable
    int version = 0;
    QString updated;
    QList<BlocklistEntry> entries;
    QStringList errors;
};

// Strict: unknown keys, wrong types, bad addresses, bad URLs and duplicate ids or zones reject the
// entry they are in. Test points default to RFC 5782's for each family the list may serve.
CatalogDocument parseCatalogDocument(const QByteArray& json);

} // namespace rebound::blocklist
