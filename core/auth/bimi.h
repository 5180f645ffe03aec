// BIMI beyond its TXT record: the logo (l=) fetched over HTTPS and checked against SVG Tiny PS
// (resources/auth/bimi-svg.json), and the mark certificate (a=: a VMC or CMC, PEM) checked with
// OpenSSL: its chain, the BIMI extended key usage, the domain in its names, its validity, and the logo
// embedded in its logotype extension (RFC 3709) compared with the published SVG.
#pragma once

#include "core/auth/policytxt.h"
#include "core/https/httpsfetcher.h"
#include "core/util/finding.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace rebound::auth {

struct BimiSvgRules {
    qint64 maxBytes = 32768;
    QString baseProfile = QStringLiteral("tiny-ps");
    QString version = QStringLiteral("1.2");
    QStringList rootForbiddenAttributes;
    QStringList forbiddenElements;

    static const BimiSvgRules& instance(); // resources/auth/bimi-svg.json
};

struct BimiSvgCheck {
    qint64 bytes = 0;
    QString sha256; // hex, of the bytes as served
    QString baseProfile;
    QString version;
    QString title;
    bool square = false;
    QStringList errors;   // what makes it fail SVG Tiny PS
    QStringList warnings; // what validators may reject
    bool valid() const { return errors.isEmpty(); }
};

// The checks need no network: the SVG bytes as served.
BimiSvgCheck checkBimiSvg(const QByteArray& svg, const BimiSvgRules& rules = BimiSvgRules::instance());

struct BimiCertificateCheck {
    int certificates = 0; // in the PEM served
    QString subject;
    QString issuer;
    QDateTime notBefore, notAfter;
    bool chainOk = false;
    QString chainError;
    bool bimiUsage = false; // extended key usage id-kp-BrandIndicatorforMessageIdentification
    bool domainListed = false;
    bool logotypeFound = false;      // an SVG data: URI in the logotype extension
    QString logotypeSha256;          // of the embedded SVG (decompressed)
    std::optional<bool> logoMatches; // the embedded SVG is the published one
    QStringList errors;
};

// pem: the a= file; svg: the published logo (empty when it could not be fetched); caFile: trust anchors
// (empty: OpenSSL's default paths).
BimiCertificateCheck checkBimiCertificate(const QByteArray& pem, const QString& domain, const QString& caFile,
                                          const QByteArray& svg);

struct BimiReport {
    QString logoUrl;
    QString authorityUrl;
    std::optional<https::HttpsResult> logoFetch;
    std::optional<https::HttpsResult> authorityFetch;
    std::optional<BimiSvgCheck> svg;
    std::optional<BimiCertificateCheck> certificate;
    QList<Finding> findings; // bimi.*
};

// Judges the fetches of the record's l= and a= URLs (either may be absent).
BimiReport analyseBimi(const QString& domain, const PolicyTxtReport& txt, const https::HttpsResult* logo,
                       const https::HttpsResult* authority, const QString& caFile);

} // namespace rebound::auth
