// tests/smtp: certificates made at test time with the openssl command, so none expires in the tree.
#pragma once

#include <QString>
#include <QTemporaryDir>

namespace rebound::smtptest {

// A test CA and leaves signed by it (good, expired, wrong name, 1024-bit RSA, revoked), a self-signed
// leaf, and an expired leaf from a second CA that is not trusted (sent with that CA: errors at depths 0
// and 1). The good names are mx.smtp.test, localhost and 127.0.0.1. The CA also answers for the good and
// the revoked leaf with OCSP responses (DER, signed by the CA) that a server can staple.
class TestCertificates final {
public:
    struct Pair {
        QString cert; // PEM, the leaf first and any chain after it
        QString key;
    };

    bool generate(QString* error);

    QString caFile() const { return m_dir.filePath(QStringLiteral("ca.pem")); }
    Pair good() const { return pair(QStringLiteral("good")); }
    Pair selfSigned() const { return pair(QStringLiteral("selfsigned")); }
    Pair expired() const { return pair(QStringLiteral("expired")); }
    // Like good() but with a notAfter 5 days away (the watch's "near expiry").
    Pair nearExpiry() const { return pair(QStringLiteral("nearexpiry")); }
    Pair wrongName() const { return pair(QStringLiteral("wrongname")); }
    // For the HTTPS tests: localhost, 127.0.0.1, *.sts.test and the mta-sts.<scenario>.sts.test hosts
    // (not mta-sts.wrongname.sts.test).
    Pair web() const { return pair(QStringLiteral("web")); }
    Pair shortKey() const { return pair(QStringLiteral("shortkey")); }
    Pair untrustedExpiredChain() const { return pair(QStringLiteral("untrusted")); }
    Pair revoked() const { return pair(QStringLiteral("revoked")); }
    // The CA's OCSP response for a leaf ("good" or "revoked"), DER.
    QString ocspResponse(const QString& name) const { return m_dir.filePath(name + QStringLiteral(".ocsp")); }
    Pair byName(const QString& name) const { return pair(name); }

    // SHA-256 of the DER SubjectPublicKeyInfo of a leaf, hex (the TLSA 3 1 1 data).
    static QString spkiSha256(const QString& certFile, QString* error);

private:
    Pair pair(const QString& name) const {
        return {m_dir.filePath(name + QStringLiteral(".pem")), m_dir.filePath(name + QStringLiteral(".key"))};
    }
    bool openssl(const QStringList& args, QString* error, const QByteArray& input = {}) const;
    bool makeCa(const QString& name, QString* error) const;
    bool makeLeaf(const QString& name, const QString& ca, const QString& section, const QString& keySpec,
                  const QStringList& dates, QString* error) const;
    bool makeOcspResponse(const QString& name, QString* error) const;

    QTemporaryDir m_dir;
};

} // namespace rebound::smtptest
