// SPF macro strings (RFC 7208 section 7): syntax check and expansion with transformers, delimiters
// and URL escaping, and the 253-octet truncation of expanded domain-specs.
#pragma once

#include <QHostAddress>
#include <QString>

#include <optional>

namespace rebound::auth {

// The values the macro letters stand for.
struct SpfMacroContext {
    QString sender;                                    // s
    QString localPart;                                 // l
    QString senderDomain;                              // o
    QString domain;                                    // d, the current domain
    QHostAddress ip;                                   // i, c, v (an IPv4-mapped IPv6 address counts as IPv4)
    bool upperCaseNibbles = false;                     // i for IPv6: hex digits in upper case
    QString helo;                                      // h
    QString validatedName = QStringLiteral("unknown"); // p, filled by the evaluator when needed
    QString receiver = QStringLiteral("unknown");      // r
    qint64 timestamp = 0;                              // t
};

// Checks the syntax of a macro-string. In an explanation string the letters c, r and t are allowed.
bool isValidMacroString(const QString& text, bool explanation, QString* error = nullptr);

// True when a valid macro-string ends with a macro-expand ("%{...}", "%%", "%_" or "%-").
bool endsWithMacroExpand(const QString& text);

// True when the string uses the %{p} macro (which needs DNS before expansion).
bool usesPtrMacro(const QString& text);
// True when the string uses a macro that needs the client IP (i, p, v, c).
bool usesIpMacro(const QString& text);

// Expands a macro-string; nullopt with *error on a syntax error.
std::optional<QString> expandSpfMacros(const QString& text, const SpfMacroContext& context, bool explanation,
                                       QString* error = nullptr);

// Expands a domain-spec and, if longer than 253 characters, drops left-hand labels until it fits
// (RFC 7208 7.3). A trailing dot is dropped.
std::optional<QString> expandDomainSpec(const QString& spec, const SpfMacroContext& context,
                                        QString* error = nullptr);

// The IP as %{i} shows it: dotted IPv4, or 32 dot-separated nibbles for IPv6.
QString spfDottedIp(const QHostAddress& ip);
// The IP as IPv4 when it is IPv4 or IPv4-mapped, else unchanged.
QHostAddress spfEffectiveIp(const QHostAddress& ip);

} // namespace rebound::auth
