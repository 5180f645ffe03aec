// A DKIM public key record (RFC 6376 3.6.1, RFC 8301, RFC 8463): tags parsed and the key decoded
// with OpenSSL (RSA size, Ed25519), with the problems a receiver would have with it.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

using EVP_PKEY = struct evp_pkey_st;

namespace rebound::auth {

struct DkimKey {
    QList<QByteArray> txtStrings;            // the TXT strings as stored, for showing a split key
    QString text;                            // strings joined (escaped when shown)
    QString version;                         // v
    QString keyType = QStringLiteral("rsa"); // k
    QString publicKeyBase64;                 // p, whitespace removed
    QStringList hashAlgorithms;              // h
    QStringList flags;                       // t (y: testing, s: strict)
    QStringList services;                    // s
    QString notes;                           // n
    bool revoked = false;                    // p= present and empty
    bool testing = false;                    // t=y
    bool decoded = false;                    // OpenSSL read the key
    QString algorithm;                       // "RSA", "Ed25519"
    int bits = 0;
    QStringList errors;   // the key cannot be used
    QStringList warnings; // usable but weak or odd
    // Two of the warnings, also in warnings, for code that must tell them apart whatever the language
    // they are written in: an RSA key under 2048 bits, and t=y.
    QString sizeWarning;
    QString testingWarning;
};

// Parses and decodes one key record (the TXT strings of one record).
DkimKey parseDkimKey(const QList<QByteArray>& txtStrings);

// The key as OpenSSL reads it, for verifying signatures; null when p= cannot be decoded.
std::shared_ptr<EVP_PKEY> dkimPublicKey(const DkimKey& key);

// True when a TXT record looks like a DKIM key (has p= or starts with v=DKIM1).
bool looksLikeDkimKey(const QByteArray& joined);

} // namespace rebound::auth
