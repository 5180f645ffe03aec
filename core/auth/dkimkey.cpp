#include "core/auth/dkimkey.h"

#include "core/util/jsonutil.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <memory>
#include <openssl/evp.h>
#include <openssl/x509.h>

using namespace Qt::StringLiterals;

namespace rebound::auth {
namespace {

struct PkeyDeleter {
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyDeleter>;

// RSA keys are published as SubjectPublicKeyInfo; some publish the bare PKCS#1 RSAPublicKey.
Pkey decodeRsa(const QByteArray& der) {
    const auto* data = reinterpret_cast<const unsigned char*>(der.constData());
    const unsigned char* p = data;
    Pkey key(d2i_PUBKEY(nullptr, &p, long(der.size())));
    if (key && p == data + der.size())
        return key;
    p = data;
    key.reset(d2i_PublicKey(EVP_PKEY_RSA, nullptr, &p, long(der.size())));
    return key;
}

void decodeKey(DkimKey* key) {
    static const QRegularExpression base64Re(u"^[A-Za-z0-9+/]*={0,2}$"_s);
    if (!base64Re.match(key->publicKeyBase64).hasMatch()) {
        key->errors << QCoreApplication::translate("rebound::auth", "p= is not valid base64");
        return;
    }
    const auto decoded = QByteArray::fromBase64Encoding(key->publicKeyBase64.toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        key->errors << QCoreApplication::translate("rebound::auth", "p= is not valid base64");
        return;
    }
    const QByteArray der = *decoded;
    if (key->keyType == u"ed25519") {
        if (der.size() != 32) {
            key->errors << QCoreApplication::translate("rebound::auth",
                                                       "an Ed25519 key is 32 bytes; p= holds %1")
                               .arg(der.size());
            return;
        }
        Pkey pkey(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                              reinterpret_cast<const unsigned char*>(der.constData()), 32));
        if (!pkey) {
            key->errors << QCoreApplication::translate("rebound::auth",
                                                       "OpenSSL could not read the Ed25519 key");
            return;
        }
        key->decoded = true;
        key->algorithm = u"Ed25519"_s;
        key->bits = 256;
        key->warnings << QCoreApplication::translate(
            "rebound::auth",
            "Ed25519 keys (RFC 8463) are not verified by every receiver; sign with an RSA key as well");
        return;
    }
    Pkey pkey = decodeRsa(der);
    if (!pkey || EVP_PKEY_get_base_id(pkey.get()) != EVP_PKEY_RSA) {
        key->errors << QCoreApplication::translate(
            "rebound::auth", "p= does not hold an RSA public key that OpenSSL can read");
        return;
    }
    key->decoded = true;
    key->algorithm = u"RSA"_s;
    key->bits = EVP_PKEY_get_bits(pkey.get());
    if (key->bits < 1024)
        key->errors << QCoreApplication::translate(
                           "rebound::auth",
                           "the RSA key has %1 bits; RFC 8301 forbids verifying keys under 1024 bits, so "
                           "signatures with it fail")
                           .arg(key->bits);
    else if (key->bits < 2048) {
        key->sizeWarning =
            QCoreApplication::translate("rebound::auth",
                                        "the RSA key has %1 bits; 2048 is the recommended size (RFC 8301)")
                .arg(key->bits);
        key->warnings << key->sizeWarning;
    }
}

} // namespace

std::shared_ptr<EVP_PKEY> dkimPublicKey(const DkimKey& key) {
    if (!key.decoded)
        return {};
    const QByteArray der = QByteArray::fromBase64(key.publicKeyBase64.toLatin1());
    Pkey pkey = key.algorithm == u"Ed25519" ? Pkey(EVP_PKEY_new_raw_public_key(
                    EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char*>(der.constData()),
                    size_t(der.size())))
                                            : decodeRsa(der);
    return std::shared_ptr<EVP_PKEY>(pkey.release(), EVP_PKEY_free);
}

bool looksLikeDkimKey(const QByteArray& joined) {
    static const QRegularExpression re(u"(^|;)\\s*(v\\s*=\\s*DKIM1|p\\s*=)"_s);
    return re.match(QString::fromLatin1(joined)).hasMatch();
}

DkimKey parseDkimKey(const QList<QByteArray>& txtStrings) {
    DkimKey key;
    key.txtStrings = txtStrings;
    QByteArray joined;
    for (const QByteArray& s : txtStrings)
        joined += s;
    key.text = util::escapeUntrusted(joined);
    bool sawKey = false;
    bool first = true;
    QStringList seen;
    for (const QString& part : QString::fromLatin1(joined).split(u';')) {
        const QString item = part.trimmed();
        if (item.isEmpty())
            continue;
        const qsizetype eq = item.indexOf(u'=');
        if (eq < 0) {
            key.errors << QCoreApplication::translate("rebound::auth", "'%1' is not a tag=value pair")
                              .arg(util::escapeControls(item, 80));
            first = false;
            continue;
        }
        const QString tag = item.left(eq).trimmed();
        QString value = item.mid(eq + 1).trimmed();
        if (seen.contains(tag))
            key.errors << QCoreApplication::translate(
                              "rebound::auth",
                              "the tag %1 appears twice, which makes the record invalid (RFC 6376 3.2)")
                              .arg(tag);
        seen << tag;
        if (tag == u"v") {
            key.version = value;
            if (value != u"DKIM1")
                key.errors << QCoreApplication::translate("rebound::auth", "v=%1: the only version is DKIM1")
                                  .arg(value);
            if (!first)
                key.errors << QCoreApplication::translate("rebound::auth",
                                                          "v= must be the first tag when present");
        } else if (tag == u"k") {
            key.keyType = value.toLower();
            if (key.keyType != u"rsa" && key.keyType != u"ed25519")
                key.errors << QCoreApplication::translate("rebound::auth",
                                                          "k=%1 is not a known key type (rsa, ed25519)")
                                  .arg(value);
        } else if (tag == u"p") {
            sawKey = true;
            value.remove(QRegularExpression(u"\\s"_s));
            key.publicKeyBase64 = value;
            key.revoked = value.isEmpty();
        } else if (tag == u"h") {
            key.hashAlgorithms = value.split(u':', Qt::SkipEmptyParts);
            for (QString& h : key.hashAlgorithms)
                h = h.trimmed().toLower();
            if (!key.hashAlgorithms.contains(u"sha256"_s))
                key.errors << QCoreApplication::translate(
                    "rebound::auth",
                    "h= does not allow sha256; RFC 8301 forbids sha1, so no signature can verify");
            else if (key.hashAlgorithms.contains(u"sha1"_s))
                key.warnings << QCoreApplication::translate("rebound::auth",
                                                            "h= still lists sha1, which RFC 8301 retired");
        } else if (tag == u"t") {
            key.flags = value.split(u':', Qt::SkipEmptyParts);
            for (QString& f : key.flags)
                f = f.trimmed().toLower();
            key.testing = key.flags.contains(u"y"_s);
            if (key.testing) {
                key.testingWarning = QCoreApplication::translate(
                    "rebound::auth", "t=y: the domain says it is testing DKIM; receivers may treat failures "
                                     "as if unsigned");
                key.warnings << key.testingWarning;
            }
        } else if (tag == u"s") {
            key.services = value.split(u':', Qt::SkipEmptyParts);
            if (!key.services.contains(u"*"_s) && !key.services.contains(u"email"_s))
                key.errors << QCoreApplication::translate(
                                  "rebound::auth", "s=%1 excludes email, so the key cannot verify mail")
                                  .arg(value);
        } else if (tag == u"n") {
            key.notes = value;
        }
        first = false;
    }
    if (!sawKey)
        key.errors << QCoreApplication::translate("rebound::auth", "no p= tag: the record has no public key");
    else if (key.revoked)
        key.errors << QCoreApplication::translate(
            "rebound::auth", "p= is empty: the key has been revoked, so signatures with this selector fail");
    else
        decodeKey(&key);
    return key;
}

} // namespace rebound::auth
