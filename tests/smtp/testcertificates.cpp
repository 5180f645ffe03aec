#include "testcertificates.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>

namespace rebound::smtptest {
namespace {

// An `openssl ca` set-up for one CA: the leaves' extensions are sections of this file.
QByteArray caConfig(const QString& dir, const QString& ca) {
    return QStringLiteral(
               "[ca]\ndefault_ca = this\n[this]\ndir = %1\ndatabase = %1/%2.index\n"
               "new_certs_dir = %1/%2.new\nserial = %1/%2.serial\ncertificate = %1/%2.pem\n"
               "private_key = %1/%2.key\ndefault_md = sha256\npolicy = anything\n"
               "unique_subject = no\ndefault_days = 30\ncopy_extensions = none\n"
               "[anything]\ncommonName = supplied\n"
               "[good]\nbasicConstraints = CA:false\n"
               "subjectAltName = DNS:mx.smtp.test, DNS:localhost, IP:127.0.0.1, IP:::1\n"
               "[wrongname]\nbasicConstraints = CA:false\nsubjectAltName = DNS:other.example.net\n")
        .arg(dir, ca)
        .toUtf8();
}

} // namespace

bool TestCertificates::openssl(const QStringList& args, QString* error, const QByteArray& input) const {
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(u"openssl"_qs, args);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *error = u"openssl "_qs + args.join(u' ') + u": "_qs + QString::fromUtf8(process.readAll());
        return false;
    }
    return true;
}

bool TestCertificates::makeCa(const QString& name, QString* error) const {
    QDir(m_dir.path()).mkpath(name + u".new"_qs);
    QFile index(m_dir.filePath(name + u".index"_qs));
    QFile serial(m_dir.filePath(name + u".serial"_qs));
    QFile config(m_dir.filePath(name + u".cnf"_qs));
    if (!index.open(QIODevice::WriteOnly) || !serial.open(QIODevice::WriteOnly)
        || !config.open(QIODevice::WriteOnly)) {
        *error = u"cannot write the CA files"_qs;
        return false;
    }
    serial.write("1000\n");
    config.write(caConfig(m_dir.path(), name));
    config.close();
    return openssl({u"req"_qs, u"-x509"_qs, u"-newkey"_qs, u"ec"_qs, u"-pkeyopt"_qs,
                    u"ec_paramgen_curve:prime256v1"_qs, u"-nodes"_qs, u"-keyout"_qs, name + u".key"_qs,
                    u"-out"_qs, name + u".pem"_qs, u"-days"_qs, u"30"_qs, u"-subj"_qs,
                    u"/CN=Rebound Test "_qs + name, u"-addext"_qs, u"basicConstraints=critical,CA:true"_qs,
                    u"-addext"_qs, u"keyUsage=critical,keyCertSign,cRLSign"_qs},
                   error);
}

bool TestCertificates::makeLeaf(const QString& name, const QString& ca, const QString& section,
                                const QString& keySpec, const QStringList& dates, QString* error) const {
    QStringList req{u"req"_qs,  u"-new"_qs,        u"-nodes"_qs, u"-keyout"_qs,          name + u".key"_qs,
                    u"-out"_qs, name + u".csr"_qs, u"-subj"_qs,  u"/CN=mx.smtp.test"_qs, u"-newkey"_qs};
    req << keySpec.split(u' ');
    if (!openssl(req, error))
        return false;
    QStringList sign{u"ca"_qs,  u"-batch"_qs,      u"-notext"_qs, u"-config"_qs,     ca + u".cnf"_qs,
                     u"-in"_qs, name + u".csr"_qs, u"-out"_qs,    name + u".pem"_qs, u"-extensions"_qs,
                     section};
    return openssl(sign + dates, error);
}

bool TestCertificates::makeOcspResponse(const QString& name, QString* error) const {
    // openssl ocsp as a responder over the CA's own index: builds the request for the leaf and answers it.
    return openssl({u"ocsp"_qs, u"-index"_qs, u"ca.index"_qs, u"-rsigner"_qs, u"ca.pem"_qs, u"-rkey"_qs,
                    u"ca.key"_qs, u"-CA"_qs, u"ca.pem"_qs, u"-issuer"_qs, u"ca.pem"_qs, u"-cert"_qs,
                    name + u".pem"_qs, u"-no_nonce"_qs, u"-ndays"_qs, u"1"_qs, u"-respout"_qs,
                    name + u".ocsp"_qs},
                   error);
}

bool TestCertificates::generate(QString* error) {
    if (!m_dir.isValid()) {
        *error = u"no temporary directory"_qs;
        return false;
    }
    const QString ec = u"ec -pkeyopt ec_paramgen_curve:prime256v1"_qs;
    if (!makeCa(u"ca"_qs, error) || !makeCa(u"otherca"_qs, error))
        return false;
    if (!makeLeaf(u"good"_qs, u"ca"_qs, u"good"_qs, ec, {}, error)
        || !makeLeaf(u"wrongname"_qs, u"ca"_qs, u"wrongname"_qs, ec, {}, error)
        || !makeLeaf(u"shortkey"_qs, u"ca"_qs, u"good"_qs, u"rsa:1024"_qs, {}, error)
        || !makeLeaf(u"expired"_qs, u"ca"_qs, u"good"_qs, ec,
                     {u"-startdate"_qs, u"20200101000000Z"_qs, u"-enddate"_qs, u"20200201000000Z"_qs}, error)
        || !makeLeaf(u"untrusted"_qs, u"otherca"_qs, u"good"_qs, ec,
                     {u"-startdate"_qs, u"20200101000000Z"_qs, u"-enddate"_qs, u"20200201000000Z"_qs}, error))
        return false;
    if (!makeLeaf(u"revoked"_qs, u"ca"_qs, u"good"_qs, ec, {}, error)
        || !openssl({u"ca"_qs, u"-config"_qs, u"ca.cnf"_qs, u"-revoke"_qs, u"revoked.pem"_qs}, error)
        || !makeOcspResponse(u"good"_qs, error) || !makeOcspResponse(u"revoked"_qs, error))
        return false;
    // The untrusted leaf is sent with its (untrusted) CA.
    QFile chain(m_dir.filePath(u"untrusted.pem"_qs));
    QFile otherCa(m_dir.filePath(u"otherca.pem"_qs));
    if (!chain.open(QIODevice::Append) || !otherCa.open(QIODevice::ReadOnly)) {
        *error = u"cannot build the untrusted chain"_qs;
        return false;
    }
    chain.write(otherCa.readAll());
    chain.close();
    return openssl({u"req"_qs, u"-x509"_qs, u"-newkey"_qs, u"ec"_qs, u"-pkeyopt"_qs,
                    u"ec_paramgen_curve:prime256v1"_qs, u"-nodes"_qs, u"-keyout"_qs, u"selfsigned.key"_qs,
                    u"-out"_qs, u"selfsigned.pem"_qs, u"-days"_qs, u"30"_qs, u"-subj"_qs,
                    u"/CN=mx.smtp.test"_qs, u"-addext"_qs,
                    u"subjectAltName=DNS:mx.smtp.test,DNS:localhost,IP:127.0.0.1"_qs},
                   error);
}

QString TestCertificates::spkiSha256(const QString& certFile, QString* error) {
    QProcess process;
    process.start(u"openssl"_qs, {u"x509"_qs, u"-in"_qs, certFile, u"-noout"_qs, u"-pubkey"_qs});
    if (!process.waitForFinished(10000) || process.exitCode() != 0) {
        *error = u"openssl x509 -pubkey failed"_qs;
        return {};
    }
    QByteArray pem = process.readAllStandardOutput();
    pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "");
    const QByteArray der = QByteArray::fromBase64(pem.simplified().replace(' ', ""));
    return QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex());
}

} // namespace rebound::smtptest
