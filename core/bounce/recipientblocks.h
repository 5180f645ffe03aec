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

// The domains an address may have. In free text a word such as "user@host" is seldom an address, so
// the domain must have two labels (Dotted). A field that exists to name a recipient (Final-Recipient,
// Original-Recipient, X-Failed-Recipients) is taken at its word for what RFC 5321 allows (AnyDomain):
// a single-label domain ("root@localhost", a local delivery) and, in a DSN field, an address literal
// ("user@[192.0.2.1]").
enum class DomainForm { Dotted, AnyDomain };

// True for a mailbox address as RFC 5321 writes it (dot-atom local part of at most 64 characters, a
// domain of labels of letters, digits and inner hyphens, its last label not all digits): not
// "david...@gmail.com" (an abbreviation), not an X.400 string ("/s=user/ou=example/...").
bool isPlausibleAddress(QStringView address, DomainForm form = DomainForm::Dotted);

// The addresses in text[from, to), left to right (at most maxHits). Only plausible addresses: a
// leading quote ('user@example.org') and an address-type tag (Exchange's "SMTP=user@example.org")
// are not part of the address.
QList<AddressHit> findAddresses(const QString& text, qsizetype from, qsizetype to, int maxHits = 64,
                                DomainForm form = DomainForm::Dotted);

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
