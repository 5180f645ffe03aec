#pragma once

#include "core/smtp/tlstypes.h"

struct ssl_st;
struct x509_st;
using SSL = ssl_st;
using X509 = x509_st;

namespace rebound::smtp {

// What the inspection of an established session is checked against.
struct TlsExpectations {
    QList<NameCheck> names;         // role and name to check; matches is filled in
    QList<TlsaRecord> tlsa;         // the _port._tcp.<host> records, when published
    bool tlsaAuthenticated = false; // the resolver said AD for them
    QString daneBaseDomain;         // the TLSA owner's host name (RFC 7672 reference identifier)
    QString caFile;                 // trust anchors for the DANE-TA path check; empty = system store
};

// Fills protocol, cipher, group, both chains, name checks, expiry, OCSP staple, TLSA 3 1 1, DANE and
// the Postfix summary word of out from an established session. verifyErrors were recorded during the
// handshake.
void inspectTlsSession(SSL* session, const QList<VerifyError>& verifyErrors, const TlsExpectations& expect,
                       StartTlsResult& out);

CertificateInfo certificateInfo(X509* certificate);

// OpenSSL's DANE verifier over the chain the server sent, apart from the PKIX verification of the
// handshake, so that each says its own thing. Usages 0 and 1 are unusable for SMTP (RFC 7672 3.1.3).
DaneResult checkDane(SSL* session, const TlsExpectations& expect);

} // namespace rebound::smtp
