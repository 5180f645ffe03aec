// core/diagnosis owns the guided diagnosis: what the input is, which checks it calls for, running them
// concurrently into one session, and turning the bounce and the findings into ranked causes using
// the rules in resources/diagnosis/.
#pragma once

#include <QString>

namespace rebound::diagnosis {

enum class InputKind {
    Empty,
    Bounce, // an SMTP reply, a log line, a bounce message or an mbox
    IpAddress,
    CidrRange,
    IpList, // several IPs, one per line
    Domain,
    EmailAddress,
    Message,     // a delivered message or its header block (not a bounce, a report or an auto-reply)
    DmarcReport, // a DMARC aggregate report: XML, gzip, zip, or a message carrying one
    TlsReport,   // an SMTP TLS report (TLS-RPT JSON), gzipped, or a message carrying one
    Unknown,
};

// "bounce", "ip", "cidr", "ip_list", "domain", "address", "message", "dmarc_report", "tlsrpt_report", ...
QString inputKindName(InputKind kind);
InputKind inputKindFromName(const QString& name); // Unknown for any other name

struct DetectedInput {
    InputKind kind = InputKind::Empty;
    QString value;       // the IP, range, domain or address, normalised; empty for a bounce
    QString explanation; // for people: "An IPv4 address", "A bounce message (RFC 3464)"...
};

// Decides what the user gave, offline and fast (only the first bytes are looked at for the shape).
DetectedInput detectInput(const QString& text);

} // namespace rebound::diagnosis
