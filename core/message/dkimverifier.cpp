#include "core/message/dkimverifier.h"

#include <QCoreApplication>

#include <memory>
#include <openssl/evp.h>

using namespace Qt::StringLiterals;

namespace rebound::message {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("rebound::message", text);
}

const EVP_MD* digestOf(DkimAlgorithm algorithm) {
    return algorithm == DkimAlgorithm::RsaSha1 ? EVP_sha1() : EVP_sha256();
}

QByteArray digest(const EVP_MD* md, QByteArrayView data) {
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (EVP_Digest(data.constData(), size_t(data.size()), out, &size, md, nullptr) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char*>(out), int(size));
}

struct MdCtxDeleter {
    void operator()(EVP_MD_CTX* ctx) const { EVP_MD_CTX_free(ctx); }
};

// RSA: EVP_DigestVerify hashes the data itself. Ed25519 (RFC 8463 3): the data is the SHA-256 of the
// hash input, verified as a pure Ed25519 message (no digest in EVP).
bool verifySignature(EVP_PKEY* key, DkimAlgorithm algorithm, const QByteArray& data,
                     const QByteArray& signature) {
    std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> ctx(EVP_MD_CTX_new());
    if (!ctx)
        return false;
    const bool ed25519 = algorithm == DkimAlgorithm::Ed25519Sha256;
    const QByteArray message = ed25519 ? digest(EVP_sha256(), data) : data;
    if (EVP_DigestVerifyInit(ctx.get(), nullptr, ed25519 ? nullptr : digestOf(algorithm), nullptr, key) != 1)
        return false;
    return EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char*>(signature.constData()),
                            size_t(signature.size()),
                            reinterpret_cast<const unsigned char*>(message.constData()),
                            size_t(message.size()))
           == 1;
}

QString hashName(DkimAlgorithm algorithm) {
    return algorithm == DkimAlgorithm::RsaSha1 ? u"sha1"_s : u"sha256"_s;
}

// RFC 6376 6.1.2 and RFC 8463: can this key verify this signature at all?
QString keyProblem(const DkimSignature& sig, const auth::DkimKey& key) {
    if (!key.version.isEmpty() && key.version != u"DKIM1")
        return tr("the key record has v=%1; only DKIM1 exists").arg(key.version.left(20));
    if (key.revoked)
        return tr("the key has been revoked (empty p=)");
    const bool wantEd25519 = sig.algorithm == DkimAlgorithm::Ed25519Sha256;
    if (key.keyType != (wantEd25519 ? u"ed25519"_s : u"rsa"_s))
        return tr("the key is k=%1 but the signature uses %2").arg(key.keyType.left(20), sig.algorithmName);
    if (!key.decoded)
        return tr("the key cannot be used: %1").arg(key.errors.value(0));
    if (!key.services.isEmpty() && !key.services.contains(u"*"_s) && !key.services.contains(u"email"_s))
        return tr("the key's s= excludes email");
    if (!key.hashAlgorithms.isEmpty() && !key.hashAlgorithms.contains(hashName(sig.algorithm)))
        return tr("the key's h= does not allow %1").arg(hashName(sig.algorithm));
    if (key.flags.contains(u"s"_s) && !sig.identity.isEmpty()
        && sig.identity.mid(sig.identity.lastIndexOf(u'@') + 1).toLower() != sig.domain)
        return tr("the key's t=s requires i= to be in d= exactly, not a subdomain");
    return {};
}

} // namespace

QString dkimResultName(DkimResult result) {
    switch (result) {
    case DkimResult::None:
        return u"none"_s;
    case DkimResult::Pass:
        return u"pass"_s;
    case DkimResult::Fail:
        return u"fail"_s;
    case DkimResult::Neutral:
        return u"neutral"_s;
    case DkimResult::TempError:
        return u"temperror"_s;
    case DkimResult::PermError:
        return u"permerror"_s;
    }
    return {};
}

bool verifyWithKey(const auth::DkimKey& key, DkimAlgorithm algorithm, const QByteArray& data,
                   const QByteArray& signature) {
    const std::shared_ptr<EVP_PKEY> pkey = auth::dkimPublicKey(key);
    return pkey && verifySignature(pkey.get(), algorithm, data, signature);
}

QByteArray BodyHashCache::digest(Canon canon, DkimAlgorithm algorithm, std::optional<qint64> length,
                                 bool* lengthError) {
    *lengthError = false;
    const int canonKey = int(canon);
    if (!m_canonical.contains(canonKey))
        m_canonical.insert(canonKey, canonicalBody(*m_body, canon));
    const QByteArray& body = m_canonical[canonKey];
    if (length && *length > body.size()) {
        *lengthError = true;
        return {};
    }
    const QString key =
        QStringLiteral("%1/%2/%3").arg(canonKey).arg(hashName(algorithm)).arg(length.value_or(-1));
    if (const auto it = m_digests.constFind(key); it != m_digests.cend())
        return *it;
    const QByteArrayView covered = length ? QByteArrayView(body).first(*length) : QByteArrayView(body);
    const QByteArray result = message::digest(digestOf(algorithm), covered);
    m_digests.insert(key, result);
    return result;
}

QByteArray blankedSignatureField(const RawField& field, const TagList& tags) {
    return field.raw.first(field.valueOffset) + blankTagValue(field.rawValue(), tags, "b");
}

QByteArray headerHashInput(const RawMessage& message, const DkimSignature& signature) {
    QByteArray input;
    QHash<QByteArray, int> used; // per name: instances taken from the bottom
    for (const QByteArray& name : signature.signedHeaders) {
        const QList<int> indexes = message.indexesOf(name);
        int& taken = used[name];
        if (taken >= indexes.size())
            continue; // over-signed: the absent instance signs nothing
        const RawField& field = message.fields.at(indexes.at(indexes.size() - 1 - taken));
        ++taken;
        input += canonicalHeader(field.raw, signature.headerCanon);
    }
    const RawField& own = message.fields.at(signature.fieldIndex);
    input += canonicalHeader(blankedSignatureField(own, signature.tags), signature.headerCanon, false);
    return input;
}

DkimVerification verifyDkim(const RawMessage& message, const DkimSignature& signature,
                            const auth::DkimKey& key, BodyHashCache* bodyHashes) {
    DkimVerification v;
    v.keyBits = key.bits;
    v.testing = key.testing;
    if (const QString problem = keyProblem(signature, key); !problem.isEmpty()) {
        v.result = DkimResult::PermError;
        v.reason = problem;
        return v;
    }
    bool lengthError = false;
    const QByteArray bodyHash =
        bodyHashes->digest(signature.bodyCanon, signature.algorithm, signature.length, &lengthError);
    v.bodyHashOk = !lengthError && bodyHash == signature.bodyHash;
    v.signatureOk =
        verifyWithKey(key, signature.algorithm, headerHashInput(message, signature), signature.signature);
    v.weak = signature.algorithm == DkimAlgorithm::RsaSha1 || (key.algorithm == u"RSA" && key.bits < 2048);
    if (lengthError) {
        v.result = DkimResult::Fail;
        v.reason = tr("l= is longer than the body, so the body hash did not verify (RFC 6376 3.5)");
    } else if (!*v.bodyHashOk) {
        v.result = DkimResult::Fail;
        v.reason = *v.signatureOk
                       ? tr("body hash did not verify: the body was changed after signing (a mailing "
                            "list footer or a rewriting gateway), the headers are intact")
                       : tr("body hash did not verify, and neither did the header signature");
    } else if (!*v.signatureOk) {
        v.result = DkimResult::Fail;
        v.reason = tr("signature did not verify: a signed header field was changed (the body is intact)");
    } else if (key.algorithm == u"RSA" && key.bits < 1024) {
        v.result = DkimResult::Fail;
        v.reason = tr("the signature is mathematically valid, but the key has %1 bits and RFC 8301 forbids "
                      "accepting keys under 1024 bits")
                       .arg(key.bits);
    } else {
        v.result = DkimResult::Pass;
        if (signature.algorithm == DkimAlgorithm::RsaSha1)
            v.reason = tr(
                "verified, but with rsa-sha1, which RFC 8301 retired: many receivers treat it as a failure");
        else if (key.testing)
            v.reason = tr("verified; the key says t=y (testing)");
    }
    return v;
}

} // namespace rebound::message
