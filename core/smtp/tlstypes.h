#pragma once

#include "core/dane/tlsarecord.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rebound::smtp {

// One certificate as the server sent it or as OpenSSL verified it.
struct CertificateInfo {
    QString subject; // RFC 2253 form
    QString issuer;
    QStringList dnsNames; // subjectAltName dNSName entries
    QDateTime notBefore;
    QDateTime notAfter;
    QString keyType; // "RSA", "EC", "ED25519", ...
    int keyBits = 0;
    QString sha256;     // fingerprint of the DER certificate, hex
    QString spkiSha256; // SHA-256 of the DER SubjectPublicKeyInfo, hex (the TLSA x 1 1 data)
    bool selfIssued = false;
};

// One certificate verification error, at the depth where OpenSSL found it (0 = the server's own).
struct VerifyError {
    int depth = 0;
    int code = 0;    // X509_V_ERR_*
    QString text;    // X509_verify_cert_error_string
    QString subject; // of the certificate at that depth, when known
};

// Whether the certificate is valid for one name the client could have expected.
struct NameCheck {
    QString role; // "mx" (the host name), "domain", "banner"
    QString name;
    bool matches = false;
};

// A published TLSA record, as used for DANE (core/dane).
using TlsaRecord = dane::TlsaRecord;

// RFC 7672 DANE for SMTP, checked with OpenSSL's own DANE verifier.
struct DaneResult {
    bool checked = false; // validated TLSA records were published and a certificate was there to check
    bool dnssecValidated = false; // libunbound validated the TLSA answer; unvalidated records are not checked
    QStringList records;          // presentation form of the usable records
    bool matched = false;
    QString matchedRecord; // which record matched
    int depth = -1;        // chain depth of the match
    QString error;         // why nothing matched
};

struct OcspStaple {
    bool present = false;
    QString responseStatus; // "successful", "tryLater", ... when present
    QString certStatus;     // "good", "revoked", "unknown" when it could be read
};

// The result of the STARTTLS step.
struct StartTlsResult {
    enum class Handshake { NotAttempted, Refused, Succeeded, Failed, TimedOut };

    bool offered = false;     // STARTTLS in the EHLO answer (or implicit TLS)
    bool implicitTls = false; // SMTPS: TLS from the first byte, no STARTTLS command
    Handshake handshake = Handshake::NotAttempted;
    int starttlsReplyCode = 0; // the server's answer to STARTTLS (220 to go ahead)
    QString error;             // why the handshake failed, OpenSSL's words
    qint64 handshakeMs = -1;
    QByteArray bytesAfterReady; // sent by the server after "220" before the handshake (RFC 3207 4)

    QString protocol; // "TLSv1.3"
    QString cipher;   // "TLS_AES_256_GCM_SHA384"
    int cipherBits = 0;
    QString group; // key exchange group, "X25519"

    QList<CertificateInfo> chainSent;
    QList<CertificateInfo> chainVerified; // empty when the chain could not be verified
    bool chainTrusted = false;            // verified to a trusted root with no error
    QList<VerifyError> verifyErrors;      // every error at every depth
    QList<NameCheck> nameChecks;
    bool nameMatch = false; // the certificate is valid for the host name (or, failing that, the domain)
    std::optional<int> expiresDays;
    OcspStaple ocsp;
    QString tlsa311; // "3 1 1 <sha256 of the leaf SPKI>"
    DaneResult dane;
    QString summary; // Postfix's word: Anonymous, Untrusted, Trusted, Verified
};

QString handshakeName(StartTlsResult::Handshake handshake); // "not_attempted", "refused", ...

} // namespace rebound::smtp
