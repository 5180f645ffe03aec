#pragma once

#include <QList>
#include <QString>

namespace rebound::bounce {

// One "Name: value" field of a delivery-status (RFC 3464) or feedback-report (RFC 5965) group.
struct DsnField {
    QString name;         // lower case
    QString value;        // unfolded, trimmed
    qsizetype offset = 0; // of the raw value (folds included) in the analysed text
    qsizetype length = 0;
};

// A blank-line separated group: the per-message fields, then one group per recipient.
struct DsnGroup {
    QList<DsnField> fields;

    const DsnField* field(QStringView lowerName) const;
    QString value(QStringView lowerName) const;
};

// Parses text[offset, offset+length) into groups. Lines that are not fields are skipped; at most
// maxGroups groups and 200 fields per group are read.
QList<DsnGroup> parseDsnGroups(const QString& text, qsizetype offset, qsizetype length, int maxGroups = 2000);

// "rfc822; user@example.org" -> "user@example.org" (the type prefix and angle brackets dropped).
QString stripAddressType(const QString& value);

} // namespace rebound::bounce
