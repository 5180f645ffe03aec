#pragma once

#include "core/dns/dnstypes.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace rebound::dns {

// A parsed DNS message (RFC 1035 wire format). The parser is defensive: every length is checked against
// the message, compression pointers must point backwards (so loops are impossible), and the number of
// records read is capped.
struct DnsMessage {
    quint16 id = 0;
    DnsFlags flags;
    int rcode = 0; // including the EDNS extended bits when an OPT record is present
    QString questionName;
    quint16 questionType = 0;
    QList<DnsRecord> answers;
    QList<DnsRecord> authority;
    QList<DnsRecord> additional;
};

struct DnsParseError {
    QString message;
};

// Parses a whole message; nullopt with *error set when it is malformed.
std::optional<DnsMessage> parseDnsMessage(const QByteArray& wire, QString* error = nullptr);

// Reads a possibly compressed name at *offset and advances *offset past it. Labels are returned in
// presentation form: '.' and '\' inside a label and bytes outside printable ASCII are \-escaped.
std::optional<QString> readDomainName(const QByteArray& wire, int* offset, QString* error = nullptr);

// Escapes one raw label for presentation (RFC 1035 section 5.1).
QString presentLabel(const QByteArray& label);

} // namespace rebound::dns
