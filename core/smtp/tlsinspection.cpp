#include "core/smtp/tlsinspection.h"

#include <QHostAddress>

#include <memory>
#include <openssl/evp.h>
#include <openssl/ocsp.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

using namespace Qt::StringLiterals;

namespace rebound::smtp {
namespace {

QString nameText(X509_NAME* name) {
    BIO* bio = BIO_new(BIO_s_mem());
    X509_NAME_print_ex(bio, name, 0, XN_FLAG_RFC2253);
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    QString text = QString::fromUtf8(data, size);
    BIO_free(bio);
    return text;
}

QDateTime asn1Time(const ASN1_TIME* time) {
    struct tm parts {};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1)
        return {};
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

QString sha256Hex(const unsigned char* data, int size) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_Digest(data, size_t(size), digest, &length, EVP_sha256(), nullptr);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), int(length)).toHex());
}

QString spkiSha256(X509* certificate) {
    unsigned char* der = nullptr;
    const int size = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(certificate), &der);
    if (size <= 0)
        return {};
    QString hex = sha256Hex(der, size);
    OPENSSL_free(der);
    return hex;
}

QList<CertificateInfo> chainInfo(STACK_OF(X509) * chain) {
    QList<CertificateInfo> out;
    const int count = chain ? sk_X509_num(chain) : 0;
    for (int i = 0; i < count && i < 16; ++i)
        out << certificateInfo(sk_X509_value(chain, i));
    return out;
}

bool hostMatches(X509* certificate, const QString& name) {
    if (name.isEmpty())
        return false;
    const QByteArray bytes = name.toUtf8();
    if (!QHostAddress(name).isNull())
        return X509_check_ip_asc(certificate, bytes.constData(), 0) == 1;
    return X509_check_host(certificate, bytes.constData(), size_t(bytes.size()), 0, nullptr) == 1;
}

OcspStaple ocspStaple(SSL* session) {
    OcspStaple staple;
    const unsigned char* data = nullptr;
    const long size = SSL_get_tlsext_status_ocsp_resp(session, &data);
    if (size <= 0 || !data)
        return staple;
    staple.present = true;
    OCSP_RESPONSE* response = d2i_OCSP_RESPONSE(nullptr, &data, size);
    if (!response) {
        staple.responseStatus = u"unreadable"_s;
        return staple;
    }
    staple.responseStatus = QString::fromLatin1(OCSP_response_status_str(OCSP_response_status(response)));
    if (OCSP_BASICRESP* basic = OCSP_response_get1_basic(response)) {
        if (OCSP_resp_count(basic) > 0) {
            int reason = 0;
            const int status =
                OCSP_single_get0_status(OCSP_resp_get0(basic, 0), &reason, nullptr, nullptr, nullptr);
            staple.certStatus = QString::fromLatin1(OCSP_cert_status_str(status));
        }
        OCSP_BASICRESP_free(basic);
    }
    OCSP_RESPONSE_free(response);
    return staple;
}

QString groupName(SSL* session) {
    const int nid = SSL_get_negotiated_group(session);
    if (nid > 0) {
        if (const char* name = SSL_group_to_name(session, nid))
            return QString::fromLatin1(name);
    }
    EVP_PKEY* key = nullptr;
    if (SSL_get_peer_tmp_key(session, &key) == 1 && key) {
        QString name = QString::fromLatin1(EVP_PKEY_get0_type_name(key));
        if (EVP_PKEY_get_base_id(key) == EVP_PKEY_DH)
            name = QStringLiteral("DH %1").arg(EVP_PKEY_get_bits(key));
        EVP_PKEY_free(key);
        return name;
    }
    return {};
}

} // namespace

CertificateInfo certificateInfo(X509* certificate) {
    CertificateInfo info;
    if (!certificate)
        return info;
    info.subject = nameText(X509_get_subject_name(certificate));
    info.issuer = nameText(X509_get_issuer_name(certificate));
    info.selfIssued =
        X509_NAME_cmp(X509_get_subject_name(certificate), X509_get_issuer_name(certificate)) == 0;
    info.notBefore = asn1Time(X509_get0_notBefore(certificate));
    info.notAfter = asn1Time(X509_get0_notAfter(certificate));
    if (EVP_PKEY* key = X509_get0_pubkey(certificate)) {
        const char* type = EVP_PKEY_get0_type_name(key);
        info.keyType = type ? QString::fromLatin1(type) : u"unknown"_s;
        info.keyBits = EVP_PKEY_get_bits(key);
    }
    unsigned char* der = nullptr;
    const int size = i2d_X509(certificate, &der);
    if (size > 0) {
        info.sha256 = sha256Hex(der, size);
        OPENSSL_free(der);
    }
    info.spkiSha256 = spkiSha256(certificate);
    auto* names =
        static_cast<GENERAL_NAMES*>(X509_get_ext_d2i(certificate, NID_subject_alt_name, nullptr, nullptr));
    for (int i = 0; names && i < sk_GENERAL_NAME_num(names) && i < 100; ++i) {
        const GENERAL_NAME* name = sk_GENERAL_NAME_value(names, i);
        if (name->type == GEN_DNS) {
            const ASN1_STRING* text = name->d.dNSName;
            info.dnsNames << QString::fromLatin1(reinterpret_cast<const char*>(ASN1_STRING_get0_data(text)),
                                                 ASN1_STRING_length(text));
        }
    }
    GENERAL_NAMES_free(names);
    return info;
}

DaneResult checkDane(SSL* session, const TlsExpectations& expect) {
    DaneResult result;
    result.dnssecValidated = expect.tlsaAuthenticated;
    X509* leaf = SSL_get0_peer_certificate(session);
    if (expect.tlsa.isEmpty() || !leaf)
        return result;
    if (!expect.tlsaAuthenticated) {
        // RFC 7672 2.2: records that are not DNSSEC-validated are not used; saying they match would
        // tell nothing an attacker could not arrange.
        for (const TlsaRecord& record : expect.tlsa)
            result.records << record.toString();
        result.error = u"not DNSSEC-validated"_s;
        return result;
    }
    result.checked = true;

    std::unique_ptr<SSL_CTX, decltype(&SSL_CTX_free)> context(SSL_CTX_new(TLS_client_method()),
                                                              &SSL_CTX_free);
    if (!context || SSL_CTX_dane_enable(context.get()) <= 0) {
        result.error = u"OpenSSL could not enable DANE"_s;
        return result;
    }
    if (expect.caFile.isEmpty())
        SSL_CTX_set_default_verify_paths(context.get());
    else
        SSL_CTX_load_verify_locations(context.get(), expect.caFile.toLocal8Bit().constData(), nullptr);
    std::unique_ptr<SSL, decltype(&SSL_free)> dane(SSL_new(context.get()), &SSL_free);
    const QByteArray base = expect.daneBaseDomain.toUtf8();
    if (!dane || SSL_dane_enable(dane.get(), base.constData()) <= 0) {
        result.error = u"OpenSSL could not enable DANE for "_s + expect.daneBaseDomain;
        return result;
    }
    for (const TlsaRecord& record : expect.tlsa) {
        if (record.usage < 2)
            continue; // PKIX-TA and PKIX-EE are unusable for SMTP (RFC 7672 3.1.3)
        const int added = SSL_dane_tlsa_add(dane.get(), record.usage, record.selector, record.matchingType,
                                            reinterpret_cast<const unsigned char*>(record.data.constData()),
                                            size_t(record.data.size()));
        if (added > 0)
            result.records << record.toString();
    }
    if (result.records.isEmpty()) {
        result.error = u"no usable TLSA record (RFC 7672 uses only usages 2 and 3)"_s;
        return result;
    }
    std::unique_ptr<X509_STORE_CTX, decltype(&X509_STORE_CTX_free)> store(X509_STORE_CTX_new(),
                                                                          &X509_STORE_CTX_free);
    if (!store
        || X509_STORE_CTX_init(store.get(), SSL_CTX_get_cert_store(context.get()), leaf,
                               SSL_get_peer_cert_chain(session))
               != 1) {
        result.error = u"OpenSSL could not set up the DANE verification"_s;
        return result;
    }
    X509_STORE_CTX_set_default(store.get(), "ssl_server");
    X509_VERIFY_PARAM_set1(X509_STORE_CTX_get0_param(store.get()), SSL_get0_param(dane.get()));
    X509_STORE_CTX_set0_dane(store.get(), SSL_get0_dane(dane.get()));
    if (X509_verify_cert(store.get()) == 1) {
        uint8_t usage = 0, selector = 0, matching = 0;
        const unsigned char* data = nullptr;
        size_t length = 0;
        result.depth = SSL_get0_dane_tlsa(dane.get(), &usage, &selector, &matching, &data, &length);
        result.matched = true;
        if (result.depth >= 0)
            result.matchedRecord =
                TlsaRecord{usage, selector, matching,
                           QByteArray(reinterpret_cast<const char*>(data), qsizetype(length))}
                    .toString();
    } else {
        result.error =
            QString::fromUtf8(X509_verify_cert_error_string(X509_STORE_CTX_get_error(store.get())));
    }
    return result;
}

void inspectTlsSession(SSL* session, const QList<VerifyError>& verifyErrors, const TlsExpectations& expect,
                       StartTlsResult& out) {
    out.protocol = QString::fromLatin1(SSL_get_version(session));
    const SSL_CIPHER* cipher = SSL_get_current_cipher(session);
    out.cipher = cipher ? QString::fromLatin1(SSL_CIPHER_get_name(cipher)) : QString();
    out.cipherBits = cipher ? SSL_CIPHER_get_bits(cipher, nullptr) : 0;
    out.group = groupName(session);
    out.chainSent = chainInfo(SSL_get_peer_cert_chain(session));
    out.verifyErrors = verifyErrors;
    X509* leaf = SSL_get0_peer_certificate(session);
    out.chainTrusted = leaf && verifyErrors.isEmpty() && SSL_get_verify_result(session) == X509_V_OK;
    out.chainVerified = chainInfo(SSL_get0_verified_chain(session));
    out.ocsp = ocspStaple(session);
    if (!leaf) {
        out.summary = u"Anonymous"_s;
        return;
    }
    const CertificateInfo leafInfo = certificateInfo(leaf);
    if (leafInfo.notAfter.isValid())
        out.expiresDays = int(QDateTime::currentDateTimeUtc().secsTo(leafInfo.notAfter) / 86400);
    out.tlsa311 = u"3 1 1 "_s + leafInfo.spkiSha256;

    out.nameChecks = expect.names;
    bool expectedNameMatched = false;
    bool anyExpected = false;
    for (NameCheck& check : out.nameChecks) {
        check.matches = hostMatches(leaf, check.name);
        if (check.role != u"banner") {
            anyExpected = true;
            expectedNameMatched = expectedNameMatched || check.matches;
        }
    }
    // With nothing but an IP to go by, the banner's name is the only reference there is.
    if (!anyExpected) {
        for (const NameCheck& check : out.nameChecks)
            expectedNameMatched = expectedNameMatched || check.matches;
    }
    out.nameMatch = expectedNameMatched;
    out.dane = checkDane(session, expect);

    if (out.dane.matched || (out.chainTrusted && out.nameMatch))
        out.summary = u"Verified"_s;
    else if (out.chainTrusted)
        out.summary = u"Trusted"_s;
    else
        out.summary = u"Untrusted"_s;
}

} // namespace rebound::smtp
