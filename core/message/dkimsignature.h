// One DKIM-Signature (RFC 6376 3.5, RFC 8463) or ARC-Message-Signature (RFC 8617 4.1.2) field:
// its tags read and checked, so that a signature a verifier must not evaluate says why.
#pragma once

#include "core/message/dkimcanon.h"
#include "core/message/taglist.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QString>

#include <optional>

namespace rebound::message {

enum class DkimAlgorithm { RsaSha256, RsaSha1, Ed25519Sha256 };

struct DkimSignature {
    int fieldIndex = -1; // in RawMessage::fields
    TagList tags;
    QString domain;        // d=, lower case
    QString selector;      // s=
    QString identity;      // i= (its domain part is checked against d=)
    QString algorithmName; // a= as written
    DkimAlgorithm algorithm = DkimAlgorithm::RsaSha256;
    Canon headerCanon = Canon::Simple;
    Canon bodyCanon = Canon::Simple;
    QByteArrayList signedHeaders;    // h=, lower case, in order
    QByteArray bodyHash;             // bh= decoded
    QByteArray signature;            // b= decoded
    std::optional<qint64> length;    // l=
    std::optional<qint64> timestamp; // t=
    std::optional<qint64> expiry;    // x=
    int arcInstance = 0;             // i= of an ARC-Message-Signature
    QString error;                   // why the signature cannot be evaluated (a permerror); empty when usable

    QString canonicalization() const; // "relaxed/simple"
    bool signs(QByteArrayView lowerName) const { return signedHeaders.contains(lowerName); }
};

// now: seconds since the epoch, for x=. An ARC-Message-Signature has no v= and an instance i=.
DkimSignature parseDkimSignature(QByteArrayView rawValue, qint64 now, bool arc = false);

} // namespace rebound::message
