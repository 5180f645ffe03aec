#include "core/dns/dnsjson.h"

#include "core/util/jsonutil.h"

#include <QJsonArray>

namespace rebound::dns {

QJsonObject toJson(const DnsRecord& record) {
    QJsonObject object{{u"name"_qs, record.name},
                       {u"type"_qs, recordTypeName(record.type)},
                       {u"ttl"_qs, qint64(record.ttl)},
                       {u"data"_qs, record.presentation()}};
    if (record.type == quint16(RecordType::TXT)) {
        QJsonArray strings;
        for (const QByteArray& part : record.txtStrings)
            strings.append(util::escapeUntrusted(part, 65536));
        object.insert(u"strings"_qs, strings);
    }
    switch (static_cast<RecordType>(record.type)) {
    case RecordType::A:
    case RecordType::AAAA:
        object.insert(u"address"_qs, record.address.toString());
        break;
    case RecordType::MX:
        object.insert(u"preference"_qs, record.preference);
        object.insert(u"exchange"_qs, record.target);
        break;
    case RecordType::CNAME:
    case RecordType::NS:
    case RecordType::PTR:
        object.insert(u"target"_qs, record.target);
        break;
    default:
        break;
    }
    return object;
}

QJsonObject toJson(const DnsResult& result) {
    QJsonArray answers;
    for (const DnsRecord& record : result.answers)
        answers.append(toJson(record));
    QJsonArray authority;
    for (const DnsRecord& record : result.authority)
        authority.append(toJson(record));
    QJsonObject flags{{u"aa"_qs, result.flags.aa}, {u"tc"_qs, result.flags.tc}, {u"rd"_qs, result.flags.rd},
                      {u"ra"_qs, result.flags.ra}, {u"ad"_qs, result.flags.ad}, {u"cd"_qs, result.flags.cd}};
    QJsonObject object{{u"name"_qs, result.name},
                       {u"type"_qs, recordTypeName(result.type)},
                       {u"outcome"_qs, outcomeName(result.outcome)},
                       {u"rcode"_qs, result.rcode},
                       {u"flags"_qs, flags},
                       {u"answers"_qs, answers},
                       {u"authority"_qs, authority},
                       {u"truncated_udp"_qs, result.truncatedOverUdp},
                       {u"tcp"_qs, result.usedTcp},
                       {u"server"_qs, result.server},
                       {u"elapsed_ms"_qs, result.elapsedMs}};
    if (const auto ttl = result.negativeTtl())
        object.insert(u"negative_ttl"_qs, qint64(*ttl));
    if (!result.error.isEmpty())
        object.insert(u"error"_qs, result.error);
    return object;
}

QString toText(const DnsResult& result) {
    QString text;
    QTextStream s(&text);
    s << result.name << ' ' << recordTypeName(result.type) << ": " << outcomeName(result.outcome).toUpper();
    if (!result.error.isEmpty() && !isDefinite(result.outcome))
        s << " (" << result.error << ')';
    s << '\n';
    QStringList flags;
    if (result.flags.aa)
        flags << u"aa"_qs;
    if (result.flags.tc)
        flags << u"tc"_qs;
    if (result.flags.rd)
        flags << u"rd"_qs;
    if (result.flags.ra)
        flags << u"ra"_qs;
    if (result.flags.ad)
        flags << u"ad"_qs;
    s << "flags: " << (flags.isEmpty() ? u"-"_qs : flags.join(u' '))
      << "; server: " << (result.server.isEmpty() ? u"none"_qs : result.server) << "; "
      << (result.usedTcp ? (result.truncatedOverUdp ? "TCP after truncated UDP" : "TCP") : "UDP") << "; "
      << result.elapsedMs << " ms\n";
    for (const DnsRecord& record : result.answers)
        s << record.name << ".\t" << record.ttl << "\tIN\t" << recordTypeName(record.type) << '\t'
          << record.presentation() << '\n';
    if (result.outcome != Outcome::Answer) {
        for (const DnsRecord& record : result.authority)
            s << record.name << ".\t" << record.ttl << "\tIN\t" << recordTypeName(record.type) << '\t'
              << record.presentation() << "\t; authority\n";
    }
    s.flush();
    return text;
}

} // namespace rebound::dns
