#include "testcertificates.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace rebound::smtptest {
namespace {

// An `openssl ca` set-up for one CA: the leaves' extensions are sections of this file.
QByteArray caConfig(const QString& dir, const QString& ca) {
    return QStringLiteral("[ca]\ndefault_ca = this\n[this]\ndir = %1\ndatabase = %1/%2.index\n"
                          "new_certs_dir = %1/%2.new\nserial = %1/%2.serial\ncertificate = %1/%2.pem\n"
                          "private_key = %1/%2.key\ndefault_md = sha256\npolicy = anything\n"
                          "unique_subject = no\ndefault_days = 30\ncopy_extensions = none\n"
                          "[anything]\ncommonName = supplied\n"
                          "[good]\nbasicConstraints = CA:false\n"
                          "subjectAltName = DNS:mx.smtp.test, DNS:localhost, IP:127.0.0.1, IP:::1\n"
                          "[wrongname]\nbasicConstraints = CA:false\nsubjectAltName = DNS:other.example.net\n"
                          "[web]\nbasicConstraints = CA:false\nsubjectAltName = DNS:localhost, IP:127.0.0.1, "
                          "DNS:*.sts.test, DNS:mta-sts.ok.sts.test, DNS:mta-sts.big.sts.test, "
                          "DNS:mta-sts.slow.sts.test, "
                          "DNS:mta-sts.redirect.sts.test, DNS:mta-sts.badsyntax.sts.test, "
                          "DNS:mta-sts.mismatch.sts.test, "
                          "DNS:mta-sts.idmismatch.sts.test, DNS:mta-sts.testing.sts.test\n")
        .arg(dir, ca)
        .toUtf8();
}

} // namespace

bool TestCertificates::openssl(const QStringList& args, QString* error, const QByteArray& input) const {
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(u"openssl"_s, args);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *error = u"openssl "_s + args.join(u' ') + u": "_s + QString::fromUtf8(process.readAll());
        return false;
    }
    return true;
}

bool TestCertificates::makeCa(const QString& name, QString* error) const {
    QDir(m_dir.path()).mkpath(name + u".new"_s);
    QFile index(m_dir.filePath(name + u".index"_s));
    QFile serial(m_dir.filePath(name + u".serial"_s));
    QFile config(m_dir.filePath(name + u".cnf"_s));
    if (!index.open(QIODevice::WriteOnly) || !serial.open(QIODevice::WriteOnly)
        || !config.open(QIODevice::WriteOnly)) {
        *error = u"cannot write the CA files"_s;
        return false;
    }
    serial.write("1000\n");
    config.write(caConfig(m_dir.path(), name));
    config.close();
    return openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                    u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-keyout"_s, name + u".key"_s, u"-out"_s,
                    name + u".pem"_s, u"-days"_s, u"30"_s, u"-subj"_s, u"/CN=Rebound Test "_s + name,
                    u"-addext"_s, u"basicConstraints=critical,CA:true"_s, u"-addext"_s,
                    u"keyUsage=critical,keyCertSign,cRLSign"_s},
                   error);
}

bool TestCertificates::makeLeaf(const QString& name, const QString& ca, const QString& section,
                                const QString& keySpec, const QStringList& dates, QString* error) const {
    QStringList req{u"req"_s,  u"-new"_s,        u"-nodes"_s, u"-keyout"_s,          name + u".key"_s,
                    u"-out"_s, name + u".csr"_s, u"-subj"_s,  u"/CN=mx.smtp.test"_s, u"-newkey"_s};
    req << keySpec.split(u' ');
    if (!openssl(req, error))
        return false;
    QStringList sign{u"ca"_s,          u"-batch"_s,      u"-notext"_s,     u"-config"_s,
                     ca + u".cnf"_s,   u"-in"_s,         name + u".csr"_s, u"-out"_s,
                     name + u".pem"_s, u"-extensions"_s, section};
    return openssl(sign + dates, error);
}

bool TestCertificates::makeOcspResponse(const QString& name, QString* error) const {
    // openssl ocsp as a responder over the CA's own index: builds the request for the leaf and answers it.
    return openssl({u"ocsp"_s, u"-index"_s, u"ca.index"_s, u"-rsigner"_s, u"ca.pem"_s, u"-rkey"_s,
                    u"ca.key"_s, u"-CA"_s, u"ca.pem"_s, u"-issuer"_s, u"ca.pem"_s, u"-cert"_s,
                    name + u".pem"_s, u"-no_nonce"_s, u"-ndays"_s, u"1"_s, u"-respout"_s, name + u".ocsp"_s},
                   error);
}

bool TestCertificates::generate(QString* error) {
    if (!m_dir.isValid()) {
        *error = u"no temporary directory"_s;
        return false;
    }
    const QString ec = u"ec -pkeyopt ec_paramgen_curve:prime256v1"_s;
    if (!makeCa(u"ca"_s, error) || !makeCa(u"otherca"_s, error))
        return false;
    if (!makeLeaf(u"good"_s, u"ca"_s, u"good"_s, ec, {}, error)
        || !makeLeaf(u"wrongname"_s, u"ca"_s, u"wrongname"_s, ec, {}, error)
        || !makeLeaf(u"web"_s, u"ca"_s, u"web"_s, ec, {}, error)
        || !makeLeaf(u"shortkey"_s, u"ca"_s, u"good"_s, u"rsa:1024"_s, {}, error)
        || !makeLeaf(u"nearexpiry"_s, u"ca"_s, u"good"_s, ec, {u"-days"_s, u"5"_s}, error)
        || !makeLeaf(u"expired"_s, u"ca"_s, u"good"_s, ec,
                     {u"-startdate"_s, u"20200101000000Z"_s, u"-enddate"_s, u"20200201000000Z"_s}, error)
        || !makeLeaf(u"untrusted"_s, u"otherca"_s, u"good"_s, ec,
                     {u"-startdate"_s, u"20200101000000Z"_s, u"-enddate"_s, u"20200201000000Z"_s}, error))
        return false;
    if (!makeLeaf(u"revoked"_s, u"ca"_s, u"good"_s, ec, {}, error)
        || !openssl({u"ca"_s, u"-config"_s, u"ca.cnf"_s, u"-revoke"_s, u"revoked.pem"_s}, error)
        || !makeOcspResponse(u"good"_s, error) || !makeOcspResponse(u"revoked"_s, error))
        return false;
    // The untrusted leaf is sent with its (untrusted) CA.
    QFile chain(m_dir.filePath(u"untrusted.pem"_s));
    QFile otherCa(m_dir.filePath(u"otherca.pem"_s));
    if (!chain.open(QIODevice::Append) || !otherCa.open(QIODevice::ReadOnly)) {
        *error = u"cannot build the untrusted chain"_s;
        return false;
    }
    chain.write(otherCa.readAll());
    chain.close();
    return openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                    u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-keyout"_s, u"selfsigned.key"_s,
                    u"-out"_s, u"selfsigned.pem"_s, u"-days"_s, u"30"_s, u"-subj"_s, u"/CN=mx.smtp.test"_s,
                    u"-addext"_s, u"subjectAltName=DNS:mx.smtp.test,DNS:localhost,IP:127.0.0.1"_s},
                   error);
}

QString TestCertificates::spkiSha256(const QString& certFile, QString* error) {
    QProcess process;
    process.start(u"openssl"_s, {u"x509"_s, u"-in"_s, certFile, u"-noout"_s, u"-pubkey"_s});
    if (!process.waitForFinished(10000) || process.exitCode() != 0) {
        *error = u"openssl x509 -pubkey failed"_s;
        return {};
    }
    QByteArray pem = process.readAllStandardOutput();
    pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "");
    const QByteArray der = QByteArray::fromBase64(pem.simplified().replace(' ', ""));
    return QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex());
}

} // namespace rebound::smtptest
