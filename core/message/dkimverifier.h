// Offline DKIM verification (RFC 6376 6.1.3, RFC 8463) of one signature with its key: the body hash
// and the header signature checked apart, through OpenSSL EVP only.
#pragma once

#include "core/auth/dkimkey.h"
#include "core/message/dkimsignature.h"
#include "core/message/rawmessage.h"

#include <QHash>

namespace rebound::message {

enum class DkimResult { None, Pass, Fail, Neutral, TempError, PermError };
QString dkimResultName(DkimResult result); // RFC 8601 words: "pass", "fail", "permerror", ...

struct DkimVerification {
    DkimResult result = DkimResult::None;
    QString reason;
    std::optional<bool> bodyHashOk;  // unset when the body hash was not computed
    std::optional<bool> signatureOk; // the header signature, when it was checked
    int keyBits = 0;
    bool weak = false;    // rsa-sha1, or an RSA key under 2048 bits
    bool testing = false; // the key says t=y
};

// Body hashes computed once per (canonicalization, algorithm, length) for every signature.
class BodyHashCache {
public:
    explicit BodyHashCache(const QByteArray* body)
        : m_body(body) {}
    // The digest, or empty with *lengthError when l= is longer than the canonical body.
    QByteArray digest(Canon canon, DkimAlgorithm algorithm, std::optional<qint64> length, bool* lengthError);

private:
    const QByteArray* m_body;
    QHash<int, QByteArray> m_canonical;
    QHash<QString, QByteArray> m_digests;
};

// The field with its b= value blanked, as it enters its own signature's hash (RFC 6376 3.7).
QByteArray blankedSignatureField(const RawField& field, const TagList& tags);

// The bytes the header signature covers: the h= fields chosen bottom-up (a name listed more times
// than it appears signs its absence), then the signature field with b= blanked, without CRLF.
QByteArray headerHashInput(const RawMessage& message, const DkimSignature& signature);

// Verifies a signature over data with the key (RSA with the algorithm's digest, Ed25519 over SHA-256).
bool verifyWithKey(const auth::DkimKey& key, DkimAlgorithm algorithm, const QByteArray& data,
                   const QByteArray& signature);

// Checks the key against the signature (RFC 6376 6.1.2) and verifies; the signature must be usable.
DkimVerification verifyDkim(const RawMessage& message, const DkimSignature& signature,
                            const auth::DkimKey& key, BodyHashCache* bodyHashes);

} // namespace rebound::message
