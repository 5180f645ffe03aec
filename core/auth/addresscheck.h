// Email address checks without DNS: syntax (RFC 5321/5322 dot-atom and quoted local parts, RFC 6531
// internationalized addresses), lengths, the domain in ASCII form, and whether the domain is a known
// disposable-mail domain (resources/auth/disposable-domains.json).
#pragma once

#include <QString>
#include <QStringList>

namespace rebound::auth {

struct AddressCheck {
    QString address;
    QString localPart;
    QString domain;      // as written
    QString asciiDomain; // IDNA form, empty when the domain is invalid
    bool valid = false;
    bool internationalized = false; // needs SMTPUTF8 (non-ASCII local part) or an IDN domain
    bool disposable = false;
    QStringList problems;
};

AddressCheck checkAddress(const QString& address);

// True when the domain or one of its parents is on the disposable list.
bool isDisposableDomain(const QString& domain);

} // namespace rebound::auth
