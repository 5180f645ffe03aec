// DKIM key records: tags, OpenSSL decoding (RSA sizes, Ed25519), revoked and testing keys. The keys
// are generated with OpenSSL at test time.
#include "core/auth/dkimkey.h"

#include <QTest>

#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

using namespace rebound::auth;

namespace {

QByteArray publicKeyBase64(EVP_PKEY* key, bool raw) {
    QByteArray der;
    if (raw) {
        size_t len = 32;
        der.resize(32);
        EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char*>(der.data()), &len);
    } else {
        const int len = i2d_PUBKEY(key, nullptr);
        der.resize(len);
        auto* p = reinterpret_cast<unsigned char*>(der.data());
        i2d_PUBKEY(key, &p);
    }
    EVP_PKEY_free(key);
    return der.toBase64();
}

QByteArray rsaKey(int bits) {
    return publicKeyBase64(EVP_RSA_gen(static_cast<unsigned int>(bits)), false);
}

} // namespace

class TestDkimKey : public QObject {
    Q_OBJECT

private slots:
    void keys_data() {
        QTest::addColumn<QList<QByteArray>>("strings");
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<int>("bits");
        QTest::addColumn<int>("errors");
        QTest::addColumn<int>("warnings");
        const QByteArray k2048 = rsaKey(2048);
        QTest::newRow("rsa 2048") << QList<QByteArray>{"v=DKIM1; k=rsa; p=" + k2048} << "RSA" << 2048 << 0
                                  << 0;
        QTest::newRow("rsa 2048 split")
            << QList<QByteArray>{"v=DKIM1; k=rsa; p=" + k2048.left(200), k2048.mid(200)} << "RSA" << 2048 << 0
            << 0;
        QTest::newRow("rsa 1024") << QList<QByteArray>{"v=DKIM1; p=" + rsaKey(1024)} << "RSA" << 1024 << 0
                                  << 1;
        QTest::newRow("rsa 512") << QList<QByteArray>{"v=DKIM1; p=" + rsaKey(512)} << "RSA" << 512 << 1 << 0;
        EVP_PKEY* ed = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
        QTest::newRow("ed25519") << QList<QByteArray>{"v=DKIM1; k=ed25519; p=" + publicKeyBase64(ed, true)}
                                 << "Ed25519" << 256 << 0 << 1;
        QTest::newRow("revoked") << QList<QByteArray>{"v=DKIM1; p="} << "" << 0 << 1 << 0;
        QTest::newRow("testing") << QList<QByteArray>{"v=DKIM1; t=y; p=" + k2048} << "RSA" << 2048 << 0 << 1;
        QTest::newRow("garbage key") << QList<QByteArray>{"v=DKIM1; p=AAAAAAAA"} << "" << 0 << 1 << 0;
        QTest::newRow("bad base64") << QList<QByteArray>{"v=DKIM1; p=@@@"} << "" << 0 << 1 << 0;
        QTest::newRow("no p") << QList<QByteArray>{"v=DKIM1; k=rsa"} << "" << 0 << 1 << 0;
        QTest::newRow("sha1 only") << QList<QByteArray>{"v=DKIM1; h=sha1; p=" + k2048} << "RSA" << 2048 << 1
                                   << 0;
        QTest::newRow("wrong version") << QList<QByteArray>{"v=DKIM2; p=" + k2048} << "RSA" << 2048 << 1 << 0;
    }

    void keys() {
        QFETCH(QList<QByteArray>, strings);
        QFETCH(QString, algorithm);
        QFETCH(int, bits);
        QFETCH(int, errors);
        QFETCH(int, warnings);
        const DkimKey key = parseDkimKey(strings);
        QCOMPARE(key.algorithm, algorithm);
        QCOMPARE(key.bits, bits);
        QCOMPARE(key.errors.size(), errors);
        QCOMPARE(key.warnings.size(), warnings);
        QCOMPARE(key.txtStrings, strings);
    }
};

QTEST_GUILESS_MAIN(TestDkimKey)
#include "test_dkimkey.moc"
