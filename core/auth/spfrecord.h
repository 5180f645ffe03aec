// core/auth owns domain authentication and mail routing checks: SPF (RFC 7208), DMARC (RFC 7489),
// DKIM key records (RFC 6376, 8301, 8463), MX and address checks, and the small TXT policies
// (MTA-STS, TLS-RPT, BIMI). This file: one SPF record parsed into terms, strictly by the ABNF of
// RFC 7208 section 12, with the position of the first syntax error.
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <optional>

namespace rebound::auth {

enum class SpfQualifier { Pass, Fail, SoftFail, Neutral };

enum class SpfMechanism { All, Include, A, Mx, Ptr, Ip4, Ip6, Exists };

QString spfMechanismName(SpfMechanism mechanism);

struct SpfTerm {
    QString text;     // the term as written
    int position = 0; // offset of the term in the record
    bool isModifier = false;

    // Directives.
    SpfQualifier qualifier = SpfQualifier::Pass;
    SpfMechanism mechanism = SpfMechanism::All;
    QString domainSpec;   // unexpanded; empty means the current domain
    QHostAddress network; // ip4, ip6
    int cidr4 = 32;       // ip4, a, mx
    int cidr6 = 128;      // ip6, a, mx

    // Modifiers.
    QString modifierName; // lower-cased
    QString modifierValue;

    // True for the terms that count toward the limit of 10 DNS-querying terms (RFC 7208 4.6.4).
    bool countsLookup() const;
};

struct SpfSyntaxError {
    int position = 0; // offset in the record of the offending term (or character)
    QString term;     // the offending term, escaped
    QString message;
};

struct SpfRecord {
    QString text;              // the record as text (ASCII; parse fails on other bytes)
    QList<SpfTerm> directives; // in order
    QList<SpfTerm> modifiers;  // in order, unknown ones included
    std::optional<SpfTerm> redirect;
    std::optional<SpfTerm> explanation;
    bool hasAll = false;
};

struct SpfParseResult {
    std::optional<SpfRecord> record;
    std::optional<SpfSyntaxError> error;
};

// True when the TXT string (strings joined) is an SPF version 1 record: "v=spf1" alone or followed
// by a space, case-insensitively (RFC 7208 4.5).
bool isSpfRecord(const QByteArray& txt);

// Parses a record that isSpfRecord() accepted. Any syntax error anywhere makes the whole record
// invalid (RFC 7208 4.6: permerror without further interpretation).
SpfParseResult parseSpfRecord(const QByteArray& txt);

// Checks a domain-spec: a valid macro-string ending in "." toplabel ["."] or in a macro.
bool isValidDomainSpec(const QString& spec, QString* error = nullptr);

} // namespace rebound::auth
