#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace rebound::bounce {

// An e-mail address found in text: [offset, offset+length) of the text.
struct AddressHit {
    QString address; // lower case, without angle brackets
    qsizetype offset = 0;
    qsizetype length = 0;
};

// True for a mailbox address as RFC 5321 writes it (dot-atom local part of at most 64 characters, a
// domain of at least two labels of letters, digits and inner hyphens): not "david...@gmail.com" (an
// abbreviation), not an X.400 string ("/s=user/ou=example/...").
bool isPlausibleAddress(QStringView address);

// The addresses in text[from, to), left to right (at most maxHits). Only plausible addresses: a
// leading quote ('user@example.org') and an address-type tag (Exchange's "SMTP=user@example.org")
// are not part of the address.
QList<AddressHit> findAddresses(const QString& text, qsizetype from, qsizetype to, int maxHits = 64);

// A failed recipient named in free text, and the lines that speak of it.
struct RecipientBlock {
    AddressHit address;
    QList<std::pair<qsizetype, qsizetype>> spans; // {offset, length} of the text, in order
};

// Finds the recipients that a plain-text bounce names in text[from, to) and the block of lines under
// each one. Addresses in `ignore` (the bounce's own From/To, the sender) and role addresses such as
// postmaster are skipped; so are addresses the text names as the sender (MAIL FROM:<...>).
QList<RecipientBlock> findRecipientBlocks(const QString& text, qsizetype from, qsizetype to,
                                          const QStringList& ignore, int maxRecipients = 1000);

} // namespace rebound::bounce
