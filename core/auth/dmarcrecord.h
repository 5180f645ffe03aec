// A DMARC policy record (RFC 9989 4.7; RFC 7489's pct, rf and ri still read for older receivers): tags parsed
// and each value validated. The parse status follows OpenDMARC's classification, so its cases apply; the
// problems list explains each one for people.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rebound::auth {

enum class DmarcPolicy { None, Quarantine, Reject };
QString dmarcPolicyName(DmarcPolicy policy);

enum class DmarcParseStatus { Ok, Empty, BadVersion, BadValue, NoRequiredP };
QString dmarcParseStatusName(DmarcParseStatus status); // "ok", "empty", "bad-version", ...

struct DmarcReportUri {
    QString uri;       // as written
    QString address;   // the mailto: address, empty for other schemes
    QString domain;    // the address's domain
    QString sizeLimit; // "!10m" suffix, if any
};

struct DmarcRecord {
    QString text;
    DmarcParseStatus status = DmarcParseStatus::Empty;
    std::optional<DmarcPolicy> policy;            // p
    std::optional<DmarcPolicy> subdomainPolicy;   // sp
    std::optional<DmarcPolicy> nonexistentPolicy; // np (RFC 9989)
    int percent = 100;                            // pct
    bool strictDkim = false;                      // adkim=s
    bool strictSpf = false;                       // aspf=s
    QList<DmarcReportUri> aggregate;              // rua
    QList<DmarcReportUri> failure;                // ruf
    QString failureOptions = QStringLiteral("0"); // fo
    quint32 reportInterval = 86400;               // ri
    QString psd;                                  // psd (RFC 9989): y, n, u
    bool testing = false;                         // t=y (RFC 9989)
    QStringList unknownTags;
    QStringList removedTags; // pct, rf, ri as written: read, but RFC 9989 removed them
    // Problems found while parsing, one sentence each, with the tag they concern first ("p: ...").
    QStringList errors;
    QStringList warnings;
};

// True when a TXT string is a DMARC record candidate ("v=DMARC1" first, RFC 7489 6.6.3).
bool isDmarcRecord(const QByteArray& txt);

DmarcRecord parseDmarcRecord(const QString& text);

} // namespace rebound::auth
